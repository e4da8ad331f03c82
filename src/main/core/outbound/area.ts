import type { outboundCalls } from '../../../shared/contract/outbound';
import type { Area, CoreContext } from '../area';
import { OutboxService, type OutboundDeps, type OutboxOptions } from './service';
import { checkRequestStatus } from './status-check';

export type { OutboundDeps } from './service';

/**
 * The outbound area: validation and batching, the outbox and its worker, and History.
 * With background services on, the worker starts with the core and also finishes jobs left by
 * processes that died; in a one-shot core (CLI) it starts with the first send, for that send only.
 */
export function createOutboundArea(
  ctx: CoreContext,
  deps: OutboundDeps,
  options: OutboxOptions = {},
): Area<typeof outboundCalls, OutboxService> {
  const service = new OutboxService(ctx, deps, options);
  // `relaydesk send` next to an open console: its requests and attempts are new rows.
  ctx.externalChanges.watch(
    'outbound',
    `SELECT (SELECT COALESCE(MAX(rowid), 0) FROM outbound_requests) || ':' ||
       (SELECT COALESCE(MAX(rowid), 0) FROM outbound_attempts)`,
    () => ctx.events.emit('outbound:changed', {}),
  );
  return {
    service,
    start: async () => service.start(),
    stop: () => service.stop(),
    handlers: {
      'outbound:validate': (input) => service.validate(input),
      'outbound:send': (input) => service.send(input),
      'outbound:cancel': ({ jobId }) => service.cancel(jobId),
      'outbound:jobs': () => service.runningJobs(),
      'outbound:list': (query) => service.list(query),
      'outbound:sends': (query) => service.sends(query),
      'outbound:recipients': (query) => service.recipients(query),
      'outbound:exportRecipients': ({ jobId }) => service.exportRecipients(jobId),
      'outbound:get': ({ id }) => service.get(id),
      'outbound:resend': ({ id, sendId }) => service.resend(id, sendId),
      'outbound:settle': ({ id, as }) => service.settle(id, as),
      'outbound:checkStatus': ({ id }) => {
        const detail = service.get(id);
        return checkRequestStatus(detail, () => deps.profiles.target(detail.request.profileId));
      },
    },
  };
}
