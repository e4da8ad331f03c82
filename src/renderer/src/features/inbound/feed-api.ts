import { api } from '../../api';
import type { ListenerInfo, PollSource, ReplayResult, RejectedPage, InboundPage } from '../../../../shared/contract/inbound';
import type { InboundEvent, InboundEventRow, RejectedRequest } from '../../../../shared/inbound/event';
import { findText, type SentMessage } from './conversation-merge';
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

/** How many of our latest sends to an address get their text looked up. */
const SENT_WITH_TEXT = 20;

/** Our sends to one address (from the outbound area), newest text looked up, oldest first. */
export async function sentTo(address: string): Promise<SentMessage[]> {
  const page = await api['outbound:list']({ search: address, limit: 200, offset: 0 });
  // The search also matches ids and partial addresses: keep requests that went to this address.
  const mine = page.items.filter((item) => item.firstAddress === address || item.destinations > 1);
  const details = await Promise.all(
    mine.map((item, index) => (index < SENT_WITH_TEXT ? api['outbound:get']({ id: item.id }).catch(() => null) : Promise.resolve(null))),
  );
  return mine
    .map((item, index): SentMessage | null => {
      const detail = details[index];
      if (item.destinations > 1 && (!detail || !detail.addresses.includes(address))) return null;
      return {
        id: item.id,
        at: item.createdAt,
        channel: item.channel,
        state: item.state,
        api: item.api,
        text: detail ? findText(detail.body) : null,
      };
    })
    .filter((s): s is SentMessage => s !== null)
    .sort((a, b) => a.at - b.at);
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
