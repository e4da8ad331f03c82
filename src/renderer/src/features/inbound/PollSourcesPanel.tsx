import { useEffect, useState, type FormEvent } from 'react';
import type { PollSource } from '../../../../shared/contract/inbound';
import { POLL_INTERVAL_MAX_SECONDS, POLL_INTERVAL_MIN_SECONDS } from '../../../../shared/limits/inbound';
import { formatRowTime, type Tone } from './feed-format';
import { usePollStore, type NewPollSource } from './poll-store';

const emptyForm: NewPollSource = { name: '', url: '', intervalSeconds: 60, authHeaderName: '', authHeaderValue: '', cursorParam: '' };

const stateTone: Record<PollSource['state']['status'], Tone> = {
  idle: 'muted',
  polling: 'info',
  ok: 'ok',
  backoff: 'danger',
  disabled: 'muted',
};

function FieldError({ errors, name }: { errors: Record<string, string>; name: string }) {
  const message = errors[name];
  return message ? (
    <span className="field-error" role="alert">
      {message}
    </span>
  ) : null;
}

function SourceRow({ source }: { source: PollSource }) {
  const { pollNow, setEnabled, remove } = usePollStore();
  const [confirming, setConfirming] = useState(false);
  const s = source.state;
  return (
    <tr data-testid="poll-source">
      <td>
        <strong>{source.name}</strong>
        <div className="mono ib-muted ib-small">{source.url}</div>
      </td>
      <td>every {source.intervalSeconds}s</td>
      <td>
        <span className={`ib-chip ib-tone-${stateTone[s.status]}`}>{s.status}</span>
        {s.lastError && <div className="field-error">{s.lastError}</div>}
      </td>
      <td className="ib-small">
        {s.lastSuccessAt ? `ok at ${formatRowTime(s.lastSuccessAt)}` : 'never polled'}
        {s.nextPollAt && source.enabled ? ` · next ${formatRowTime(s.nextPollAt)}` : ''}
        <div>{s.eventsStored.toLocaleString()} stored</div>
      </td>
      <td className="ib-poll-actions">
        <button
          type="button"
          className="button ib-small"
          onClick={() => void pollNow(source.id)}
          disabled={!source.enabled || s.status === 'polling'}
        >
          Poll now
        </button>
        <button type="button" className="button ib-small" onClick={() => void setEnabled(source.id, !source.enabled)}>
          {source.enabled ? 'Disable' : 'Enable'}
        </button>
        {confirming ? (
          <button
            type="button"
            className="button ib-small danger"
            onClick={() => void remove(source.id)}
            onBlur={() => setConfirming(false)}
          >
            Really remove?
          </button>
        ) : (
          <button type="button" className="button ib-small" onClick={() => setConfirming(true)}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

/** Sources Relaydesk polls when no webhook can reach this computer: list, add, pause, poll now. */
export function PollSourcesPanel() {
  const { sources, error, formErrors, busy, load, add } = usePollStore();
  const [form, setForm] = useState<NewPollSource>(emptyForm);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add(form)) setForm(emptyForm);
  };
  const field = (name: keyof NewPollSource) => ({
    value: String(form[name]),
    onChange: (e: { target: { value: string } }) =>
      setForm({ ...form, [name]: name === 'intervalSeconds' ? Number(e.target.value) : e.target.value }),
  });

  return (
    <section className="card" aria-labelledby="poll-heading">
      <h2 id="poll-heading">Poll sources</h2>
      <p className="ib-muted">
        When no tunnel is possible, Relaydesk can fetch events from a URL that returns a JSON array or NDJSON of webhook payloads; they go
        through the same checks and land in the feed like webhooks. Auth values are kept in the OS keychain.
      </p>
      {error && <div className="error-banner">{error}</div>}
      {sources.length > 0 && (
        <table className="ib-poll-table">
          <tbody>
            {sources.map((source) => (
              <SourceRow key={source.id} source={source} />
            ))}
          </tbody>
        </table>
      )}
      <form className="ib-poll-form" onSubmit={(e) => void submit(e)} aria-label="Add a poll source">
        <div className="field">
          <label htmlFor="poll-name">Name</label>
          <input id="poll-name" required {...field('name')} />
          <FieldError errors={formErrors} name="name" />
        </div>
        <div className="field ib-wide">
          <label htmlFor="poll-url">URL</label>
          <input id="poll-url" type="url" required placeholder="https://example.com/events" {...field('url')} />
          <FieldError errors={formErrors} name="url" />
        </div>
        <div className="field">
          <label htmlFor="poll-interval">Every (seconds)</label>
          <input id="poll-interval" type="number" required {...field('intervalSeconds')} />
          <span className="field-hint">
            {POLL_INTERVAL_MIN_SECONDS} to {POLL_INTERVAL_MAX_SECONDS.toLocaleString()} seconds
          </span>
          <FieldError errors={formErrors} name="intervalSeconds" />
        </div>
        <div className="field">
          <label htmlFor="poll-auth-name">Auth header (optional)</label>
          <input id="poll-auth-name" placeholder="Authorization" {...field('authHeaderName')} />
          <FieldError errors={formErrors} name="authHeaderName" />
        </div>
        <div className="field">
          <label htmlFor="poll-auth-value">Auth value</label>
          <input id="poll-auth-value" type="password" autoComplete="off" {...field('authHeaderValue')} />
          <FieldError errors={formErrors} name="authHeaderValue" />
        </div>
        <div className="field">
          <label htmlFor="poll-cursor">Cursor parameter (optional)</label>
          <input id="poll-cursor" placeholder="since" {...field('cursorParam')} />
          <FieldError errors={formErrors} name="cursorParam" />
        </div>
        <div className="ib-poll-submit">
          <FieldError errors={formErrors} name="" />
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add poll source'}
          </button>
        </div>
      </form>
    </section>
  );
}
