import type { InboundEvent, InboundEventRow } from '../../../shared/inbound/event';
import { asTime } from '../../../shared/inbound/fields';
import type { ReceiptLink } from './service';

// The inbound_events table's row shape and its mapping to the contract's types. JSON columns
// (attachments, details, headers) were written by us from zod-parsed values, so they are read back
// as such.

export interface EventRowRecord {
  seq: number;
  source: string;
  kind: string;
  channel: string;
  direction: string;
  from_addr: string | null;
  to_addr: string | null;
  from_name: string | null;
  subject: string | null;
  text: string | null;
  attachments: string;
  details: string;
  external_id: string | null;
  transid: string | null;
  message_id: string | null;
  correlation_id: string | null;
  callback_data: string | null;
  delivery_status: string | null;
  status_code: string | null;
  status_description: string | null;
  event_time: number | null;
  received_at: number;
  via: string;
  poll_source_id: string | null;
}

export interface FullEventRecord extends EventRowRecord {
  raw: string;
  headers: string;
}

/** Every column but raw and headers: what a feed row needs. */
export const ROW_COLUMNS = `seq, source, kind, channel, direction, from_addr, to_addr, from_name, subject, text,
  attachments, details, external_id, transid, message_id, correlation_id, callback_data, delivery_status,
  status_code, status_description, event_time, received_at, via, poll_source_id`;

export function toRow(r: EventRowRecord): InboundEventRow {
  const hasStatus = r.delivery_status !== null || r.status_code !== null || r.status_description !== null;
  return {
    id: String(r.seq),
    source: r.source as InboundEventRow['source'],
    kind: r.kind as InboundEventRow['kind'],
    channel: r.channel as InboundEventRow['channel'],
    direction: r.direction as InboundEventRow['direction'],
    from: r.from_addr,
    to: r.to_addr,
    fromName: r.from_name,
    subject: r.subject,
    text: r.text,
    attachments: JSON.parse(r.attachments) as InboundEventRow['attachments'],
    externalId: r.external_id,
    correlation: {
      transid: r.transid,
      messageId: r.message_id,
      correlationId: r.correlation_id,
      callbackData: r.callback_data,
    },
    status: hasStatus ? { deliveryStatus: r.delivery_status, code: r.status_code, description: r.status_description } : null,
    // Rows stored before parseTime refused out-of-range numbers may hold ±Infinity here.
    eventTime: asTime(r.event_time),
    details: JSON.parse(r.details) as Record<string, string>,
    receivedAt: r.received_at,
    via: r.via as InboundEventRow['via'],
    pollSourceId: r.poll_source_id,
  };
}

/** The columns of a ReceiptLink, in LinkRecord's order. */
export const LINK_COLUMNS = `seq, kind, to_addr, transid, message_id, correlation_id, callback_data, delivery_status,
  status_code, status_description, received_at`;

/**
 * A row of LINK_COLUMNS as better-sqlite3's raw mode gives it (an array, not an object with
 * named keys): a send's summary reads 220,000 of them, and the keyed objects were garbage.
 */
export type LinkRecord = [
  seq: number,
  kind: string,
  to_addr: string | null,
  transid: string | null,
  message_id: string | null,
  correlation_id: string | null,
  callback_data: string | null,
  delivery_status: string | null,
  status_code: string | null,
  status_description: string | null,
  received_at: number,
];

export function toLink(r: LinkRecord): ReceiptLink {
  const [seq, kind, to, transid, messageId, correlationId, callbackData, deliveryStatus, code, description, receivedAt] = r;
  const hasStatus = deliveryStatus !== null || code !== null || description !== null;
  return {
    id: String(seq),
    kind: kind as ReceiptLink['kind'],
    to,
    correlation: { transid, messageId, correlationId, callbackData },
    status: hasStatus ? { deliveryStatus, code, description } : null,
    receivedAt,
  };
}

export function toEvent(r: FullEventRecord): InboundEvent {
  return { ...toRow(r), raw: r.raw, headers: JSON.parse(r.headers) as Record<string, string> };
}
