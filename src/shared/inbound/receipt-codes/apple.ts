import { PROVIDER_FAILURES, SAME, type ChannelCodes } from './common';

// Apple Messages for Business receipt codes. Source: Webex Connect developer docs v6.20.0, "Channel
// Specific Status Codes" (developers.webexconnect.io/reference/channel-specific-status-codes),
// Apple Messages for Business table (its other rows are the common codes).

export const APPLE: ChannelCodes = {
  label: 'Apple Messages for Business',
  aliases: ['apple', 'abc', 'amb', 'applebusinesschat', 'applemessages', 'applemessagesforbusiness'],
  codes: {
    '1001': 'Queued.',
    '7501': SAME.submitted,
    ...PROVIDER_FAILURES,
    '7301': SAME.expired,
    '7307': SAME.unreachable,
    // The Apple Messages for Business outbound-webhook samples name 7314 with these words; the table 7316.
    '7314': 'Invalid application details.',
    '7316': 'Invalid application details.',
    '7317': 'Merchant API session failed.',
    '7722': 'A parameter value is invalid.',
    '7738': 'Failed to upload media.',
  },
};
