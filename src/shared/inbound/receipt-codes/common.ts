// Receipt codes that mean one thing on every channel. Source: Webex Connect developer docs v6.20.0,
// "Channel Specific Status Codes" (developers.webexconnect.io/reference/channel-specific-status-codes):
// its "Common Error Codes across Channels" and "Contact Policy-integrated Error Codes" tables (the
// latter only when a send used a Contact Policy block). Words are ours, short, with the vendor's hint.

/** One channel's table: its name for people, the channel names receipts use for it, its codes. */
export interface ChannelCodes {
  readonly label: string;
  /** deliveryChannel / channel values, lower case without spaces, dashes or underscores. */
  readonly aliases: readonly string[];
  readonly codes: Readonly<Record<string, string>>;
}

/**
 * Words several channel tables share, so a code that means the same on each reads the same, and a
 * receipt that names no channel can still be worded (receipt-codes.ts compares the words).
 */
export const SAME = {
  delivered: 'Delivered: the channel confirmed delivery.',
  submitted: 'Submitted: handed to the operator, gateway or channel; delivery not yet confirmed.',
  read: 'Read: the recipient opened or interacted with the message.',
  clicked: 'Clicked: the recipient clicked a link or button in the message.',
  expired: 'Message expired before it could be delivered.',
  unreachable: 'Endpoint not reachable.',
  providerException: 'Service provider exception: the channel provider refused the message; its reason is in additionalInfo.',
  unknownException: 'Unknown exception at the channel provider.',
  appCredentials: 'Invalid app credentials (OAuth).',
  userCredentials: 'Invalid user credentials.',
  profileNotFound: 'Customer profile not found: no app user or device is registered for this destination.',
} as const;

/** Delivered, Submitted, Read: the same three states on most channels. */
export const STATES = { '7500': SAME.delivered, '7501': SAME.submitted, '7502': SAME.read } as const;
/** The provider's own failure, its reason in additionalInfo, and an unknown one. */
export const PROVIDER_FAILURES = { '7010': SAME.providerException, '7011': SAME.unknownException } as const;

export const COMMON: Readonly<Record<string, string>> = {
  '7000': 'Invalid JSON: the request body is not correct JSON.',
  '7001': 'Authentication failed: check the service key or JWT.',
  '7002': 'Service key missing.',
  '7003': 'Mandatory parameters missing.',
  '7004': 'Invalid parameters or values in the message.',
  '7005': 'Request expired.',
  '7006': 'Internal server error at Webex Connect.',
  '7007': 'Service inactive: activate the service in the Webex Connect console.',
  '7009': 'More than 1000 destinations in one request.',
  '7020': 'The maximum transaction rate was reached.',
  '7104': 'Invalid app id.',
  '7108': 'Invalid template id.',
  '7200': 'Unknown status.',
  // Contact Policy
  '9000': 'Contact policy is not enabled.',
  '9001': 'Contact policy inputs missing: the request lacks a parameter the policy needs, such as the Contact Policy group.',
  '9002': 'Not sent: the recipient has not consented to this message (contact policy).',
  '9003': 'Not sent: the recipient is not in the contact policy group.',
  '9004': 'The Contact Policy service could not be reached; try again later.',
  '9005': 'Invalid or unknown contact policy group id or channel.',
  '9006': 'Not sent: the recipient reached the contact frequency cap.',
  '9007': 'Frequency cap: the contact policy group was not found.',
  '9010': "Not sent: the recipient's consent has expired (contact policy).",
};
