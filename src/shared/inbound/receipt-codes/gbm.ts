import { SAME, STATES, type ChannelCodes } from './common';

// Google Business Messages receipt codes (a deprecated channel). Source: Webex Connect developer docs
// v6.20.0, "Channel Specific Status Codes" (developers.webexconnect.io/reference/channel-specific-status-codes),
// Google Business Messages table: Google's API error codes, offset into 7900-7917.

export const GBM: ChannelCodes = {
  label: 'Google Business Messages',
  aliases: ['gbm', 'gmb', 'businessmessages', 'googlebusinessmessages'],
  codes: {
    ...STATES,
    '7307': SAME.unreachable,
    '7900': 'No error.',
    '7901': 'Invalid argument (the error details say which).',
    '7902': 'Not possible in the current state.',
    '7903': 'Invalid range.',
    '7904': 'Not authenticated: the OAuth token is missing, invalid or expired.',
    '7905': 'Permission denied: the OAuth token lacks a scope, the client has no permission, or the API is not enabled.',
    '7906': 'Resource not found.',
    '7907': 'Concurrency conflict (e.g. read-modify-write).',
    '7908': 'The resource already exists.',
    '7909': 'Out of quota or rate limited.',
    '7910': 'Cancelled by the client.',
    '7911': 'Unrecoverable data loss or corruption.',
    '7912': 'Internal server error at Google.',
    '7913': 'API method not implemented by the server.',
    '7914': 'Network error before reaching the server.',
    '7915': 'Service unavailable.',
    '7916': 'Deadline exceeded before the request finished.',
    '7917': 'Unknown server error at Google.',
  },
};
