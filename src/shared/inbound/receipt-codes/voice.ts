import { SAME, type ChannelCodes } from './common';

// Voice receipt codes. Source: Webex Connect developer docs v6.20.0, "Channel Specific Status Codes"
// (developers.webexconnect.io/reference/channel-specific-status-codes), Voice table and "Voice -
// Logbook Error Codes" (1000-3000 series; any other of those series is a call dropped on an
// internal error, as 3003, which the table lists without words, is worded here).

const INTERNAL_DROP = 'Call dropped on an internal error.';

export const VOICE: ChannelCodes = {
  label: 'voice',
  aliases: ['voice', 'call', 'ivr', 'obd'],
  codes: {
    '7003': 'Mandatory parameter missing (the Description names it).',
    '7004': 'Invalid parameter (the Description names it).',
    '7016': 'Unknown exception.',
    '7022': 'JSON too large.',
    '7101': 'Invalid sender id.',
    '7102': 'Invalid destination address.',
    '7107': 'Message length exceeded.',
    '7126': 'Invalid content type.',
    '7127': 'Source IP address not in the allowed list.',
    '8009': 'The profile does not exist for this tenant.',
    '7208': SAME.expired,
    '7401': 'No answer.',
    '7402': 'Customer busy.',
    '7404': 'Call failed for another reason ("Others": not no-answer, busy or rejected).',
    '7406': 'Rejected.',
    '7407': 'Call offered.',
    '7408': 'Call accepted.',
    '7409': 'Call dropped.',
    '7410': 'Disconnected.',
    '7411': 'Trombone connected: the call was bridged to another party.',
    '7412': 'Trombone released: the bridged leg ended.',
    '7519': 'Call answered.',
    // Logbook
    '1001': 'Address incomplete (the request URI is incomplete).',
    '1002': 'Rejected by the receiver.',
    '1003': 'User does not exist.',
    '1005': 'Phone switched off.',
    '1007': 'Timed out: not answered (OBD timeout).',
    '1008': 'The server did not understand an event package.',
    '1009': `Malformed request: ${INTERNAL_DROP.toLowerCase()}`,
    '1010': 'Number not in service, or invalid.',
    '1011': 'Call media capabilities not acceptable.',
    '1012': 'Number not supported, or invalid.',
    '1013': 'The server got a request that matches no dialog or transaction.',
    '2001': 'No service configured for the short code.',
    '2002': 'No answer from the user.',
    '2003': 'Subscriber or line busy.',
    '2005': 'Call dropped by the platform.',
    '2006': `Call rejected by the platform: ${INTERNAL_DROP.toLowerCase()}`,
    '2008': 'Call dropped by the network or the user.',
    '3000': 'Call dropped, unknown error.',
    '3002': 'No response from the network (SIP server timeout).',
    '3003': INTERNAL_DROP,
  },
};
