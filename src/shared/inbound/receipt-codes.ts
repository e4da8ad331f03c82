import { channelKey } from './fields';
import { APPLE } from './receipt-codes/apple';
import { COMMON, type ChannelCodes } from './receipt-codes/common';
import { EMAIL } from './receipt-codes/email';
import { GBM } from './receipt-codes/gbm';
import { INSTAGRAM, MESSENGER } from './receipt-codes/messenger';
import { MMS } from './receipt-codes/mms';
import { PUSH } from './receipt-codes/push';
import { RCS } from './receipt-codes/rcs';
import { RT } from './receipt-codes/rt';
import { SMS } from './receipt-codes/sms';
import { VOICE } from './receipt-codes/voice';
import { WHATSAPP } from './receipt-codes/whatsapp';

// Delivery receipt codes (`deliveryInfo.code`, a status check's `code`) in words, per channel: the
// same code means different things on different channels (7703: too many template buttons in live
// chat, a payment issue on WhatsApp). The tables, one file per channel under receipt-codes/, follow
// Webex Connect's "Channel Specific Status Codes" page (developer docs v6.20.0). The receipt's own
// Description always wins on screen; these words fill in when it is missing and explain a terse one.

const TABLES: readonly ChannelCodes[] = [SMS, MMS, EMAIL, PUSH, RT, WHATSAPP, MESSENGER, INSTAGRAM, RCS, VOICE, APPLE, GBM];

const BY_ALIAS: ReadonlyMap<string, ChannelCodes> = new Map(TABLES.flatMap((table) => table.aliases.map((alias) => [alias, table])));

/** Conflicting meanings are listed one by one up to this many channels; past it, only the channels. */
const MAX_MEANINGS_LISTED = 3;

/** A table's words for a code; never an Object.prototype member ("constructor" is a code too). */
function wordsIn(codes: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(codes, code) ? codes[code] : undefined;
}

/** The code table of a receipt's channel ("SMS", "Facebook Messenger", "in-app", "WA"), or null when none fits. */
export function receiptCodeTable(channel: unknown): ChannelCodes | null {
  return BY_ALIAS.get(channelKey(channel)) ?? null;
}

/** The code's words where its channel's table lacks it: one meaning elsewhere, or each channel's. */
function wordsFromOtherChannels(code: string, own: ChannelCodes | null): string | null {
  const elsewhere = TABLES.filter((table) => table !== own && wordsIn(table.codes, code) !== undefined);
  if (elsewhere.length === 0) return null;
  const meanings = new Set(elsewhere.map((table) => wordsIn(table.codes, code)!));
  const where = elsewhere.map((table) => table.label).join(', ');
  if (meanings.size === 1) {
    const [words] = meanings;
    return own ? `${words!.replace(/\.$/, '')} (listed for ${where}; not for ${own.label}).` : words!;
  }
  const intro = own
    ? `Code ${code} is not listed for ${own.label}; it means different things on other channels`
    : `Code ${code} means different things per channel, and this one names no channel Relaydesk knows`;
  if (elsewhere.length > MAX_MEANINGS_LISTED) return `${intro} (${where}).`;
  return `${intro}: ${elsewhere.map((table) => `${table.label}: ${wordsIn(table.codes, code)}`).join(' ')}`;
}

/**
 * The words for a receipt code on a channel (deliveryChannel or channel as the receipt names it, in
 * any case or spelling the vendor uses). The channel's table first, then the codes common to every
 * channel; a code neither has is still worded when the other channels agree on its meaning, else
 * their meanings are named. A code no table has is named as such, so the user knows to look it up
 * rather than seeing nothing; the receipt's own Description is shown beside it.
 */
export function receiptCodeText(code: string | null, channel?: unknown): string | null {
  if (code === null) return null;
  const table = receiptCodeTable(channel);
  return (
    (table ? wordsIn(table.codes, code) : undefined) ??
    wordsIn(COMMON, code) ??
    wordsFromOtherChannels(code, table) ??
    `Code ${code}: a channel status code of Webex Connect's "Channel Specific Status Codes" table that Relaydesk has no wording for.`
  );
}
