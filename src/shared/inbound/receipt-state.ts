import { DeliveryState } from '../contract/outbound';
import type { InboundKind, InboundStatus } from './event';

// A receipt's status word, in any vendor spelling ("Delivered", "DeliveredToTerminal",
// "DeliveryImpossible", "UNDELIVERED", "submitted"), read as one of the app's delivery states.
// The rules are data so that the core's SQL (the feed's status filter, derived-index.ts) and this
// function (the renderer's live filter and colours) apply exactly the same test: fold the word
// (ASCII lower case, no spaces, "_" or "-"), then the first rule with a fragment inside it wins.

/** The delivery states a receipt can say; `pending` is ours alone (not yet sent). */
export const ReceiptState = DeliveryState.exclude(['pending']);
export type ReceiptState = (typeof ReceiptState.options)[number];

/** In order: failures first ("undelivered" must not read as delivered), then doubt, read, delivered, in flight. */
export const RECEIPT_STATE_RULES: readonly (readonly [ReceiptState, readonly string[]])[] = [
  ['failed', ['fail', 'reject', 'undeliver', 'notdeliver', 'impossible', 'expire', 'error', 'invalid', 'bounce', 'block', 'cancel', 'drop']],
  ['unknown', ['uncertain', 'unknown', 'notsupported']],
  ['read', ['read', 'seen', 'displayed']],
  ['delivered', ['deliver', 'complete', 'success']],
  ['accepted', ['pending', 'queue', 'submit', 'accept', 'sent', 'enroute', 'buffer', 'progress', 'waiting']],
];

/** What SQLite's lower() and the replace() calls of receiptStateSql do, and nothing more. */
export function foldStatusWord(word: string): string {
  return word.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[ _-]/g, '');
}

/** The state a status word says; a word no rule knows is `unknown`. */
export function stateOfStatusWord(word: string): ReceiptState {
  const folded = foldStatusWord(word);
  for (const [state, fragments] of RECEIPT_STATE_RULES) {
    if (fragments.some((fragment) => folded.includes(fragment))) return state;
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
  const cases = RECEIPT_STATE_RULES.map(
    ([state, fragments]) => `WHEN ${fragments.map((f) => `instr(${folded}, '${f}') > 0`).join(' OR ')} THEN '${state}'`,
  );
  return `CASE WHEN ${statusColumn} IS NULL THEN (CASE WHEN ${kindColumn} = 'receipt' THEN 'unknown' END) ${cases.join(' ')} ELSE 'unknown' END`;
}
