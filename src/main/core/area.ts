import type { CallName, Handlers } from '../../shared/contract';
import type { Db } from './db/database';
import type { SettingsRepo } from './db/settings-repo';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';
import type { CoreOptions } from './options';
import type { StatusBoard } from './app/status-board';
import type { ExternalChanges } from './external-changes';

/** What every area of the core is built from. */
export interface CoreContext {
  dataDir: string;
  db: Db;
  events: EventBus;
  settings: SettingsRepo;
  status: StatusBoard;
  log: Logger;
  options: CoreOptions;
  /** Where an area asks to hear of writes to its tables by another process (see external-changes.ts). */
  externalChanges: ExternalChanges;
}

/** The handlers one area implements: exactly the calls its contract fragment declares. */
export type AreaHandlers<Fragment> = { [K in keyof Fragment & CallName]: Handlers[K] };

/** An area: its handlers, plus optional background work started and stopped with the core. */
export interface Area<Fragment, Service = unknown> {
  handlers: AreaHandlers<Fragment>;
  /** What other areas may use (e.g. profiles' credential lookup for outbound). */
  service: Service;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
