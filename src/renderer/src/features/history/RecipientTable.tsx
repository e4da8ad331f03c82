import type { RecipientOutcome } from '../../../../shared/contract/outbound';
import { stateOfStatusWord } from '../../../../shared/inbound/receipt-state';
import { DeliveryChip } from '../../components/DeliveryChip';
import { formatTime, STATE_LABELS } from './format';
import { useRecipientsStore } from './recipients-store';
import { RecipientStatusCheck } from './StatusCheck';
import { usePagedRows } from './use-paged-rows';

const ROW_HEIGHT = 58;

function apiAnswer(r: RecipientOutcome): string {
  return r.api.code ? `${STATE_LABELS[r.api.state]} · ${r.api.code}` : STATE_LABELS[r.api.state];
}

function RecipientRow(props: { r: RecipientOutcome; onOpenRequest: ((id: string) => void) | null; canCheck: boolean }) {
  const { r } = props;
  return (
    <>
      <span role="cell" className="recipient-destination">
        <span className="recipient-address">{r.destination}</span>
        {props.onOpenRequest && (
          <button
            type="button"
            className="link-button recipient-request"
            title="Open this API request"
            onClick={() => props.onOpenRequest?.(r.requestId)}
          >
            request {r.requestSeq}
          </button>
        )}
      </span>
      <span role="cell">
        <DeliveryChip state={r.delivery} />
      </span>
      <span role="cell" className="recipient-text" title={r.text ?? ''}>
        {r.text ?? <span className="field-hint">(no text)</span>}
      </span>
      <span
        role="cell"
        className={`recipient-api${r.api.state === 'failed' ? ' is-failed' : ''}`}
        title={[apiAnswer(r), r.api.description].filter(Boolean).join(': ')}
      >
        <span className="recipient-line">{apiAnswer(r)}</span>
        {r.vendorId && <span className="recipient-id">{r.vendorId}</span>}
        {props.canCheck && r.vendorId && <RecipientStatusCheck r={r} />}
      </span>
      <span role="cell" className="recipient-receipt">
        {r.lastReceipt ? (
          <>
            <DeliveryChip state={stateOfStatusWord(r.lastReceipt.status)} label={r.lastReceipt.status} title={r.lastReceipt.words} />
            <span className="recipient-words" title={r.lastReceipt.words}>
              {r.lastReceipt.words} · {formatTime(r.lastReceipt.at)}
            </span>
          </>
        ) : (
          <span className="field-hint">no receipt yet</span>
        )}
      </span>
      <span role="cell" className="recipient-reply" title={r.likelyReply?.text ?? ''}>
        {r.likelyReply ? (
          <>
            {r.likelyReply.text ?? '(no text)'}
            <span className="recipient-words">{formatTime(r.likelyReply.at)}</span>
          </>
        ) : (
          <span className="field-hint">—</span>
        )}
      </span>
    </>
  );
}

/**
 * The send's recipients, one row each: where it went, the text they got, the API's answer, the
 * latest receipt in words and a likely reply. Virtualized and paged as it scrolls (a send can
 * have 100,000 recipients). `onOpenRequest` is null when the send is one request; `canCheckStatus`
 * (v2 sends: v1 has no status call) offers "Check status" on each row with a message id.
 */
export function RecipientTable(props: { onOpenRequest: ((requestId: string) => void) | null; canCheckStatus: boolean }) {
  const items = useRecipientsStore((s) => s.items);
  const total = useRecipientsStore((s) => s.total);
  const failedOnly = useRecipientsStore((s) => s.failedOnly);
  const loading = useRecipientsStore((s) => s.loading);
  const error = useRecipientsStore((s) => s.error);
  const { scrollRef, virtualizer, virtualItems } = usePagedRows({
    items,
    total,
    rowHeight: ROW_HEIGHT,
    key: (r, index) => `${r.requestId}:${r.destination}:${index}`,
    loadMore: useRecipientsStore.getState().loadMore,
    overscan: 12,
    ahead: 40,
  });

  return (
    <div className="recipients">
      <div className="recipients-toolbar">
        <label className="recipients-filter">
          <input type="checkbox" checked={failedOnly} onChange={(e) => useRecipientsStore.getState().setFailedOnly(e.target.checked)} />{' '}
          Failed only
        </label>
        <span className="field-hint" role="status">
          {loading && items.length === 0
            ? 'Loading recipients…'
            : `${total.toLocaleString()} ${failedOnly ? 'failed or unknown ' : ''}recipient${total === 1 ? '' : 's'}`}
        </span>
      </div>
      {error && <p className="field-error">{error}</p>}
      {!loading && !error && total === 0 ? (
        <p className="history-none">
          {failedOnly ? 'No recipient of this send failed (or is unknown).' : 'This send has no recipients yet.'}
        </p>
      ) : (
        <div className="recipients-table" role="table" aria-label="Recipients" aria-rowcount={total + 1}>
          <div className="recipient-grid recipients-head" role="row">
            <span role="columnheader">Destination</span>
            <span role="columnheader">Outcome</span>
            <span role="columnheader">Text they got</span>
            <span role="columnheader">API answer</span>
            <span role="columnheader">Last receipt</span>
            <span role="columnheader">Likely reply</span>
          </div>
          <div className="recipients-scroll" role="rowgroup" tabIndex={0} ref={scrollRef}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualItems.map((v) => (
                <div
                  key={v.key}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className={`recipient-grid recipient-row delivery-row-${items[v.index]!.delivery}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                >
                  <RecipientRow r={items[v.index]!} onOpenRequest={props.onOpenRequest} canCheck={props.canCheckStatus} />
                </div>
              ))}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
