import { useEffect, useMemo, useRef, useState } from 'react';
import type { InboundEventRow } from '../../../../shared/inbound/event';
import { receiptStateOf } from '../../../../shared/inbound/receipt-state';
import { DeliveryChip } from '../../components/DeliveryChip';
import { mergeConversation, type SentMessage } from './conversation-merge';
import { EmptyState } from '../../components/EmptyState';
import { useConversationStore } from './conversation-store';
import { AttachmentList } from './AttachmentList';
import { channelIcon, channelLabels, formatRowTime, kindChipText, kindTone, statusText } from './feed-format';
import { useFeedStore } from './feed-store';

/** Senders seen in the loaded feed, most recent first, as quick picks. */
function useRecentSenders(limit = 40): string[] {
  const rows = useFeedStore((s) => s.rows);
  return useMemo(() => {
    const seen = new Set<string>();
    for (const row of rows) {
      if (!row) continue;
      const address = row.direction === 'inbound' ? row.from : row.to;
      if (address && !seen.has(address)) seen.add(address);
      if (seen.size >= limit) break;
    }
    return [...seen];
  }, [rows, limit]);
}

/**
 * One sender's events in a chat layout: what they sent on the left; on the right our sends, each
 * with the text this recipient got and its outcome, and what concerns them (receipts, outbound
 * events).
 */
export function ConversationView() {
  const { address, events, sent, sentError, loading, error, open } = useConversationStore();
  const items = useMemo(() => mergeConversation(events, sent), [events, sent]);
  const [input, setInput] = useState(address);
  const senders = useRecentSenders();
  const end = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setInput(address);
  }, [address]);
  // Chromium's scrollIntoView returns a promise; an effect must not return it.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [events.length]);

  return (
    <div className="ib-conversation-layout">
      <nav className="ib-sender-list" aria-label="Senders">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open(input.trim());
          }}
        >
          <input
            type="search"
            aria-label="Address"
            placeholder="MSISDN, PSID, email…"
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </form>
        <ul>
          {senders.map((sender) => (
            <li key={sender}>
              <button type="button" className={sender === address ? 'ib-sender active' : 'ib-sender'} onClick={() => void open(sender)}>
                {sender}
              </button>
            </li>
          ))}
        </ul>
        {senders.length === 0 && <p className="ib-muted ib-small">Senders appear here as events arrive.</p>}
      </nav>
      <section className="ib-chat" aria-label={address ? `Conversation with ${address}` : 'Conversation'} data-testid="conversation">
        {!address ? (
          <EmptyState icon="☰" title="Pick a sender">
            <p>Choose a sender on the left, type an address, or open a conversation from an event's detail.</p>
          </EmptyState>
        ) : (
          <>
            <header className="ib-chat-header">
              <h2>{address}</h2>
              <span className="ib-muted">
                {loading ? 'Loading…' : `${events.length} event${events.length === 1 ? '' : 's'}, ${sent.length} sent by us`}
              </span>
            </header>
            {error && <div className="error-banner">{error}</div>}
            {sentError && <p className="ib-muted ib-small ib-chat-note">{sentError}</p>}
            <div className="ib-chat-scroll">
              {items.map((item) =>
                item.type === 'sent' ? (
                  <SentBubble key={`s-${item.sent.id}`} sent={item.sent} />
                ) : (
                  <EventBubble key={item.event.id} event={item.event} />
                ),
              )}
              {!loading && items.length === 0 && !error && <p className="ib-muted">Nothing from or to {address} yet.</p>}
              <div ref={end} />
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function EventBubble({ event }: { event: InboundEventRow }) {
  const time = formatRowTime(event.eventTime ?? event.receivedAt);
  if (event.kind === 'receipt') {
    const status = statusText(event.status) ?? 'Receipt';
    return (
      <div className="ib-bubble-row ours ib-receipt-line" data-testid="chat-receipt">
        <DeliveryChip state={receiptStateOf(event) ?? 'unknown'} label={status} />
        <span className="mono ib-muted">{time}</span>
      </div>
    );
  }
  const ours = event.direction === 'outbound';
  return (
    <div className={ours ? 'ib-bubble-row ours' : 'ib-bubble-row theirs'}>
      <div
        className="ib-bubble"
        onDoubleClick={() => useFeedStore.getState().openDetail(event.id)}
        title="Double-click for the event's detail"
      >
        <div className="ib-bubble-meta">
          <span title={channelLabels[event.channel]}>{channelIcon(event.channel)}</span>
          {event.kind !== 'message' && <span className={`ib-chip ib-tone-${kindTone(event)}`}>{kindChipText(event)}</span>}
          <span className="mono">{time}</span>
        </div>
        {event.subject && <div className="ib-bubble-subject">{event.subject}</div>}
        {event.text && <div className="ib-bubble-text">{event.text}</div>}
        {event.attachments.length > 0 && <AttachmentList attachments={event.attachments} />}
      </div>
    </div>
  );
}

function SentBubble({ sent }: { sent: SentMessage }) {
  return (
    <div className="ib-bubble-row ours" data-testid="chat-sent">
      <div className="ib-bubble ib-sent">
        <div className="ib-bubble-meta">
          <span>
            Sent{sent.channel ? ` · ${sent.channel.toUpperCase()}` : ''} · API {sent.api}
          </span>
          <DeliveryChip state={sent.delivery} {...(sent.receipt ? { title: sent.receipt } : {})} />
          <span className="mono">{formatRowTime(sent.at)}</span>
        </div>
        <div className="ib-bubble-text">{sent.text ?? <span className="ib-muted">(no text: see History for the request)</span>}</div>
        {sent.receipt && <div className="ib-muted ib-small">{sent.receipt}</div>}
      </div>
    </div>
  );
}
