import { useState } from 'react';
import { formatTime } from './format';
import { useRequestsStore } from './requests-store';
import { StateChip } from './StateChip';
import { CheckStatusButton, RequestStatusCheck } from './StatusCheck';
import { Timeline } from './Timeline';

function CopyJson(props: { value: unknown; label: string }) {
  const [copied, setCopied] = useState(false);
  const text = JSON.stringify(props.value, null, 2);
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied' : `Copy ${props.label}`}
    </button>
  );
}

/** One request: what was sent, what came back on each try, and the receipts and replies since. */
export function RequestDetailPane() {
  const detail = useRequestsStore((s) => s.detail);
  const selectedId = useRequestsStore((s) => s.selectedId);
  const notice = useRequestsStore((s) => s.notice);
  const resending = useRequestsStore((s) => s.resending) !== null;
  const { resend, settle, openAsDraft } = useRequestsStore.getState();
  if (!selectedId) return <div className="history-detail history-detail-empty">Select a request to see its body, answer and receipts.</div>;
  if (!detail) return <div className="history-detail history-detail-empty">Loading…</div>;
  const r = detail.request;
  const lastResponse = [...detail.attempts].reverse().find((a) => a.response !== null)?.response;
  return (
    <div className="history-detail" aria-label="Request detail">
      <div className="history-detail-head">
        <StateChip state={r.state} />
        <h2>
          {r.api} {r.channel ?? ''} · {r.destinations} destination{r.destinations === 1 ? '' : 's'}
        </h2>
        <div className="history-detail-actions">
          <CheckStatusButton requestId={r.id} />
          <button type="button" className="button" onClick={openAsDraft}>
            Open as new draft
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void resend(r.id)}
            disabled={resending || r.state === 'queued' || r.state === 'sending'}
          >
            {resending ? 'Re-sending…' : 'Re-send'}
          </button>
        </div>
      </div>
      {notice && <div className="history-notice">{notice}</div>}
      {r.responseDescription && <p className={`history-answer state-${r.state}`}>{r.responseDescription}</p>}
      <RequestStatusCheck requestId={r.id} />
      {r.state === 'unknown' && (
        <div className="history-unknown card">
          <p>
            Relaydesk cannot tell whether this request reached the API (it stopped or lost the connection while the request was on the
            wire), so it was not sent again on its own. Check the receipts below, then:
          </p>
          <div className="history-detail-actions">
            <button type="button" className="button" onClick={() => void settle(r.id, 'accepted')}>
              It arrived
            </button>
            <button type="button" className="button" onClick={() => void settle(r.id, 'failed')}>
              It did not arrive
            </button>
            <button type="button" className="button primary" onClick={() => void resend(r.id)} disabled={resending}>
              Send again
            </button>
          </div>
        </div>
      )}
      <section>
        <h3>Timeline</h3>
        <Timeline entries={detail.timeline} />
        {r.state === 'accepted' && !detail.timeline.some((e) => e.kind === 'receipt' || e.kind === 'reply') && (
          <p className="field-hint">No receipts yet. They appear here live when the API posts them to the notify URL.</p>
        )}
      </section>
      <section>
        <div className="history-section-head">
          <h3>Request body</h3>
          <CopyJson value={detail.body} label="body" />
        </div>
        <pre className="history-json">{JSON.stringify(detail.body, null, 2)}</pre>
      </section>
      {lastResponse !== undefined && (
        <section>
          <div className="history-section-head">
            <h3>API response</h3>
            <CopyJson value={lastResponse} label="response" />
          </div>
          <pre className="history-json">{JSON.stringify(lastResponse, null, 2)}</pre>
        </section>
      )}
      <section>
        <h3>Tries</h3>
        {detail.attempts.length === 0 ? (
          <p className="field-hint">Not sent yet.</p>
        ) : (
          <table className="history-attempts">
            <thead>
              <tr>
                <th>#</th>
                <th>When</th>
                <th>HTTP</th>
                <th>Outcome</th>
                <th>Code</th>
              </tr>
            </thead>
            <tbody>
              {detail.attempts.map((a) => (
                <tr key={a.attempt} title={a.description ?? ''}>
                  <td>{a.attempt}</td>
                  <td>{formatTime(a.startedAt)}</td>
                  <td>{a.httpStatus ?? '—'}</td>
                  <td>{a.outcome}</td>
                  <td>{a.code ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {(detail.ids.transids.length > 0 || detail.ids.messageIds.length > 0 || detail.ids.correlationIds.length > 0) && (
        <section>
          <h3>Ids</h3>
          <dl className="history-ids">
            {detail.ids.messageIds.length > 0 && (
              <>
                <dt>Message id</dt>
                <dd>{detail.ids.messageIds.join(', ')}</dd>
              </>
            )}
            {detail.ids.transids.length > 0 && (
              <>
                <dt>Transaction ids</dt>
                <dd>
                  {detail.ids.transids.slice(0, 20).join(', ')}
                  {detail.ids.transids.length > 20 ? ` … (${detail.ids.transids.length})` : ''}
                </dd>
              </>
            )}
            {detail.ids.correlationIds.length > 0 && (
              <>
                <dt>Correlation ids</dt>
                <dd>
                  {detail.ids.correlationIds.slice(0, 20).join(', ')}
                  {detail.ids.correlationIds.length > 20 ? ' …' : ''}
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
    </div>
  );
}
