import { useEffect, useState } from 'react';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../../../shared/sandbox';
import type { SandboxLogEntry } from '../../../../shared/contract/sandbox';
import { useStatusStore } from '../shell/status-store';
import { describeEntry } from './describe-entry';
import { useSandboxStore } from './sandbox-store';
import './sandbox.css';

function time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString();
}

function EntryRow({ entry }: { entry: SandboxLogEntry }) {
  const line = describeEntry(entry);
  const shown =
    entry.kind === 'request'
      ? { headers: entry.headers, body: entry.body, response: entry.response }
      : entry.kind === 'note'
        ? undefined
        : { url: entry.url, attempt: entry.attempt, payload: entry.payload };
  return (
    <li className={`sandbox-entry tone-${line.tone}`}>
      <details>
        <summary>
          <span className="sandbox-entry-icon" aria-hidden="true">
            {line.icon}
          </span>
          <span className="sandbox-entry-time">{time(entry.at)}</span>
          <span className="sandbox-entry-title">{line.title}</span>
          {line.detail && <span className="sandbox-entry-detail">{line.detail}</span>}
        </summary>
        {shown && <pre className="sandbox-json">{JSON.stringify(shown, null, 2)}</pre>}
      </details>
    </li>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  );
}

/** Settings → Sandbox: where the built-in sandbox runs, how it behaves, and what it just did. */
export function SandboxSection() {
  const { loaded, url, rules, entries, error, load } = useSandboxStore();
  const serviceState = useStatusStore((state) => state.status?.sandbox);
  useEffect(() => {
    void load();
  }, [load]);

  const running = serviceState?.running ?? Boolean(url);
  const address = serviceState?.url ?? url;
  const curl = address
    ? `curl -s -X POST ${address}/v2/messages -H 'key: ${SANDBOX_SERVICE_KEY}' -H 'content-type: application/json' ` +
      `-d '{"channel":"sms","from":"DEMO","to":[{"msisdn":["447700900001"]}],"content":{"type":"text","text":"Hello"}}'`
    : '';

  return (
    <div className="sandbox-section">
      {serviceState?.error && <div className="error-banner">{serviceState.error}</div>}
      {error && <div className="error-banner">{error}</div>}
      <p className="sandbox-status">
        <span className={`sandbox-dot ${running ? 'on' : 'off'}`} aria-hidden="true" />
        {running && address ? (
          <span>
            Running on <code>{address}</code>: v1 at <code>/resources/v1/messaging</code>, v2 at <code>/v2/messages</code>
          </span>
        ) : (
          <span>Not running. It starts with the app; restart Relaydesk to try again.</span>
        )}
      </p>

      <ul className="sandbox-rules">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>

      <div className="sandbox-credentials" aria-label="Sandbox credentials">
        <span>Service ID</span>
        <code>{SANDBOX_SERVICE_ID}</code>
        <span>Service key</span>
        <code>{SANDBOX_SERVICE_KEY}</code>
        <span>JWT secret</span>
        <code>{SANDBOX_JWT_SECRET}</code>
      </div>
      <p className="field-hint">These well-known credentials unlock only this local sandbox; they are not secrets.</p>
      {curl && (
        <div className="sandbox-try">
          <CopyButton text={curl} label="Copy a curl command" />
          <button type="button" className="button" onClick={() => void load()}>
            Refresh
          </button>
        </div>
      )}

      <h3 className="sandbox-heading">Activity</h3>
      {loaded && entries.filter((entry) => entry.kind !== 'note').length === 0 ? (
        <p className="sandbox-empty">
          Nothing yet. Send a test message with the Sandbox profile and its requests, delivery receipts and replies show up here as they
          happen.
        </p>
      ) : (
        <ul className="sandbox-log" aria-label="Sandbox activity">
          {entries
            .filter((entry) => entry.kind !== 'note')
            .map((entry, index) => (
              <EntryRow key={`${entry.at}-${index}-${entry.kind}`} entry={entry} />
            ))}
        </ul>
      )}
    </div>
  );
}
