import { useState } from 'react';
import { errorMessage } from '../../api-errors';
import { replayEvent, type ReplayResult } from './feed-api';

/** Re-posts the stored body (and content type) to our listener or to any http(s) URL. */
export function ReplayForm(props: { id: string }) {
  const [target, setTarget] = useState<'listener' | 'url'>('listener');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReplayResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const replay = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await replayEvent(props.id, target === 'listener' ? 'listener' : url.trim()));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="ib-replay-form"
      onSubmit={(e) => {
        e.preventDefault();
        void replay();
      }}
    >
      <div className="ib-replay-targets" role="radiogroup" aria-label="Replay target">
        <label>
          <input type="radio" name="replay-target" checked={target === 'listener'} onChange={() => setTarget('listener')} />
          Our listener
        </label>
        <label>
          <input type="radio" name="replay-target" checked={target === 'url'} onChange={() => setTarget('url')} />
          Another URL
        </label>
        {target === 'url' && (
          <input
            type="url"
            aria-label="Replay URL"
            placeholder="https://example.com/webhook"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
          />
        )}
        <button type="submit" className="button" disabled={busy || (target === 'url' && !url.trim())}>
          {busy ? 'Replaying…' : '↻ Replay'}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p className={result.httpStatus < 300 ? 'ib-replay-result ok' : 'ib-replay-result bad'} role="status">
          {result.url} answered HTTP {result.httpStatus}
          {result.responseBody ? `: ${result.responseBody.slice(0, 200)}` : ''}
        </p>
      )}
    </form>
  );
}
