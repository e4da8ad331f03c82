import type { InboundEventRow } from '../../../shared/inbound/event';

/** Ids that tie an inbound event (receipt, reply) to something we sent. */
export interface CorrelationKeys {
  transids?: string[];
  messageIds?: string[];
  correlationIds?: string[];
  callbackData?: string[];
  /** MSISDNs / emails we sent to: replies from them belong to the conversation. */
  addresses?: string[];
  /** Only events received at or after this time (ms since epoch). */
  since?: number;
  /** Only events stored after this one (its feed id, `seq`): the cursor for the next page. */
  afterSeq?: number;
}

/** What linking reads of a receipt: its ids, destination and status; not its text, details or raw body. */
export type ReceiptLink = Pick<InboundEventRow, 'id' | 'kind' | 'to' | 'correlation' | 'status' | 'receivedAt'>;

/** What the inbound area offers other areas. */
export interface InboundService {
  /** Feed rows for these keys, oldest first, at most a page (1000): ask again with `afterSeq`. */
  findRelated(keys: CorrelationKeys): InboundEventRow[];
  /**
   * Every receipt for these keys, oldest first, as ReceiptLinks, in one read: a send's summary
   * judges all of its receipts (220,000 for 100,000 recipients), which pages of whole rows made
   * take seconds of SQL and JSON per page.
   */
  receiptLinks(keys: CorrelationKeys): ReceiptLink[];
  /** Feed rows by id (receipts linking chose), oldest first; ids not stored are left out. */
  rows(ids: readonly string[]): InboundEventRow[];
}
