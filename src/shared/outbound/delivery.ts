import { V1_RESPONSE_CODES } from '../api/v1-codes';
import { SANDBOX_RECEIPT_CODES } from '../api/sandbox-rules';
import type { DeliveryCounts, DeliveryState, RequestState } from '../contract/outbound';
import type { ReceiptState } from '../inbound/receipt-state';

// One recipient's outcome in one vocabulary (contract DeliveryState), decided here once for the
// core's sends/recipients calls, the CLI and the CSV. The rules:
//   request queued or sending                   -> pending
//   request failed (refused by the API)         -> failed
//   request cancelled (never sent)              -> failed
//   request accepted or unknown, with receipts  -> the receipts' state (below)
//   request accepted, no receipt                -> accepted
//   request unknown, no receipt                 -> unknown
// A receipt's status word becomes a state only through shared/inbound/receipt-state.ts (the rules
// the feed and its SQL filter use). Receipts, in the order they arrived: a final word (delivered,
// read, failed) replaces the state; an in-flight word (submitted, sent...) never undoes a final
// one (receipts arrive out of order), nor a doubtful one (DeliveryUncertain, a word we do not
// know); doubt never undoes a final word; delivered never undoes read. A failed receipt is failed,
// whatever came before it.

/** Folds receipts' states, oldest first, into one (see the rules above). */
export function foldReceipts(states: readonly ReceiptState[]): ReceiptState | null {
  let current: ReceiptState | null = null;
  for (const state of states) {
    if (state === 'accepted') current ??= 'accepted';
    else if (state === 'unknown') current = current === null || current === 'accepted' ? 'unknown' : current;
    else if (state === 'delivered' && current === 'read') continue;
    else current = state;
  }
  return current;
}

/** A request's API answer in the delivery vocabulary (the API accepting it is not yet a delivery). */
export function deliveryOfRequest(state: RequestState): DeliveryState | 'cancelled' {
  return state === 'queued' || state === 'sending' ? 'pending' : state;
}

export function deliveryOf(request: RequestState, receipts: readonly ReceiptState[]): DeliveryState {
  const api = deliveryOfRequest(request);
  if (api === 'pending') return 'pending';
  if (api === 'failed' || api === 'cancelled') return 'failed';
  return foldReceipts(receipts) ?? api;
}

export function emptyCounts(): DeliveryCounts {
  return { pending: 0, accepted: 0, delivered: 0, read: 0, failed: 0, unknown: 0 };
}

/** Receipt codes the sandbox posts (7500-7502, an SMS failure's 7201), in words. */
const RECEIPT_CODE_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(SANDBOX_RECEIPT_CODES).map(([status, code]) => [code, status === 'failed' ? 'message failed' : `message ${status}`]),
);

/** A receipt's code in words ("7201: Undeliverable ..."), or its status when it has no code. */
export function receiptWords(status: string | null, code: string | null, description: string | null): string {
  const said = description ?? RECEIPT_CODE_WORDS[code ?? ''] ?? (code && V1_RESPONSE_CODES[code]?.title) ?? status ?? 'receipt';
  return code ? `${code}: ${said}` : said;
}
