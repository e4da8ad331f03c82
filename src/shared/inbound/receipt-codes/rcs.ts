import { PROVIDER_FAILURES, SAME, STATES, type ChannelCodes } from './common';

// RCS receipt codes. Source: Webex Connect developer docs v6.20.0, "Channel Specific Status Codes"
// (developers.webexconnect.io/reference/channel-specific-status-codes), RCS table.

export const RCS: ChannelCodes = {
  label: 'RCS',
  aliases: ['rcs', 'rbm'],
  codes: {
    ...STATES,
    ...PROVIDER_FAILURES,
    '7301': SAME.expired,
    '7307': SAME.unreachable,
    '7740': 'Invalid media details.',
    '7318': 'Bad request (a general error no more specific code covers).',
    '7319': 'Not found.',
    '7320': 'Invalid JSON.',
    '7321': 'Invalid JSON content: a bad field or an invalid phone number.',
    '7322': 'No provider is configured for this chatbot.',
    '7323': "The recipient's carrier could not be found.",
    '7324': 'Maximum TPS reached.',
    '7325': 'Unauthorized access.',
    '7326': 'Internal system error.',
    '7327': 'External system error.',
    '7328': "Error passed on from the provider: see the receipt's Description.",
    '7329': 'Carrier lookup failed.',
    '7330': "Error from the MaaP: its details are in the receipt's Description.",
    '7331': 'Rate limited at the MaaP, and the retries ran out.',
    '7334': 'The MaaP returned a failure IMDN: the device did not get the message.',
  },
};
