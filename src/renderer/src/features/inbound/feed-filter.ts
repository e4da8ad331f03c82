import type { InboundChannel, InboundDirection, InboundEventRow, InboundKind, InboundSource } from '../../../../shared/inbound/event';
import type { InboundFilters } from '../../../../shared/contract/inbound';
import { receiptStateOf, type ReceiptState } from '../../../../shared/inbound/receipt-state';

/** What the feed's toolbar narrows the list by. Empty strings mean "any". */
export interface FeedFilter {
  source: '' | InboundSource;
  kind: '' | InboundKind;
  channel: '' | InboundChannel;
  direction: '' | InboundDirection;
  /** A delivery state, as receiptStateOf reads the event's status word (the core applies the same rules). */
  status: '' | ReceiptState;
  /** Preset time window, or 'custom' with from/to as datetime-local strings. */
  range: TimeRange;
  fromLocal: string;
  toLocal: string;
  search: string;
}

export type TimeRange = 'all' | '15m' | '1h' | '24h' | '7d' | 'custom';

export const emptyFilter: FeedFilter = {
  source: '',
  kind: '',
  channel: '',
  direction: '',
  status: '',
  range: 'all',
  fromLocal: '',
  toLocal: '',
  search: '',
};

const rangeMs: Record<Exclude<TimeRange, 'all' | 'custom'>, number> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '24h': 24 * 60 * 60_000,
  '7d': 7 * 24 * 60 * 60_000,
};

/** The filter's time window in ms since epoch, resolved against `now` (presets slide with time). */
export function timeWindow(filter: FeedFilter, now: number): { since?: number; until?: number } {
  if (filter.range === 'all') return {};
  if (filter.range === 'custom') {
    const since = localToMs(filter.fromLocal);
    const until = localToMs(filter.toLocal);
    return { ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}) };
  }
  return { since: now - rangeMs[filter.range] };
}

/** A `datetime-local` value ("2026-11-22T13:05") read in the user's zone; '' or junk gives undefined. */
export function localToMs(value: string): number | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

export function isFilterActive(filter: FeedFilter): boolean {
  return (
    filter.source !== '' ||
    filter.kind !== '' ||
    filter.channel !== '' ||
    filter.direction !== '' ||
    filter.status !== '' ||
    filter.range !== 'all' ||
    filter.search.trim() !== ''
  );
}

/**
 * Whether a live event belongs in the list under the current filter, so pushed events are shown
 * only where the same query would have returned them. Search is a case-insensitive match of every
 * word against the fields the core's full-text index holds, or the whole search as the start of an
 * address or vendor id, close to what the core answers. A pushed row has no raw body: an event
 * that matches only by a raw-body word shows once the list reloads.
 */
export function matchesFilter(event: InboundEventRow, filter: FeedFilter, now: number): boolean {
  if (filter.source && event.source !== filter.source) return false;
  if (filter.kind && event.kind !== filter.kind) return false;
  if (filter.channel && event.channel !== filter.channel) return false;
  if (filter.direction && event.direction !== filter.direction) return false;
  if (filter.status && receiptStateOf(event) !== filter.status) return false;
  const { since, until } = timeWindow(filter, now);
  if (since !== undefined && event.receivedAt < since) return false;
  if (until !== undefined && event.receivedAt > until) return false;
  return filter.search.trim() === '' || matchesSearch(event, filter.search);
}

function matchesSearch(event: InboundEventRow, search: string): boolean {
  const words = searchWords(search);
  if (words.length === 0) return true;
  const { status, correlation: ids } = event;
  const fields = [event.text, event.from, event.fromName, event.subject, event.to, status?.deliveryStatus, status?.description];
  const haystack = fields
    .map((field) => field ?? '')
    .join(' ')
    .toLowerCase();
  if (words.every((word) => haystack.includes(word))) return true;
  const whole = search.trim();
  return [event.from, event.to, ids.transid, ids.messageId, ids.correlationId, ids.callbackData].some((id) => id?.startsWith(whole));
}

export function searchWords(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^["']+|["']+$/g, ''))
    .filter((word) => word.length > 0);
}

/** The toolbar's filter as `inbound:query` filters, time presets resolved against `now`. */
export function toFilters(filter: FeedFilter, now: number): InboundFilters {
  const { since, until } = timeWindow(filter, now);
  const search = filter.search.trim();
  return {
    ...(filter.source ? { source: [filter.source] } : {}),
    ...(filter.kind ? { kind: [filter.kind] } : {}),
    ...(filter.channel ? { channel: [filter.channel] } : {}),
    ...(filter.direction ? { direction: filter.direction } : {}),
    ...(filter.status ? { status: [filter.status] } : {}),
    ...(since !== undefined ? { fromTime: since } : {}),
    ...(until !== undefined ? { toTime: until } : {}),
    ...(search ? { search } : {}),
  };
}
