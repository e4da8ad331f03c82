import type { InboundEventRow, RejectedRequest } from './event';

// Human-readable lines for `listen`, `inbound` and `rejected` (the CLI's --json forms print the objects instead).

function clip(text: string | null, width: number): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

function what(event: InboundEventRow): string {
  if (event.kind === 'receipt') return `${event.status?.deliveryStatus ?? 'status'}${event.status?.code ? ` (${event.status.code})` : ''}`;
  const attachments = event.attachments.length ? ` [${event.attachments.map((a) => a.type).join(', ')}]` : '';
  // An event with no text (a live-chat typing indicator) shows the vendor's event name.
  return clip(event.subject ?? event.text ?? (attachments === '' ? (event.details.event ?? null) : null), 60) + attachments;
}

/** One line per event: time, kind, channel, from -> to, what it says. */
export function summarizeEvent(event: InboundEventRow): string {
  return [
    new Date(event.receivedAt).toISOString(),
    event.kind.padEnd(11),
    event.channel.padEnd(9),
    `${clip(event.from, 24) || '-'} -> ${clip(event.to, 24) || '-'}`,
    what(event),
  ].join('  ');
}

export function summarizeRejected(r: RejectedRequest): string {
  return [new Date(r.receivedAt).toISOString(), String(r.httpStatus), `${r.method} ${r.path}`, clip(r.reason, 100)].join('  ');
}
