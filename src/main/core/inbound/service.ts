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

/** What the inbound area offers other areas. `findRelated` returns feed rows, oldest first. */
export interface InboundService<Event = InboundEventRow> {
  findRelated(keys: CorrelationKeys): Event[];
}
