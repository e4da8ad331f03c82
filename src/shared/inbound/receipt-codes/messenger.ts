import { PROVIDER_FAILURES, SAME, STATES, type ChannelCodes } from './common';

// Facebook Messenger and Instagram receipt codes. Source: Webex Connect developer docs v6.20.0,
// "Channel Specific Status Codes" (developers.webexconnect.io/reference/channel-specific-status-codes),
// Messenger table and Instagram table (the Instagram channel is deprecated).

const NO_INBOUND = 'The user has not written first: the page can message a user only after an inbound message from them.';
const NO_PERMISSION = "Subscription messaging is not enabled for the page, or the request's message tag is invalid.";
const EUROPE = "Not sent because of Messenger's privacy rules in Europe (see Facebook's Messenger Platform Europe updates).";

const META_SHARED = {
  ...STATES,
  ...PROVIDER_FAILURES,
  '7301': SAME.expired,
  '7313': NO_INBOUND,
  '7526': NO_PERMISSION,
} as const;

export const MESSENGER: ChannelCodes = {
  label: 'Messenger',
  aliases: ['fb', 'facebook', 'messenger', 'facebookmessenger'],
  codes: {
    ...META_SHARED,
    '7303': SAME.unreachable,
    '2018336': EUROPE,
    '2018047': EUROPE,
  },
};

export const INSTAGRAM: ChannelCodes = {
  label: 'Instagram',
  aliases: ['instagram', 'ig'],
  codes: {
    ...META_SHARED,
    '7302': 'Rate limit exceeded.',
    '7303': 'The delivery notification of the message expired.',
    '7304': SAME.appCredentials,
    '7305': SAME.userCredentials,
    '7306': 'Duplicate message.',
    '7307': SAME.unreachable,
  },
};
