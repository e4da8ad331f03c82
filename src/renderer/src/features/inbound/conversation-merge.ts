import type { DeliveryState, OutboundRequestSummary, RecipientOutcome } from '../../../../shared/contract/outbound';
import type { InboundEventRow } from '../../../../shared/inbound/event';

/** What one recipient (the conversation's address) got from one of our sends. */
export interface SentMessage {
  /** The request and the recipient's place in it: one request may name the address twice. */
  id: string;
  requestId: string;
  at: number;
  channel: string | null;
  api: string;
  /** The text this recipient got, their `$(variables)` filled in. */
  text: string | null;
  delivery: DeliveryState;
  /** The latest receipt in words ("7201: message failed"), when one came. */
  receipt: string | null;
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

/**
 * Our sends to an address as the conversation shows them: each recipient row (outbound:recipients)
 * with its request's time, channel and API. A row whose request is not among `requests` is left out.
 */
export function sentMessages(recipients: readonly RecipientOutcome[], requests: readonly OutboundRequestSummary[]): SentMessage[] {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const seen = new Map<string, number>();
  const out: SentMessage[] = [];
  for (const recipient of recipients) {
    const request = byId.get(recipient.requestId);
    if (!request) continue;
    const n = (seen.get(request.id) ?? 0) + 1;
    seen.set(request.id, n);
    out.push({
      id: `${request.id}:${n}`,
      requestId: request.id,
      at: request.createdAt,
      channel: request.channel,
      api: request.api,
      text: recipient.text,
      delivery: recipient.delivery,
      receipt: recipient.lastReceipt?.words ?? null,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}
