import type { Handlers } from '../../shared/contract';
import { createAppArea } from './app/area';
import { StatusBoard } from './app/status-board';
import type { CoreContext } from './area';
import { createComposeArea } from './compose/area';
import { scheduleBackgroundCheck } from './db/background-check';
import { closeDatabase, openDatabase } from './db/database';
import { SettingsRepo } from './db/settings-repo';
import { createDispatch, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { ExternalChanges } from './external-changes';
import { createInboundArea } from './inbound/area';
import { createFileLogger, describeError } from './logger';
import { createOutboundArea } from './outbound/area';
import type { CoreOptions } from './options';
import { createProfilesArea } from './profiles/area';
import { createRcsArea } from './rcs/area';
import { createSandboxArea } from './sandbox/area';

export type { CoreOptions } from './options';

export interface Core {
  handlers: Handlers;
  dispatch: Dispatch;
  events: EventBus;
  context: CoreContext;
  close(): Promise<void>;
}

/** The composition root: one data directory in, the whole engine out. Never imports electron. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const log = options.logger ?? createFileLogger(options.dataDir);
  let fullyChecked = false;
  const db = openDatabase({
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    onFullCheck: (reason) => {
      fullyChecked = true;
      log.info('checking the whole database before start', { reason });
    },
  });
  let backgroundCheck: { stop(): Promise<void> } | null = null;
  const events = new EventBus();
  const ctx: CoreContext = {
    dataDir: options.dataDir,
    db,
    events,
    settings: new SettingsRepo(db),
    status: new StatusBoard(events),
    log,
    options,
    externalChanges: new ExternalChanges(db, log),
  };

  const app = createAppArea(ctx, options.shell ?? 'browser');
  // Built in dependency order: each area gets the services of the ones it needs.
  const profiles = createProfilesArea(ctx);
  const inbound = createInboundArea(ctx);
  const sandbox = createSandboxArea(ctx);
  const outbound = createOutboundArea(ctx, { profiles: profiles.service, inbound: inbound.service });
  const compose = createComposeArea(ctx);
  const rcs = createRcsArea(ctx);
  // Started in this order (listener before the sandbox that posts to it), stopped in reverse.
  const areas = [app, profiles, inbound, sandbox, outbound, compose, rcs];

  const handlers = {
    ...app.handlers,
    ...profiles.handlers,
    ...outbound.handlers,
    ...inbound.handlers,
    ...compose.handlers,
    ...rcs.handlers,
    ...sandbox.handlers,
  } satisfies Handlers;

  const started: typeof areas = [];
  const close = async (): Promise<void> => {
    ctx.externalChanges.stop();
    await backgroundCheck?.stop();
    for (const area of started.reverse()) {
      try {
        await area.stop?.();
      } catch (error) {
        log.error('stopping an area failed', describeError(error));
      }
    }
    closeDatabase(db);
  };

  if (options.startServices !== false) {
    try {
      for (const area of areas) {
        await area.start?.();
        started.push(area);
      }
      ctx.externalChanges.start();
      // A start that a clean shutdown vouched for skipped the full check: it runs now, off the main thread.
      if (!fullyChecked) backgroundCheck = scheduleBackgroundCheck(db, log, options.nativeBinding);
    } catch (error) {
      await close();
      throw error;
    }
  }

  const dispatch = createDispatch(handlers, (error) => log.error('call failed', describeError(error)));
  return { handlers, dispatch, events, context: ctx, close };
}
