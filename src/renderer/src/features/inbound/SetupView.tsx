import { useEffect } from 'react';
import { CopyButton } from './CopyButton';
import { DurabilityChoice } from './DurabilityChoice';
import { useListenerStore } from './listener-store';
import { PollSourcesPanel } from './PollSourcesPanel';
import { VerificationPanel } from './VerificationPanel';

/** Where to paste the listener's URLs in the vendor consoles, and what to do when they cannot reach it. */
export function SetupView() {
  const { info, error, load } = useListenerStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="ib-setup-view">
      {error && <div className="error-banner">{error}</div>}
      <section className="card">
        <h2>Listener</h2>
        {info?.running ? (
          <p>
            Relaydesk accepts webhooks on <code data-testid="listener-base">{info.url}</code> (this computer only).
          </p>
        ) : (
          <p className="field-error">The listener is not running{info?.error ? `: ${info.error}` : ''}. Check the port in Settings.</p>
        )}
        {info && info.endpoints.length > 0 && (
          <table className="ib-endpoint-table">
            <thead>
              <tr>
                <th>For</th>
                <th>URL</th>
                <th>Where to paste it</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {info.endpoints.map((endpoint) => (
                <tr key={endpoint.source}>
                  <td>
                    {endpoint.source === 'any'
                      ? 'Any sender'
                      : endpoint.source === 'imiconnect'
                        ? 'Webex Connect / IMIconnect'
                        : 'LeadConnector'}
                  </td>
                  <td className="mono">{endpoint.url}</td>
                  <td>{endpoint.where}</td>
                  <td>
                    <CopyButton text={endpoint.url} label="Copy" className="button ib-small" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <DurabilityChoice />
      </section>
      <VerificationPanel />
      <section className="card">
        <h2>Webex Connect / IMIconnect</h2>
        <ol>
          <li>
            <strong>Inbound URL</strong> (replies, MO messages): in the Webex Connect console open <em>Services</em>, pick your service,
            then <em>General Settings → Inbound Settings URL</em>, and paste the Webex Connect URL above.
          </li>
          <li>
            <strong>Notify URL</strong> (delivery receipts): paste the same URL as the service's <em>Notify URL</em>, or send it per message
            as <code>notifyurl</code> (API v1) / the receipt callback (API v2). A URL in the request wins over the service's.
          </li>
          <li>Save, then send a message: its receipt and any reply show up in the feed within a second.</li>
        </ol>
      </section>
      <section className="card">
        <h2>When the vendor cannot reach this computer</h2>
        {info && info.notes.length === 0 && (
          <p>
            The listener only answers on 127.0.0.1, so a cloud service cannot call it directly. Open a tunnel that forwards a public HTTPS
            URL to the listener's port (for example <code>cloudflared tunnel --url {info?.url ?? 'http://127.0.0.1:PORT'}</code> or{' '}
            <code>ngrok http {info?.port ?? 'PORT'}</code>) and paste the tunnel's URL, keeping the path (<code>/webhooks/…</code>). Or add
            a poll source below so Relaydesk fetches events itself.
          </p>
        )}
        {info?.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </section>
      <PollSourcesPanel />
      <section className="card">
        <h2>Try it without an account</h2>
        <p>Send a test message through the sandbox (Compose → Sandbox profile): its delivery receipt and a simulated reply arrive here.</p>
      </section>
    </div>
  );
}
