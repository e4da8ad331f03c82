import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../shared/contract/outbound';
import { api } from '../api';
import { errorMessage } from '../api-errors';
import './send-progress.css';

function formatEta(seconds: number | null): string {
  if (seconds === null) return 'estimating…';
  if (seconds < 60) return `${seconds}s left`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s left` : `${Math.floor(minutes / 60)}h ${minutes % 60}m left`;
}

const STATE_LABELS: Record<JobProgress['state'], string> = {
  running: 'Sending',
  offline: 'Offline: waiting for the network',
  done: 'Done',
  cancelled: 'Cancelled',
};

/**
 * A send job's live progress (accepted / not accepted by the API / remaining, rate, ETA) with
 * Cancel. Pass the job id and, if known, its first progress; it follows `outbound:progress` by
 * itself. It says nothing of delivery: a number the API accepted may still fail on its receipt.
 */
export function SendProgress(props: { jobId: string; initial?: JobProgress | null; onFinished?: (p: JobProgress) => void }) {
  const [progress, setProgress] = useState<JobProgress | null>(props.initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const { jobId, onFinished } = props;

  useEffect(() => {
    return api.on('outbound:progress', (p) => {
      if (p.jobId !== jobId) return;
      setProgress(p);
      if (p.state === 'done' || p.state === 'cancelled') onFinished?.(p);
    });
  }, [jobId, onFinished]);

  if (!progress) return null;
  const total = progress.sent + progress.failed + progress.remaining;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  const active = progress.state === 'running' || progress.state === 'offline';
  const cancel = async () => {
    try {
      setProgress(await api['outbound:cancel']({ jobId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className={`send-progress state-${progress.state}`} role="group" aria-label="Send progress">
      <div className="send-progress-head">
        <strong>{STATE_LABELS[progress.state]}</strong>
        <span className="send-progress-counts">
          {progress.sent.toLocaleString()} accepted by the API · {progress.failed.toLocaleString()} not accepted ·{' '}
          {progress.remaining.toLocaleString()} remaining
          {active && ` · ${progress.ratePerSecond}/s · ${formatEta(progress.etaSeconds)}`}
        </span>
        {active && (
          <button type="button" className="button danger" onClick={() => void cancel()}>
            Cancel
          </button>
        )}
      </div>
      <div
        className="send-progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={progress.sent + progress.failed}
        aria-label={`${progress.sent + progress.failed} of ${total} destinations done`}
      >
        <span className="sent" style={{ width: `${pct(progress.sent)}%` }} />
        <span className="failed" style={{ width: `${pct(progress.failed)}%` }} />
      </div>
      {error && <div className="field-error">{error}</div>}
    </div>
  );
}
