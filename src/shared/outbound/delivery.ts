import { V1_RESPONSE_CODES } from '../api/v1-codes';
import { SANDBOX_RECEIPT_CODES } from '../api/sandbox-rules';
import type { DeliveryCounts, DeliveryState, RequestState } from '../contract/outbound';

// One recipient's outcome in one vocabulary (contract DeliveryState), decided here once for the
// core's sends/recipients calls and the CLI. The rules:
//   request queued or sending                   -> pending
//   request failed (refused by the API)         -> failed
//   request cancelled (never sent)              -> failed
//   request accepted or unknown, with receipts  -> the receipts' state (below)
//   request accepted, no receipt                -> accepted
//   request unknown, no receipt                 -> unknown
// Receipts, in the order they arrived: a final word (delivered, read, failed) replaces the state;
// an in-flight word (submitted, sent...) never undoes a final one (receipts arrive out of order);
// delivered never undoes read. A failed receipt is failed, whatever came before it.

/** A receipt's status word in any vendor spelling ("DELIVERED", "Undelivered", "submitted"). */
export function deliveryOfReceipt(status: string | null | undefined): 'accepted' | 'delivered' | 'read' | 'failed' {
  const s = (status ?? '').toLowerCase();
  if (/(fail|reject|undeliver|not.?deliver|expire|error|invalid|bounce|block|drop)/.test(s)) return 'failed';
  if (/\bread\b|seen|opened/.test(s)) return 'read';
  if (/deliver|complete|success/.test(s)) return 'delivered';
  // In flight ("submitted", "sent", "queued") or a word we do not know: the vendor has it.
  return 'accepted';
}

/** Folds receipts' states, oldest first, into one (see the rules above). */
export function foldReceipts(states: readonly ('accepted' | 'delivered' | 'read' | 'failed')[]): 'accepted' | 'delivered' | 'read' | 'failed' | null {
  let current: 'accepted' | 'delivered' | 'read' | 'failed' | null = null;
  for (const state of states) {
    if (state === 'accepted') current ??= 'accepted';
    else if (state === 'delivered' && current === 'read') continue;
    else current = state;
  }
  return current;
}

export function deliveryOf(request: RequestState, receipts: readonly ('accepted' | 'delivered' | 'read' | 'failed')[]): DeliveryState {
  if (request === 'queued' || request === 'sending') return 'pending';
  if (request === 'failed' || request === 'cancelled') return 'failed';
  return foldReceipts(receipts) ?? (request === 'unknown' ? 'unknown' : 'accepted');
}

export function emptyCounts(): DeliveryCounts {
  return { pending: 0, accepted: 0, delivered: 0, read: 0, failed: 0, unknown: 0 };
}

/** Receipt codes the sandbox posts (7500-7503), in words. */
const RECEIPT_CODE_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(SANDBOX_RECEIPT_CODES).map(([status, code]) => [code, status === 'failed' ? 'message failed' : `message ${status}`]),
);

/** A receipt's code in words ("7503: Undeliverable ..."), or its status when it has no code. */
export function receiptWords(status: string | null, code: string | null, description: string | null): string {
  const said = description ?? RECEIPT_CODE_WORDS[code ?? ''] ?? (code && V1_RESPONSE_CODES[code]?.title) ?? status ?? 'receipt';
  return code ? `${code}: ${said}` : said;
}
