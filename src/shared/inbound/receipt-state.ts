import { DeliveryState } from '../contract/outbound';
import type { InboundKind, InboundStatus } from './event';

// A receipt's status word, in any vendor spelling ("Delivered", "DeliveredToTerminal",
// "DeliveryImpossible", "UNDELIVERED", "submitted"), read as one of the app's delivery states.
// This is the one rule set: History's outcomes and counts (shared/outbound/delivery.ts), the
// feed, conversations, chips, the CLI and the CSV all read a word through it, and the core's SQL
// (the feed's status filter, derived-index.ts) is generated from the same lists. A word is folded
// (ASCII lower case, no spaces, "_" or "-"); the first rule with a fragment inside the folded word,
// or a whole word among its words (split at spaces, "_" and "-"), wins; no rule: `unknown`.

/** The delivery states a receipt can say; `pending` is ours alone (not yet sent). */
export const ReceiptState = DeliveryState.exclude(['pending']);
export type ReceiptState = (typeof ReceiptState.options)[number];

export interface ReceiptStateRule {
  state: ReceiptState;
  /** Found anywhere in the folded word ("DeliveryImpossible" -> "deliveryimpossible"). */
  fragments: readonly string[];
  /** Found only as a whole word: "read" must not match "ready", "unread" or "thread". */
  words?: readonly string[];
}

// Decided by the vendor's statuses: the deliveryInfoNotification words (Delivered,
// DeliveredToTerminal, DeliveredToNetwork, DeliveryImpossible, DeliveryUncertain, MessageWaiting,
// DeliveryNotificationNotSupported), the v2 receipts a request may ask for (limits/v2.ts
// V2_RECEIPTS: clicked is read, an email complaint was delivered, not verified failed), the
// receipt codes' words (receipt-codes.ts: Delivered, Submitted, Read, expired, bounce, invalid)
// and the webhook samples (delivered, completed).
/** In order: failures first ("undelivered" must not read as delivered), then doubt, read, delivered, in flight. */
export const RECEIPT_STATE_RULES: readonly ReceiptStateRule[] = [
  {
    state: 'failed',
    fragments: [
      'fail',
      'reject',
      'undeliver',
      'notdeliver',
      'notverified',
      'impossible',
      'expire',
      'error',
      'invalid',
      'bounce',
      'block',
      'cancel',
      'drop',
    ],
  },
  { state: 'unknown', fragments: ['uncertain', 'unknown', 'notsupported'] },
  { state: 'read', fragments: ['seen', 'displayed', 'opened', 'clicked'], words: ['read'] },
  // DeliveredToNetwork: handed to the network, not yet to the handset (DeliveredToTerminal).
  { state: 'accepted', fragments: ['tonetwork'] },
  { state: 'delivered', fragments: ['deliver', 'complete', 'success', 'complaint'] },
  { state: 'accepted', fragments: ['pending', 'queue', 'submit', 'accept', 'sent', 'enroute', 'buffer', 'progress', 'waiting'] },
];

/** What SQLite's lower() and the replace() calls of receiptStateSql do, and nothing more. */
export function foldStatusWord(word: string): string {
  return word.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[ _-]/g, '');
}

/** The word's words between spaces, "_" and "-", with a space either side: " message read ". */
function spacedWords(word: string): string {
  return ` ${word.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[_-]/g, ' ')} `;
}

/** The state a status word says; a word no rule knows is `unknown`. */
export function stateOfStatusWord(word: string): ReceiptState {
  const folded = foldStatusWord(word);
  const spaced = spacedWords(word);
  for (const { state, fragments, words = [] } of RECEIPT_STATE_RULES) {
    if (fragments.some((fragment) => folded.includes(fragment)) || words.some((w) => spaced.includes(` ${w} `))) return state;
  }
  return 'unknown';
}

/**
 * An event's delivery state: from its status word when it has one, `unknown` for a receipt
 * without one, none for anything else (an MO has no delivery state).
 */
export function receiptStateOf(event: { kind: InboundKind; status: InboundStatus | null }): ReceiptState | null {
  const word = event.status?.deliveryStatus ?? null;
  if (word !== null) return stateOfStatusWord(word);
  return event.kind === 'receipt' ? 'unknown' : null;
}

/**
 * receiptStateOf as an SQL expression over inbound_events' `kind` and `delivery_status` columns
 * (NULL where it gives null). Built from the same rules; fragments are plain ASCII words.
 */
export function receiptStateSql(kindColumn = 'kind', statusColumn = 'delivery_status'): string {
  const folded = `replace(replace(replace(lower(${statusColumn}), ' ', ''), '_', ''), '-', '')`;
  const spaced = `(' ' || replace(replace(lower(${statusColumn}), '_', ' '), '-', ' ') || ' ')`;
  const cases = RECEIPT_STATE_RULES.map(({ state, fragments, words = [] }) => {
    const tests = [...fragments.map((f) => `instr(${folded}, '${f}') > 0`), ...words.map((w) => `instr(${spaced}, ' ${w} ') > 0`)];
    return `WHEN ${tests.join(' OR ')} THEN '${state}'`;
  });
  return `CASE WHEN ${statusColumn} IS NULL THEN (CASE WHEN ${kindColumn} = 'receipt' THEN 'unknown' END) ${cases.join(' ')} ELSE 'unknown' END`;
}
