import { useEffect, useState } from 'react';
import type { SendSummary } from '../../../../shared/contract/outbound';
import { RecipientTable } from './RecipientTable';
import { useRecipientsStore } from './recipients-store';
import { RequestsPanel } from './RequestsPanel';
import { useRequestsStore } from './requests-store';

type Tab = 'recipients' | 'requests';

/** An open send: each recipient's outcome, and the API requests it became. */
export function SendDetail(props: { send: SendSummary; id: string }) {
  const { jobId } = props.send;
  const [tab, setTab] = useState<Tab>('recipients');
  const exportNotice = useRecipientsStore((s) => s.exportNotice);

  useEffect(() => {
    void useRecipientsStore.getState().open(jobId);
    void useRequestsStore.getState().open(jobId);
  }, [jobId]);

  return (
    <section className="send-detail" id={props.id} aria-label="Send detail">
      <div className="send-detail-head">
        <div className="history-tabs" role="tablist" aria-label="Send views">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'recipients'}
            className={`history-tab${tab === 'recipients' ? ' active' : ''}`}
            onClick={() => setTab('recipients')}
          >
            Recipients <span className="chip-count">{props.send.destinations.toLocaleString()}</span>
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'requests'}
            className={`history-tab${tab === 'requests' ? ' active' : ''}`}
            onClick={() => setTab('requests')}
          >
            API requests <span className="chip-count">{props.send.requests.toLocaleString()}</span>
          </button>
        </div>
        <button type="button" className="button" onClick={() => void useRecipientsStore.getState().exportCsv()}>
          Export CSV
        </button>
      </div>
      {exportNotice && (
        <p className="field-error" role="alert">
          {exportNotice}
        </p>
      )}
      <div role="tabpanel">
        {tab === 'recipients' ? (
          <RecipientTable
            canCheckStatus={props.send.api === 'v2'}
            onOpenRequest={
              props.send.requests > 1
                ? (requestId) => {
                    setTab('requests');
                    void useRequestsStore.getState().select(requestId);
                  }
                : null
            }
          />
        ) : (
          <RequestsPanel />
        )}
      </div>
    </section>
  );
}
