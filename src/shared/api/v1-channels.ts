// The v1 channels and the destination id kinds each takes, written once: validation, batching,
// the composer's recipients and preview all read them from here.

/** `deliverychannel` values as Relaydesk names them (seed 003). */
export const V1_CHANNELS = ['sms', 'voice', 'push', 'rt', 'appmessaging', 'fb', 'twitter', 'wa', 'wechat'] as const;
export type V1Channel = (typeof V1_CHANNELS)[number];

/**
 * Other spellings the vendor's own documents use for a channel: seed 003's channel table says
 * "Messenger", the current WhatsApp API page sends "whatsapp"
 * (developers.webexconnect.io/reference/whatsapp-api-docs). Compared case-insensitively.
 */
const V1_CHANNEL_ALIASES: Readonly<Record<string, V1Channel>> = {
  whatsapp: 'wa',
  messenger: 'fb',
  facebook: 'fb',
  'facebook messenger': 'fb',
};

/** The channel a `deliverychannel` value means, or undefined when it names none. */
export function v1ChannelOf(value: unknown): V1Channel | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  if ((V1_CHANNELS as readonly string[]).includes(key)) return key as V1Channel;
  return V1_CHANNEL_ALIASES[key];
}

/** Every destination id kind of v1 (seed 003's destination table, plus waid and userid from the current docs). */
export const V1_DESTINATION_KINDS = [
  'msisdn',
  'customerid',
  'email',
  'android_pushid',
  'ios_pushid',
  'chrome_pushid',
  'firefox_pushid',
  'safari_pushid',
  'psid',
  'twitterid',
  'wechat_user_id',
  // WhatsApp ids (developers.webexconnect.io/reference/whatsapp-api-docs).
  'waid',
  // App-messaging / live-chat user ids (developers.webexconnect.io/reference/send-message).
  'userid',
] as const;
export type V1DestinationKind = (typeof V1_DESTINATION_KINDS)[number];

/** Which kinds each channel accepts; the first is what a new recipient of that channel is. */
export const V1_CHANNEL_DESTINATION_KINDS: Readonly<Record<V1Channel, readonly V1DestinationKind[]>> = {
  sms: ['msisdn', 'customerid'],
  voice: ['msisdn', 'customerid'],
  rt: ['msisdn', 'customerid', 'userid'],
  appmessaging: ['msisdn', 'customerid', 'userid'],
  push: ['customerid', 'android_pushid', 'ios_pushid', 'chrome_pushid', 'firefox_pushid', 'safari_pushid'],
  fb: ['psid', 'customerid'],
  twitter: ['twitterid', 'customerid'],
  wa: ['msisdn', 'waid', 'customerid'],
  wechat: ['wechat_user_id', 'customerid'],
};

/** What a new recipient of this channel is written as (msisdn for SMS, psid for Messenger...). */
export function v1PrimaryDestinationKind(channel: V1Channel): V1DestinationKind {
  return V1_CHANNEL_DESTINATION_KINDS[channel][0]!;
}

const OTT: readonly V1Channel[] = ['fb', 'twitter', 'wa', 'wechat'];

/** Path of the block a channel reads its content from, inside `channels`. */
export function v1ChannelBlockPath(channel: V1Channel): string[] {
  if (OTT.includes(channel)) return ['OTT-Messaging', channel];
  return [channel === 'rt' ? 'appmessaging' : channel];
}

export function isOttChannel(channel: V1Channel): boolean {
  return OTT.includes(channel);
}
