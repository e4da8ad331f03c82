import { api } from '../../api';
import type { ListenerInfo, PollSource, ReplayResult, RejectedPage, InboundPage } from '../../../../shared/contract/inbound';
import type { InboundEvent, InboundEventRow, RejectedRequest } from '../../../../shared/inbound/event';
import { sentMessages, type SentMessage } from './conversation-merge';
import { toFilters, type FeedFilter } from './feed-filter';

// The feed's view of the inbound contract: turns the toolbar's filter into the core's filters
// and keeps the call names in one place.

export type { ListenerInfo, ReplayResult };

export function queryFeed(filter: FeedFilter, now: number, cursor: string | null, limit: number, offset = 0): Promise<InboundPage> {
  return api['inbound:query']({ filters: toFilters(filter, now), cursor, limit, ...(offset > 0 ? { offset } : {}) });
}

export function getEvent(id: string): Promise<InboundEvent> {
  return api['inbound:get']({ id });
}

export function listRejected(cursor: string | null, limit: number): Promise<RejectedPage> {
  return api['inbound:rejected']({ cursor, limit });
}

export function replayEvent(id: string, target: string): Promise<ReplayResult> {
  return api['inbound:replay']({ id, target });
}

export function exportFiltered(filter: FeedFilter, now: number) {
  return api['inbound:export']({ filters: toFilters(filter, now) });
}

export function exportIds(ids: string[]) {
  return api['inbound:export']({ ids });
}

export async function conversation(address: string): Promise<InboundEventRow[]> {
  return (await api['inbound:conversation']({ address, limit: 500 })).events;
}

/** The most recipient rows a conversation shows of our sends to one address (the latest). */
const SENT_SHOWN = 200;

/**
 * What we sent to one address, oldest first: each recipient row with the text that recipient got
 * (outbound:recipients), dated by its request (one History list page, then each request it missed).
 */
export async function sentTo(address: string): Promise<SentMessage[]> {
  const [recipients, page] = await Promise.all([
    api['outbound:recipients']({ address, limit: SENT_SHOWN }),
    api['outbound:list']({ search: address, limit: SENT_SHOWN, offset: 0 }),
  ]);
  const listed = new Set(page.items.map((item) => item.id));
  const missing = [...new Set(recipients.items.map((r) => r.requestId))].filter((id) => !listed.has(id));
  const fetched = await Promise.all(
    missing.map((id) =>
      api['outbound:get']({ id }).then(
        (detail) => detail.request,
        () => null,
      ),
    ),
  );
  return sentMessages(recipients.items, [...page.items, ...fetched.filter((request) => request !== null)]);
}

export function listenerInfo(): Promise<ListenerInfo> {
  return api['inbound:listenerInfo']();
}

/** Live pushes; the core batches what it committed in one tick into one payload. */
export function onReceived(listener: (events: InboundEventRow[]) => void): () => void {
  return api.on('inbound:received', (payload) => listener(payload.events));
}

export function onRejected(listener: (rejected: RejectedRequest[]) => void): () => void {
  return api.on('inbound:rejected', (payload) => listener(payload.rejected));
}

export function onPollState(listener: (sources: PollSource[]) => void): () => void {
  return api.on('inbound:pollState', (payload) => listener(payload.sources));
}
