import type { InboundEventRow } from '../../../shared/inbound/event';

// Which receipts and replies belong to which of our sends. The rules (issue 15):
// - A receipt belongs to a request through the ids the vendor gave that request: a v1 transid, a
//   v2 messageId (receipts may carry it as `transid` or `messageId`).
// - A correlationId or callbackData links a receipt only when no other send of ours used it, and
//   only to a request that sent to the receipt's destination.
// - An MO (reply, postback) from an address is a "likely reply" only to our latest send to that
//   address, and only when it came after that send.

/** One address as the vendor may echo it: "+44 7700 900001" and "447700900001" are the same number. */
export function sameAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.includes('@') ? trimmed : trimmed.replace(/[\s()-]/g, '').replace(/^\+/, '');
}

/** The spellings an address may be stored under in the inbound lookup keys. */
export function addressVariants(address: string): string[] {
  const bare = sameAddress(address);
  return bare.includes('@') ? [...new Set([address, bare])] : [...new Set([address, bare, `+${bare}`])];
}

export interface LinkableRequest {
  id: string;
  createdAt: number;
  destinations: number;
  /** Normalised (sameAddress) destinations of the request. */
  addresses: ReadonlySet<string>;
  /** Every id the vendor gave the request: v1 transids and v2 messageIds. */
  vendorIds: ReadonlySet<string>;
  /** Its correlation ids that no other send of ours used. */
  uniqueCorrelationIds: ReadonlySet<string>;
  /** Its callbackData, when no other send of ours used it. */
  uniqueCallbackData: string | null;
}

/** What the rules read of a receipt. */
type LinkedReceipt = Pick<InboundEventRow, 'kind' | 'to' | 'correlation'>;

/** The vendor ids a receipt carries. */
export function receiptVendorIds(event: LinkedReceipt): string[] {
  return [event.correlation.transid, event.correlation.messageId].filter((id): id is string => id !== null && id !== '');
}

export function receiptBelongsTo(request: LinkableRequest, event: LinkedReceipt): boolean {
  if (event.kind !== 'receipt') return false;
  const ids = receiptVendorIds(event);
  if (ids.some((id) => request.vendorIds.has(id))) return true;
  const byCorrelation = event.correlation.correlationId !== null && request.uniqueCorrelationIds.has(event.correlation.correlationId);
  const byCallback = event.correlation.callbackData !== null && event.correlation.callbackData === request.uniqueCallbackData;
  if (!byCorrelation && !byCallback) return false;
  return event.to === null ? request.destinations === 1 : request.addresses.has(sameAddress(event.to));
}

/** A message or postback a user sent from `address` after `since`. */
export function isReplyFrom(event: InboundEventRow, address: string, since: number): boolean {
  return (
    event.direction === 'inbound' &&
    (event.kind === 'message' || event.kind === 'postback') &&
    event.from !== null &&
    sameAddress(event.from) === sameAddress(address) &&
    event.receivedAt >= since
  );
}
