import type { CoreContext } from '../area';
import { startSandbox } from '../sandbox/server';

/**
 * A one-shot CLI core runs no background services, so the built-in Sandbox profile would have no
 * sandbox to talk to. Starts one in this process for the duration of the command (receipts it
 * posts go to the request's notifyUrl while the command runs). Real profiles need nothing.
 */
export async function ensureSandboxForProfile(ctx: CoreContext, isSandbox: boolean, tps?: number): Promise<(() => Promise<void>) | undefined> {
  if (!isSandbox || ctx.status.get().sandbox.url) return undefined;
  // Enforces the profile's TPS like the real API would, so the CLI's pacing is exercised for real.
  const sandbox = await startSandbox(tps === undefined ? { port: 0 } : { port: 0, tps });
  ctx.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return async () => {
    ctx.status.setService('sandbox', { running: false, url: null, error: null });
    await sandbox.close();
  };
}
