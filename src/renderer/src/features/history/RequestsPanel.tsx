import { RequestDetailPane } from './RequestDetailPane';
import { RequestList } from './RequestList';
import { useRequestsStore } from './requests-store';

/** The send's API requests on the left, the chosen one's body, tries and timeline on the right. */
export function RequestsPanel() {
  const total = useRequestsStore((s) => s.total);
  const loading = useRequestsStore((s) => s.loading);
  const error = useRequestsStore((s) => s.error);
  // A send of one request has no list to choose from: its pane takes the whole width.
  if (total === 1 && !error) return <RequestDetailPane />;
  return (
    <div className="history-split">
      <div className="history-list-pane">
        {error ? (
          <p className="field-error history-none">{error}</p>
        ) : total === 0 ? (
          <p className="field-hint history-none">{loading ? 'Loading requests…' : 'This send has no requests.'}</p>
        ) : (
          <RequestList />
        )}
      </div>
      <RequestDetailPane />
    </div>
  );
}
