import type { AckDurability, ListenerInfo } from '../../../shared/contract/inbound';
import type { Verification } from './verification';

/** Where the listener's URLs go in each vendor's console, and what to know about reaching it. */
export function describeListener(
  state: { running: boolean; url: string | null; host: string; port: number | null; error: string | null; durability: AckDurability },
  verification: Verification,
): ListenerInfo {
  const base = state.url ?? `http://${state.host}:${state.port ?? '<port>'}`;
  const path = (source: 'imiconnect' | 'leadconnector') =>
    `${base}/webhooks/${source}${verification.modeOf(source) === 'token' ? '/<token>' : ''}`;
  const loopback = state.host === '127.0.0.1' || state.host === 'localhost' || state.host === '::1';
  return {
    running: state.running,
    durability: state.durability,
    url: state.url,
    host: state.host,
    port: state.port,
    error: state.error,
    endpoints: [
      {
        source: 'imiconnect',
        url: path('imiconnect'),
        where:
          'IMIconnect / Webex Connect: Services > your service > General Settings > Inbound Settings URL (replies), ' +
          'and the Notify URL there or notifyurl / notifyUrl in each send (delivery receipts)',
      },
      {
        source: 'leadconnector',
        url: path('leadconnector'),
        where: 'LeadConnector: your Marketplace app > Advanced Settings > Webhook URL, events InboundMessage and OutboundMessage',
      },
      { source: 'any', url: `${base}/webhooks`, where: 'Any sender: the payload kind is detected from the body' },
    ],
    notes: [
      loopback
        ? `The listener only accepts connections from this computer (${state.host}). For the vendor's cloud to reach it, ` +
          `run a tunnel (for example \`cloudflared tunnel --url ${base}\` or \`ngrok http ${state.port ?? '<port>'}\`) ` +
          "and paste the tunnel's https address followed by the path above."
        : `The listener accepts connections on ${state.host}; make sure your firewall only lets the vendor in.`,
      'No way in from outside? Add a poll source instead: Relaydesk fetches new payloads (JSON array or NDJSON) on a timer.',
      state.durability === 'power-safe'
        ? 'Every request is stored and synced to the disk before it is answered with 200 (power-safe); refused requests (bad JSON, wrong type, too large, failed signature) are listed under Rejected.'
        : 'Every request is stored before it is answered with 200 (a crash cannot lose it; it reaches the disk within 0.1 s); refused requests (bad JSON, wrong type, too large, failed signature) are listed under Rejected.',
    ],
  };
}
