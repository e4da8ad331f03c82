import type { AppInfo } from '../../shared/contract/app';
import type { AckDurability } from '../../shared/contract/inbound';
import type { Logger } from './logger';

export interface CoreOptions {
  dataDir: string;
  shell?: AppInfo['shell'];
  /** better_sqlite3.node for the running runtime (the Electron shell passes its own build). */
  nativeBinding?: string;
  logger?: Logger;
  /** Start background services (listener, sandbox, outbox worker). Off for one-shot CLI commands. */
  startServices?: boolean;
  /** Webhook listener address; port 0 picks a free one. Defaults come from Settings. */
  listenHost?: string;
  listenPort?: number;
  /** What a listener 200 waits for, overriding Settings for this run (`relaydesk listen --power-safe`). */
  ackDurability?: AckDurability;
  /** Port of the in-app sandbox; 0 (default) picks a free one. */
  sandboxPort?: number;
}
