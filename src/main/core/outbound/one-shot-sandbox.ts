import type { CoreContext } from '../area';
import { DEFAULT_LISTENER_PORT } from '../inbound/area';
import { startSandbox } from '../sandbox/server';

/** How long a probe of the console's listener may take before we call it absent. */
const PROBE_MS = 1500;

/**
 * The webhook URL of a Relaydesk listener that answers on this machine at the port in settings
 * (the console's, or `relaydesk listen`), or null when none does. A one-shot sandbox posts its
 * receipts and replies there, so they reach the database like the real vendor's would.
 */
export async function findRunningListener(ctx: CoreContext): Promise<string | null> {
  const stored = ctx.settings.get('listenerPort');
  const port = typeof stored === 'number' && Number.isInteger(stored) && stored > 0 && stored < 65536 ? stored : DEFAULT_LISTENER_PORT;
  const url = `http://127.0.0.1:${port}/webhooks`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_MS) });
    const body = (await response.json()) as { service?: unknown };
    return response.ok && body.service === 'Relaydesk webhook listener' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A one-shot CLI core runs no background services, so the built-in Sandbox profile would have no
 * sandbox to talk to. Starts one in this process for the duration of the command. Its receipts
 * and replies go to the request's notifyUrl, else to `webhooks` (a running listener) when given;
 * the caller keeps it open (its pending receipts with it) until it has waited for them.
 * Real profiles need nothing.
 */
export async function ensureSandboxForProfile(
  ctx: CoreContext,
  isSandbox: boolean,
  tps?: number,
  webhooks?: string,
): Promise<(() => Promise<void>) | undefined> {
  if (!isSandbox || ctx.status.get().sandbox.url) return undefined;
  // Enforces the profile's TPS like the real API would, so the CLI's pacing is exercised for real.
  const sandbox = await startSandbox({
    port: 0,
    ...(tps === undefined ? {} : { tps }),
    ...(webhooks === undefined ? {} : { defaultNotifyUrl: webhooks, replies: { url: webhooks } }),
  });
  ctx.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return async () => {
    ctx.status.setService('sandbox', { running: false, url: null, error: null });
    await sandbox.close();
  };
}
