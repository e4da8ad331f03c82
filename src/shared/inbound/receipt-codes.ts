// Delivery receipt codes (`deliveryInfo.code`) in words. Sources, all Webex Connect developer
// documentation: "Channel Specific Status Codes" (developers.webexconnect.io/reference/
// channel-specific-status-codes-1: common codes, Apple Messages for Business, email 7520;
// docs.imiconnect.com/docs/channel-specific-status-codes: SMS table, push 7503/7504) and the
// Outbound Webhooks pages per channel, whose samples name a code with its Description
// (developers.webexconnect.io/reference/sms-1, /whatsapp-outbound-webhooks, /email-outbound-webhooks,
// /push-outbound-webhooks, /in-app-messages, /facebook-messenger).
// The receipt's own Description always wins on screen; these words fill in when it is missing and
// explain a code whose Description is terse.

export const RECEIPT_CODES: Readonly<Record<string, string>> = {
  '7500': 'Delivered: the channel confirmed delivery.',
  '7501': 'Submitted: handed to the operator, gateway or channel; delivery not yet confirmed.',
  '7502': 'Read: the recipient opened the message.',
  '7503': 'Message expired before a delivery attempt (push).',
  '7504': "Authentication error at the push service (check the app's push credentials).",
  '7004': 'Invalid parameters or values in the message.',
  '7005': 'Request expired.',
  '7006': 'Internal server error at Webex Connect.',
  '7007': 'Service inactive.',
  '7009': 'More than 1000 destinations in one request.',
  '7010': 'Service provider exception: the channel provider refused the message; its reason is in additionalInfo.',
  '7011': 'Unknown exception at the channel provider.',
  '7020': 'The maximum transaction rate was reached.',
  '7104': 'Invalid app id.',
  '7200': 'Unknown status.',
  '7301': 'Message expired.',
  '7307': 'Endpoint not reachable.',
  '7316': 'Invalid application details.',
  '7317': 'Merchant API session failed (Apple Messages for Business).',
  '7520':
    'Bounce: the email bounced (undetermined, permanent: no such address or suppressed, or transient); remove permanent bounces from the list.',
  '7722': 'A parameter value is invalid.',
  '7738': 'Failed to upload media.',
  '7101': 'Invalid sender ID.',
  '7102': 'Invalid address.',
  '7105': 'Customer profile not found: no app user or device is registered for this destination.',
  '7107': 'Message length exceeded.',
  '7109': 'The user is on a Do Not Disturb list.',
  '7201': 'Delivery failed at the operator.',
  '7202': 'Delivery failed at the platform.',
  '7203': 'Unknown subscriber address.',
  '7204': 'Insufficient credits in the subscriber account.',
  '7205': 'Error in a binary message.',
  '7206': "Cannot deliver: the subscriber's SIM is full.",
  '7207': 'Subscriber out of coverage or not reachable.',
  '7208': 'Message expired before it could be delivered.',
  '7209': 'Unable to deliver a multipart message.',
  '7210': 'Billing configuration error.',
  '7211': 'Billing error at the operator.',
  '7737': "Invalid WhatsApp destination: the number has no WhatsApp account (WhatsApp's own code is in additionalInfo).",
};

/**
 * The words for a receipt code. A code the tables above do not have (the channel tables also list
 * push, live-chat, WhatsApp and email failures such as 7521-7524, 7240/7241, 7528, 7404, 7312 and
 * 7838, whose wording our copy of the page does not reach) is named as such, so the user knows to
 * look it up rather than seeing nothing; the receipt's own Description is shown beside it.
 */
export function receiptCodeText(code: string | null): string | null {
  if (code === null) return null;
  return (
    RECEIPT_CODES[code] ??
    `Code ${code}: a channel status code of Webex Connect's "Channel Specific Status Codes" table that Relaydesk has no wording for.`
  );
}
