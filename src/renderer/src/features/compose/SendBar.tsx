import { SendProgress } from '../../components/SendProgress';
import { useComposeStore } from './compose-store';
import { SendDelivery } from './SendDelivery';
import { isSendLocked, useSendStore } from './send-store';

/** What the last send did: progress of the job, or what stopped it. */
export function SendStatus() {
  const { phase, pending, error, fieldErrors, receipt, progress, dismiss } = useSendStore();
  // While the confirmation is open, it shows its own state and errors.
  if (pending !== null) return null;
  const busy = phase !== 'idle';
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
            {receipt.test ? 'Test queued' : 'Queued'}: {receipt.destinations} destination{receipt.destinations === 1 ? '' : 's'} in{' '}
            {receipt.requestCount} request
            {receipt.requestCount === 1 ? '' : 's'}.
          </span>
          <SendProgress jobId={receipt.jobId} initial={progress} />
          <SendDelivery jobId={receipt.jobId} />
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

/** Which piece of work a send belongs to, so only its Send waits for its job (a draft's id may come later). */
export const draftKeyOf = (session: number) => `draft-${session}`;

/** Whether this draft's Send is disabled: a send action is open, or this draft's job still runs. */
export function useSendLocked(): boolean {
  const draftKey = useComposeStore((s) => draftKeyOf(s.session));
  return useSendStore((s) => isSendLocked(s, draftKey));
}

export function useSendActions() {
  const requestSend = useSendStore((s) => s.requestSend);
  const sendTest = useSendStore((s) => s.sendTest);
  return {
    send: () => {
      const s = useComposeStore.getState();
      if (s.jsonError) return;
      void requestSend(
        draftKeyOf(s.session),
        s.profileId,
        s.body,
        s.profiles.find((p) => p.id === s.profileId),
      );
    },
    sendTest: (values: Record<string, string | number | boolean>) => {
      const s = useComposeStore.getState();
      if (s.jsonError) return;
      void sendTest(
        s.profileId,
        s.body,
        values,
        s.profiles.find((p) => p.id === s.profileId),
      );
    },
  };
}
