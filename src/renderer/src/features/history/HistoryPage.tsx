import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { SendProgress } from '../../components/SendProgress';
import { useNavStore } from '../shell/nav-store';
import { useStatusStore } from '../shell/status-store';
import { STATE_LABELS, STATE_ORDER } from './format';
import { useHistoryStore } from './history-store';
import { RequestDetailPane } from './RequestDetailPane';
import { RequestList } from './RequestList';
import './history.css';

export function HistoryPage() {
  const loaded = useHistoryStore((s) => s.loaded);
  const total = useHistoryStore((s) => s.total);
  const counts = useHistoryStore((s) => s.counts);
  const state = useHistoryStore((s) => s.state);
  const search = useHistoryStore((s) => s.search);
  const error = useHistoryStore((s) => s.error);
  const jobs = useHistoryStore((s) => s.jobs);
  const online = useStatusStore((s) => s.status?.online ?? true);
  const [query, setQuery] = useState(search);

  useEffect(() => {
    void useHistoryStore.getState().load();
    void useHistoryStore.getState().loadJobs();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (query !== useHistoryStore.getState().search) useHistoryStore.getState().setSearch(query);
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const everything = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const queued = (counts.queued ?? 0) + (counts.sending ?? 0);
  return (
    <div className="page history-page">
      <PageHeader title="History" subtitle="Every request you sent, with its response, receipts and replies." />
      {!online && (
        <div className="history-offline" role="status">
          Offline: Relaydesk cannot reach the API. {queued > 0 ? `${queued} request(s) stay queued and go out by themselves when the network is back.` : 'New sends wait in the outbox until it is back.'}
        </div>
      )}
      {jobs.length > 0 && (
        <div className="history-jobs">
          {jobs.map((job) => (
            <SendProgress key={job.jobId} jobId={job.jobId} initial={job} />
          ))}
        </div>
      )}
      {error && <div className="error-banner">{error}</div>}
      {loaded && everything === 0 && !search ? (
        <EmptyState
          icon="↺"
          title="No messages sent yet"
          action={
            <button type="button" className="button primary" onClick={() => useNavStore.getState().go('compose')}>
              Compose a message
            </button>
          }
        >
          <p>Messages you send from Compose, the RCS Designer or the CLI (`relaydesk send`) appear here with their full timeline.</p>
        </EmptyState>
      ) : (
        <>
          <div className="history-toolbar">
            <div className="history-chips" role="group" aria-label="Filter by state">
              <button type="button" className={`chip${state === null ? ' active' : ''}`} onClick={() => useHistoryStore.getState().setState(null)}>
                All <span className="chip-count">{everything}</span>
              </button>
              {STATE_ORDER.filter((s) => (counts[s] ?? 0) > 0 || s === state).map((s) => (
                <button key={s} type="button" className={`chip chip-${s}${state === s ? ' active' : ''}`} onClick={() => useHistoryStore.getState().setState(s)}>
                  {STATE_LABELS[s]} <span className="chip-count">{counts[s] ?? 0}</span>
                </button>
              ))}
            </div>
            <input
              className="history-search"
              type="search"
              placeholder="Search number, email, correlation or message id"
              aria-label="Search history"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <div className="history-split">
            <div className="history-list-pane">
              {total === 0 ? <p className="field-hint history-none">Nothing matches.</p> : <RequestList />}
            </div>
            <RequestDetailPane />
          </div>
        </>
      )}
    </div>
  );
}
