import type { TimelineEntry } from '../../../shared/contract/outbound';
import { InboundEventRow } from '../../../shared/inbound/event';
import type { AttemptRow } from './attempt-repo';
import type { RequestRow } from './request-repo';

const OUTCOME_TITLES: Record<string, string> = {
  sending: 'On the wire',
  accepted: 'Accepted by the API',
  retry: 'Refused for now; will retry',
  failed: 'Failed',
  network: 'Could not reach the API (offline)',
  unknown: 'Outcome unknown',
};

/** The request's story, oldest first: queued, each try, then receipts and replies as they came. */
export function buildTimeline(row: RequestRow, attempts: AttemptRow[], related: unknown[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      at: row.created_at,
      kind: 'queued',
      title: 'Queued in the outbox',
      detail: `${row.destinations} destination(s), request ${row.seq}`,
      data: null,
    },
  ];
  for (const attempt of attempts) {
    const title = `Try ${attempt.attempt}: ${OUTCOME_TITLES[attempt.outcome] ?? attempt.outcome}`;
    const status = attempt.http_status === null ? '' : `HTTP ${attempt.http_status}. `;
    entries.push({
      at: attempt.finished_at ?? attempt.started_at,
      kind: 'attempt',
      title,
      detail: `${status}${attempt.description ?? ''}`.trim() || null,
      data: null,
    });
  }
  if (row.state === 'cancelled')
    entries.push({ at: row.updated_at, kind: 'cancelled', title: 'Cancelled before it was sent', detail: null, data: null });
  for (const item of related) {
    const parsed = InboundEventRow.safeParse(item);
    if (!parsed.success) continue;
    const event = parsed.data;
    if (event.kind === 'receipt') {
      const status = event.status?.deliveryStatus ?? 'receipt';
      entries.push({
        at: event.receivedAt,
        kind: 'receipt',
        title: `Receipt: ${status}${event.to ? ` for ${event.to}` : ''}`,
        detail: event.status?.description ?? null,
        data: { id: event.id },
      });
    } else if (event.kind === 'message' || event.kind === 'postback') {
      entries.push({
        at: event.receivedAt,
        kind: 'reply',
        title: `Reply from ${event.from ?? 'unknown sender'}`,
        detail: event.text,
        data: { id: event.id },
      });
    } else {
      entries.push({
        at: event.receivedAt,
        kind: 'event',
        title: `${event.kind} (${event.channel})`,
        detail: event.text,
        data: { id: event.id },
      });
    }
  }
  return entries.sort((a, b) => a.at - b.at);
}
