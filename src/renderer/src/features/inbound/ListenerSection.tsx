import { useEffect, useState, type FormEvent } from 'react';
import { DurabilityChoice } from './DurabilityChoice';
import { useListenerStore } from './listener-store';
import './inbound.css';

/** Settings → Webhook listener: its port (moved live) and when it answers 200. */
export function ListenerSection() {
  const { info, error, load, setPort, portError, movingPort } = useListenerStore();
  const [port, setPortText] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (info?.port != null) setPortText(String(info.port));
  }, [info?.port]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await setPort(Number(port));
  };
  const changed = info !== null && port !== String(info.port ?? '');

  return (
    <div className="ib-listener-settings">
      {error && <div className="error-banner">{error}</div>}
      <p>
        {info?.running ? (
          <>
            Webhooks are accepted on <code data-testid="settings-listener-url">{info.url}</code>. Point your vendor&apos;s inbound and
            notify URLs there (Inbound → Setup lists them).
          </>
        ) : (
          <span className="field-error">The listener is not running{info?.error ? `: ${info.error}` : ''}.</span>
        )}
      </p>
      <form className="ib-port-form" onSubmit={(e) => void submit(e)} aria-label="Listener port">
        <div className="field">
          <label htmlFor="listener-port">Port</label>
          <div className="ib-port-row">
            <input
              id="listener-port"
              type="number"
              min={1}
              max={65535}
              required
              value={port}
              onChange={(e) => setPortText(e.target.value)}
              aria-invalid={portError !== null}
            />
            <button type="submit" className="button primary" disabled={movingPort || !changed}>
              {movingPort ? 'Moving…' : 'Use this port'}
            </button>
          </div>
          <span className="field-hint">The listener moves at once and keeps this port next time. Senders must then use the new URL.</span>
          {portError && (
            <span className="field-error" role="alert">
              {portError}
            </span>
          )}
        </div>
      </form>
      <DurabilityChoice />
    </div>
  );
}
