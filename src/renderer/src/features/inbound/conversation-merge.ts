import type { InboundEventRow } from '../../../../shared/inbound/event';

/** One of our sends to the address, as the conversation shows it. */
export interface SentMessage {
  id: string;
  at: number;
  channel: string | null;
  state: string;
  api: string;
  /** The message text when the request body has one. */
  text: string | null;
}

export type ChatItem = { type: 'event'; at: number; event: InboundEventRow } | { type: 'sent'; at: number; sent: SentMessage };

/** Events and our sends in time order (the vendor's event time when known, else when it arrived). */
export function mergeConversation(events: readonly InboundEventRow[], sent: readonly SentMessage[]): ChatItem[] {
  const items: ChatItem[] = [
    ...events.map((event): ChatItem => ({ type: 'event', at: event.eventTime ?? event.receivedAt, event })),
    ...sent.map((s): ChatItem => ({ type: 'sent', at: s.at, sent: s })),
  ];
  return items.sort((a, b) => a.at - b.at);
}

const TEXT_KEYS = ['text', 'body', 'message', 'subject'];

/**
 * The first message text in a v1/v2 request body (v2 `content.text`, v1 `channels.sms.text`,
 * email `subject`...), searched breadth-first so the outermost text wins.
 */
export function findText(body: unknown, maxDepth = 5): string | null {
  let level: unknown[] = [body];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        next.push(...node);
        continue;
      }
      const record = node as Record<string, unknown>;
      for (const key of TEXT_KEYS) {
        const value = record[key];
        if (typeof value === 'string' && value.trim() !== '') return value;
      }
      next.push(...Object.values(record));
    }
    level = next;
  }
  return null;
}
