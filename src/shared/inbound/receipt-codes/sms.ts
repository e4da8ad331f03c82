import { V2_MAX_SMS_TEXT_CHARS } from '../../limits/v2';
import { SAME, type ChannelCodes } from './common';

// SMS receipt codes. Source: Webex Connect developer docs v6.20.0, "Channel Specific Status Codes"
// (developers.webexconnect.io/reference/channel-specific-status-codes), SMS table and the table of
// codes added for tenants in the United States and Canada regions (7111 onwards below); 7528 from
// the SMS outbound webhooks page (developers.webexconnect.io/reference/sms-outbound-webhooks).

export const SMS: ChannelCodes = {
  label: 'SMS',
  aliases: ['sms'],
  codes: {
    '7500': SAME.delivered,
    '7501': SAME.submitted,
    // Not in the status table: the SMS outbound webhooks page's Clicked sample (tracked links,
    // also on Branded Text) carries 7528, as email and live chat do.
    '7528': SAME.clicked,
    '7006': 'Internal error: the message failed at the gateway and never reached the operator; it may be temporary.',
    '7101': 'Invalid sender id: wrong for this request, or not authorized at the destination operator.',
    '7102': 'Invalid destination address.',
    '7107': `Message too long: more than ${V2_MAX_SMS_TEXT_CHARS} characters.`,
    '7109': 'The user is on a Do Not Disturb list.',
    '7201': 'Delivery failed at the operator: routed, but rejected for a network reason (temporary failure or other).',
    '7202': 'Delivery failed at the platform.',
    '7203': 'Unknown subscriber: the number is invalid on the destination network (out of service, ported away, or blocked).',
    '7204': 'The prepaid subscriber has no credit left and cannot receive messages.',
    '7205': 'Error in a binary message.',
    '7206': "Cannot deliver: the subscriber's SIM is full.",
    '7207': 'Subscriber out of coverage or not reachable.',
    '7208': SAME.expired,
    '7209': 'A part of a multipart message could not be delivered, so every part carries this code.',
    '7210': 'Billing configuration error (an unexpected destination network, or provisioning).',
    '7211': 'Billing error at the operator.',
    // United States and Canada regions
    '7111':
      'Spam: the operator rejected it as spam (sender id velocity rules, spam keywords, suspicious or shortened links); later messages may or may not get through.',
    '7280': 'Deleted by the operator for network reasons.',
    '7281': 'Campaign error: the sender number is not registered with an approved 10DLC brand and campaign.',
    '7282': 'Invalid route: none found; the operator may be unsupported or the number a landline.',
    '7283': 'Invalid operator, or the number is a landline.',
    '7284': 'Duplicate message, stopped by the duplicate guard.',
    '7302': 'Rate limit exceeded: the sender id passed its authorized throughput (10DLC campaign limits are shared across providers).',
    '7513': 'Unregistered device: its inbox is full, the operator marked it busy, or it was flooded with messages.',
    '7518': 'Unknown: the operator gave no more information; the message may or may not have been delivered.',
    '7607': 'Message type not accepted by the operator (e.g. binary or Unicode).',
    '7720': 'The recipient or the operator blocks receiving messages.',
  },
};
