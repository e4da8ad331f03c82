import { useSendsStore } from './sends-store';
import { SendRow } from './SendRow';

/** The sends, newest first, a page at a time; one at a time opens to its recipients and requests. */
export function SendList() {
  const items = useSendsStore((s) => s.items);
  const total = useSendsStore((s) => s.total);
  const loading = useSendsStore((s) => s.loading);
  const expandedJobId = useSendsStore((s) => s.expandedJobId);
  return (
    <div className="send-list-wrap">
      <div className="send-grid send-list-head" aria-hidden="true">
        <span>When</span>
        <span>Profile</span>
        <span>Channel</span>
        <span>Recipients</span>
        <span>To</span>
        <span>Delivery</span>
      </div>
      <ul className="send-list" aria-label="Sends">
        {items.map((send) => (
          <SendRow key={send.jobId} send={send} expanded={send.jobId === expandedJobId} />
        ))}
      </ul>
      <p className="history-more">
        {items.length < total ? (
          <button type="button" className="button" disabled={loading} onClick={() => void useSendsStore.getState().loadMore()}>
            {loading ? 'Loading…' : `Show more (${(total - items.length).toLocaleString()} older)`}
          </button>
        ) : (
          <span className="field-hint">
            {total.toLocaleString()} send{total === 1 ? '' : 's'}
          </span>
        )}
      </p>
    </div>
  );
}
