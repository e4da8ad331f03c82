import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { SendProgress } from '../../components/SendProgress';
import { useNavStore } from '../shell/nav-store';
import { useStatusStore } from '../shell/status-store';
import './live';
import { SendList } from './SendList';
import { useSendsStore } from './sends-store';
import './history.css';

export function HistoryPage() {
  const loaded = useSendsStore((s) => s.loaded);
  const total = useSendsStore((s) => s.total);
  const failedOnly = useSendsStore((s) => s.failedOnly);
  const search = useSendsStore((s) => s.search);
  const error = useSendsStore((s) => s.error);
  const jobs = useSendsStore((s) => s.jobs);
  const online = useStatusStore((s) => s.status?.online ?? true);
  const [query, setQuery] = useState(search);

  useEffect(() => {
    useSendsStore.setState({ onScreen: true });
    void useSendsStore.getState().load();
    void useSendsStore.getState().loadJobs();
    return () => useSendsStore.setState({ onScreen: false });
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (query !== useSendsStore.getState().search) useSendsStore.getState().setSearch(query);
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const remaining = jobs.reduce((sum, job) => sum + job.remaining, 0);
  const filtered = failedOnly || search.trim() !== '';
  return (
    <div className="page history-page">
      <PageHeader title="History" subtitle="Every send you made, newest first, with what happened to each recipient." />
      {!online && (
        <div className="history-offline" role="status">
          Offline: Relaydesk cannot reach the API.{' '}
          {remaining > 0
            ? `${remaining} destination(s) stay queued and go out by themselves when the network is back.`
            : 'New sends wait in the outbox until it is back.'}
        </div>
      )}
      {jobs.length > 0 && (
        <div className="history-jobs">
          {jobs.map((job) => (
            <SendProgress key={job.jobId} jobId={job.jobId} initial={job} />
          ))}
        </div>
      )}
      {error && (
        <div className="error-banner" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => void useSendsStore.getState().load()}>
            Try again
          </button>
        </div>
      )}
      {!loaded ? (
        <p className="history-loading" role="status">
          Loading sends…
        </p>
      ) : total === 0 && !filtered && !error ? (
        <EmptyState
          icon="↺"
          title="No messages sent yet"
          action={
            <button type="button" className="button primary" onClick={() => useNavStore.getState().go('compose')}>
              Compose a message
            </button>
          }
        >
          <p>Messages you send from Compose, the RCS Designer or the CLI (`relaydesk send`) appear here with each recipient's outcome.</p>
        </EmptyState>
      ) : (
        <>
          <div className="history-toolbar">
            <div className="history-chips" role="group" aria-label="Show sends">
              <button
                type="button"
                aria-pressed={!failedOnly}
                className={`chip${!failedOnly ? ' active' : ''}`}
                onClick={() => useSendsStore.getState().setFailedOnly(false)}
              >
                All sends
              </button>
              <button
                type="button"
                aria-pressed={failedOnly}
                className={`chip${failedOnly ? ' active' : ''}`}
                onClick={() => useSendsStore.getState().setFailedOnly(true)}
              >
                Failed only
              </button>
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
          {total === 0 ? (
            <p className="history-none" role="status">
              {failedOnly ? 'No send has a failed or unknown recipient' : 'No send matches'}
              {search.trim() ? ` “${search.trim()}”` : ''}.
            </p>
          ) : (
            <SendList />
          )}
        </>
      )}
    </div>
  );
}
