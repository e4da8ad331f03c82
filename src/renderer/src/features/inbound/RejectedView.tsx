import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { formatFullTime, formatRowTime, truncate } from './feed-format';
import { useRejectedStore } from './rejected-store';
import { HeadersTable } from './HeadersTable';

const PREVIEW_IN_ROW = 120;

/** What the listener refused and why: reason, time, the start of the body, the headers. */
export function RejectedView() {
  const { requests, total, nextCursor, loading, error, selectedId, select, load, loadMore, markSeen } = useRejectedStore();
  useEffect(() => {
    void load();
    markSeen();
  }, [load, markSeen]);
  useEffect(() => {
    markSeen();
  }, [requests.length, markSeen]);

  const selected = requests.find((r) => r.id === selectedId) ?? null;
  if (!loading && requests.length === 0 && !error) {
    return (
      <EmptyState icon="✓" title="Nothing rejected">
        <p>Requests the listener refuses (not JSON, too large, failed verification) are kept here with the reason.</p>
      </EmptyState>
    );
  }
  return (
    <div className="ib-rejected-layout">
      {error && <div className="error-banner">{error}</div>}
      <div className="ib-rejected-table-wrap">
        <table className="ib-rejected-table" aria-label="Rejected requests">
          <thead>
            <tr>
              <th>Time</th>
              <th>HTTP</th>
              <th>Reason</th>
              <th>Request</th>
              <th>Body</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr
                key={r.id}
                className={r.id === selectedId ? 'selected' : undefined}
                onClick={() => select(r.id)}
                data-testid="rejected-row"
              >
                <td className="mono">{formatRowTime(r.receivedAt)}</td>
                <td>
                  <span className="ib-chip ib-tone-danger">{r.httpStatus}</span>
                </td>
                <td className="ib-reason">{r.reason}</td>
                <td className="mono">
                  {r.method} {r.path}
                </td>
                <td className="mono">{truncate(r.bodyPreview, PREVIEW_IN_ROW)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {nextCursor && (
          <button type="button" className="button" disabled={loading} onClick={() => void loadMore()}>
            {loading ? 'Loading…' : `Load more (${total - requests.length} older)`}
          </button>
        )}
      </div>
      {selected && (
        <aside className="ib-detail-pane" aria-label="Rejected request">
          <header className="ib-detail-header">
            <span className="ib-chip ib-tone-danger">HTTP {selected.httpStatus}</span>
            <h2>{selected.reason}</h2>
            <button type="button" className="ib-icon-button" aria-label="Close" onClick={() => select(null)}>
              ✕
            </button>
          </header>
          <div className="ib-detail-body">
            <dl className="ib-detail-fields">
              <dt>Reason</dt>
              <dd>{selected.reason}</dd>
              <dt>Received</dt>
              <dd>{formatFullTime(selected.receivedAt)}</dd>
              <dt>Request</dt>
              <dd className="mono">
                {selected.method} {selected.path}
              </dd>
              <dt>Content type</dt>
              <dd className="mono">{selected.contentType ?? '—'}</dd>
              <dt>Body size</dt>
              <dd>
                {selected.bodyBytes.toLocaleString()} bytes{selected.bodyTruncated ? ' (only the start was kept)' : ''}
              </dd>
            </dl>
            <section>
              <h3>Body{selected.bodyTruncated ? ' (start only)' : ''}</h3>
              <pre className="ib-raw-json">{selected.bodyPreview || '(empty)'}</pre>
            </section>
            <section>
              <h3>Headers</h3>
              <HeadersTable headers={selected.headers} />
            </section>
          </div>
        </aside>
      )}
    </div>
  );
}
