import { SendProgress } from '../../components/SendProgress';
import { useComposeStore } from './compose-store';
import { useSendStore } from './send-store';

/** What the last send did: progress of the job, or what stopped it. */
export function SendStatus() {
  const { busy, error, fieldErrors, receipt, progress, dismiss } = useSendStore();
  if (!busy && !error && !receipt) return null;
  return (
    <div className={`send-status ${error ? 'error-banner' : 'card'}`} role="status" aria-live="polite" data-testid="send-status">
      {busy && <span>Sending…</span>}
      {error && (
        <div>
          <strong>{error}</strong>
          {fieldErrors.length > 0 && (
            <ul>
              {fieldErrors.map((f) => (
                <li key={f.path + f.message}>
                  {f.path ? `${f.path}: ` : ''}
                  {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {receipt && (
        <div className="progress-block">
          <span>
            {receipt.test ? 'Test queued' : 'Queued'}: {receipt.destinations} destination{receipt.destinations === 1 ? '' : 's'} in {receipt.requestCount} request
            {receipt.requestCount === 1 ? '' : 's'}.
          </span>
          <SendProgress jobId={receipt.jobId} initial={progress} />
        </div>
      )}
      {!busy && (
        <button type="button" className="button" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

export function useSendActions() {
  const send = useSendStore((s) => s.send);
  const sendTest = useSendStore((s) => s.sendTest);
  return {
    send: () => {
      const s = useComposeStore.getState();
      if (s.jsonError) return;
      void send(s.profileId, s.body);
    },
    sendTest: (values: Record<string, string | number | boolean>) => {
      const s = useComposeStore.getState();
      if (s.jsonError) return;
      void sendTest(s.profileId, s.body, values);
    },
  };
}
