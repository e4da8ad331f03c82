import { z } from 'zod';
import { AckDurability, type inboundCalls } from '../../../shared/contract/inbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { Area, CoreContext } from '../area';
import { DerivedIndexer } from './derived-index';
import { InboundEventRepo } from './event-repo';
import { ForeignRows } from './foreign-rows';
import { createInboundHandlers } from './handlers';
import { IngestConnection } from './ingest-connection';
import { IngestWriter } from './ingest-writer';
import { startListener, type RunningListener } from './listener';
import { describeListener } from './listener-info';
import { PollSourceRepo } from './poll-source-repo';
import { Poller } from './poller';
import { RawBodyIndexer } from './raw-index';
import { RejectedRepo } from './rejected-repo';
import { Retention } from './retention';
import { keychainSecrets, type SecretStore } from './secrets';
import type { InboundService } from './service';
import { Verification } from './verification';

/** The listener's port when neither the command line nor Settings say otherwise. */
export const DEFAULT_LISTENER_PORT = 4747;
export const DEFAULT_LISTENER_HOST = '127.0.0.1';

const Port = z.number().int().min(0).max(65535);
const DURABILITY_SETTING = 'inboundAckDurability';

export interface InboundArea extends Area<typeof inboundCalls, InboundService> {
  /** The write path (listener, poller), exposed for the CLI and benchmarks. */
  ingest: IngestWriter;
  listener(): RunningListener | null;
  /** Prunes old events and rejected requests in the background while started. */
  retention: Retention;
}

/** Why the listener could not take `host:port` (at start, or when moved in Settings). */
function listenProblem(error: unknown, host: string, port: number): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `Port ${port} on ${host} is already in use by another program`;
  if (code === 'EACCES') return `No permission to listen on ${host}:${port} (ports below 1024 need it)`;
  return `Could not listen on ${host}:${port} (${(error as Error).message})`;
}

// The inbound area: listener, ingest, polling and the feed's queries.
export function createInboundArea(ctx: CoreContext, secrets: SecretStore = keychainSecrets): InboundArea {
  const derived = new DerivedIndexer(ctx.db);
  const rawIndex = new RawBodyIndexer(ctx.db, ctx.log);
  const events = new InboundEventRepo(ctx.db, derived);
  const rejected = new RejectedRepo(ctx.db);
  const executor = new IngestConnection(ctx.db, DerivedIndexer.passOps, { nativeBinding: ctx.options.nativeBinding, log: ctx.log });
  const ingest = new IngestWriter(executor, events, rejected, ctx.events, ctx.log);
  const retention = new Retention({ db: ctx.db, executor, settings: ctx.settings, log: ctx.log, busy: () => ingest.pending });
  const foreign = new ForeignRows(ctx.db, ctx.events, () => ingest.pending);
  ingest.onStored((first, last) => foreign.stored(first, last));
  ctx.externalChanges.watch('inbound', 'SELECT COALESCE(MAX(seq), 0) FROM inbound_events', () => foreign.check());
  const verification = new Verification(ctx.settings, secrets);
  const poller = new Poller(new PollSourceRepo(ctx.db), ingest, secrets, ctx.events, ctx.log);
  const host = ctx.options.listenHost ?? DEFAULT_LISTENER_HOST;
  const configuredPort = (): number => {
    if (ctx.options.listenPort !== undefined) return ctx.options.listenPort;
    const stored = Port.safeParse(ctx.settings.get('listenerPort'));
    return stored.success ? stored.data : DEFAULT_LISTENER_PORT;
  };
  let listener: RunningListener | null = null;
  let listenerError: string | null = null;
  /** Between start() and stop(): only then does a port change move a live listener. */
  let running = false;
  const storedDurability = AckDurability.safeParse(ctx.settings.get(DURABILITY_SETTING));
  let durability: AckDurability = ctx.options.ackDurability ?? (storedDurability.success ? storedDurability.data : 'crash-safe');
  ingest.setPowerSafe(durability === 'power-safe');

  const listenerInfo = () =>
    describeListener(
      {
        running: listener !== null,
        url: listener?.url ?? null,
        host: listener?.host ?? host,
        port: listener?.port ?? configuredPort(),
        error: listenerError,
        durability,
      },
      verification,
    );

  return {
    ingest,
    retention,
    listener: () => listener,
    service: {
      findRelated: (keys) => events.findRelated(keys),
      receiptLinks: (keys) => events.receiptLinks(keys),
      rows: (ids) => events.rows(ids),
    },
    handlers: createInboundHandlers({
      events,
      rejected,
      poller,
      verification,
      secrets,
      retention,
      listenerInfo,
      setListenerPort: async (port) => {
        if (!running || listener?.port === port) {
          ctx.settings.set('listenerPort', port);
          return listenerInfo();
        }
        // The new port first: if it cannot be had, the listener stays where senders reach it now.
        let next: RunningListener;
        try {
          next = await startListener({ host, port, ingest, verification, log: ctx.log });
        } catch (error) {
          const advice = listener ? ` The listener stays on port ${listener.port}; pick another port.` : ' Pick another port.';
          throw new ContractError(ErrorCodes.unavailable, `${listenProblem(error, host, port)}.${advice}`, 'port');
        }
        const previous = listener;
        listener = next;
        listenerError = null;
        ctx.settings.set('listenerPort', port);
        ctx.status.setService('listener', { running: true, url: next.url, error: null });
        ctx.log.info('webhook listener moved', { url: next.url });
        await previous?.close();
        return listenerInfo();
      },
      setDurability: (chosen) => {
        ctx.settings.set(DURABILITY_SETTING, chosen);
        durability = chosen;
        ingest.setPowerSafe(chosen === 'power-safe');
        ctx.log.info('webhook acknowledgements changed', { durability: chosen });
        return listenerInfo();
      },
    }),
    async start() {
      // Rows stored just before a crash may not be searchable yet: index them now.
      derived.catchUp();
      const port = configuredPort();
      try {
        listener = await startListener({ host, port, ingest, verification, log: ctx.log });
        listenerError = null;
        ctx.status.setService('listener', { running: true, url: listener.url, error: null });
        ctx.log.info('webhook listener started', { url: listener.url });
      } catch (error) {
        listenerError = `${listenProblem(error, host, port)}. The webhook listener is off; pick another port in Settings.`;
        ctx.status.setService('listener', { running: false, url: null, error: listenerError });
        ctx.log.error('webhook listener failed to start', { host, port, error: (error as Error).message });
      }
      poller.start();
      retention.start();
      rawIndex.start();
      running = true;
    },
    async stop() {
      running = false;
      await retention.stop();
      rawIndex.stop();
      foreign.stop();
      poller.stop();
      await listener?.close();
      listener = null;
      await ingest.close();
      derived.catchUp();
      ctx.status.setService('listener', { running: false, url: null, error: null });
    },
  };
}
