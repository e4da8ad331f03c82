import { PROVIDER_FAILURES, SAME, STATES, type ChannelCodes } from './common';

// In-app messaging and live chat ("rt") receipt codes. Source: Webex Connect developer docs v6.20.0,
// "Channel Specific Status Codes" (developers.webexconnect.io/reference/channel-specific-status-codes),
// In-App Messaging and Live Chat table, with its generic template and quick reply rows. Not in that
// table: 7528 (the Live Chat / In-App outbound webhook samples,
// developers.webexconnect.io/reference/live-chat-in-app-messages-outbound-webhooks) and 7105 (the
// older In-App Messages page's failed receipt, developers.imiconnect.io/reference/in-app-messages).

export const RT: ChannelCodes = {
  label: 'in-app/live chat',
  aliases: ['rt', 'rtm', 'appmessaging', 'inapp', 'inappmessaging', 'inappmessages', 'livechat'],
  codes: {
    ...STATES,
    '7528': SAME.clicked,
    ...PROVIDER_FAILURES,
    '7301': SAME.expired,
    '7307': SAME.unreachable,
    '7304': SAME.appCredentials,
    '7305': SAME.userCredentials,
    '7105': SAME.profileNotFound,
    '7308': 'Invalid topic.',
    '7309': 'No subscribers for this topic.',
    '7310': 'No segment found.',
    '7311': 'A thread or stream name is required.',
    '7312': 'Invalid thread id: check the thread_id the message names.',
    '7003': 'Mandatory parameter missing: a generic template or quick reply attachment needs a mediaid or a typed attachment.',
    '7004':
      'Invalid parameter: a generic template notification needs a title, and a quick reply attachment must be an image, location, file, video or audio.',
    '7026': 'Quick replies: the request JSON parameters are larger than 4 KB.',
    '7034': 'Too many elements: a generic template allows at most 8.',
    '7703': 'Too many buttons: at most 3 per generic template element.',
    '7704': 'Duplicate identifiers in a generic template or in quick replies.',
    '7706': 'Too many quick replies: at most 5.',
    '7708': 'Too many image URLs: at most 5 per generic template element.',
  },
};
