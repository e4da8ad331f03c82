import type { sandboxCalls } from '../../../shared/contract/sandbox';
import {
  SANDBOX_DEFAULT_RECEIPT_DELAY_MS,
  SANDBOX_FAILING_SUFFIX,
  SANDBOX_RECEIPT_CODES,
  sandboxReceiptCode,
} from '../../../shared/api/sandbox-rules';
import type { Area, CoreContext } from '../area';
import { describeError } from '../logger';
import { startSandbox, type Sandbox } from './server';

const RULES = [
  `Destinations ending in ${SANDBOX_FAILING_SUFFIX} fail with a failure code of their channel (SMS ${SANDBOX_RECEIPT_CODES.failed}, RCS ${sandboxReceiptCode('failed', 'rcs')}, email ${sandboxReceiptCode('failed', 'email')}, WhatsApp ${sandboxReceiptCode('failed', 'whatsapp')}); others are submitted (${SANDBOX_RECEIPT_CODES.submitted}), then delivered (${SANDBOX_RECEIPT_CODES.delivered}); RCS is also read (${SANDBOX_RECEIPT_CODES.read}).`,
  "Receipts go to the request's notifyurl / notifyUrl, or to the local listener when it names none.",
  'Delivered SMS get a simulated reply, posted to the local listener.',
];

// The in-app sandbox: a local stand-in for the vendor's API, started with the app. It posts
// receipts and replies to the webhook listener (started before it), so a test send comes back.
export function createSandboxArea(ctx: CoreContext): Area<typeof sandboxCalls> {
  let sandbox: Sandbox | null = null;
  let unsubscribe: (() => void) | null = null;

  return {
    service: undefined,
    handlers: {
      'sandbox:log': ({ limit }) => {
        const entries = sandbox ? sandbox.log.entries() : [];
        return { running: sandbox !== null, url: sandbox?.url ?? null, rules: RULES, entries: entries.slice(-(limit ?? 200)) };
      },
    },
    async start() {
      const listenerUrl = ctx.status.get().listener.url;
      const webhooks = listenerUrl ? `${listenerUrl}/webhooks` : undefined;
      try {
        sandbox = await startSandbox({
          port: ctx.options.sandboxPort ?? 0,
          receiptDelayMs: SANDBOX_DEFAULT_RECEIPT_DELAY_MS,
          replies: webhooks ? { url: webhooks } : null,
          defaultNotifyUrl: webhooks,
        });
        unsubscribe = sandbox.log.onEntry((entry) => {
          try {
            ctx.events.emit('sandbox:entry', entry);
          } catch (error) {
            ctx.log.warn('sandbox: log entry not sent to the UI', describeError(error));
          }
        });
        ctx.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
        ctx.log.info('sandbox started', { url: sandbox.url });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const port = ctx.options.sandboxPort ?? 0;
        const message =
          code === 'EADDRINUSE'
            ? `The sandbox could not start: port ${port} is in use. Pick another sandbox port, or 0 for a free one.`
            : `The sandbox could not start: ${(error as Error).message}`;
        sandbox = null;
        ctx.status.setService('sandbox', { running: false, url: null, error: message });
        ctx.log.error('sandbox failed to start', { port, error: (error as Error).message });
      }
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await sandbox?.close();
      sandbox = null;
      ctx.status.setService('sandbox', { running: false, url: null, error: null });
    },
  };
}
