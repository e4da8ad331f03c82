import type { Db } from './db/database';
import type { Logger } from './logger';

interface Watch {
  name: string;
  fingerprint: () => unknown;
  last: unknown;
  onChange: () => void;
}

/** How often an open console looks for writes by another process. */
const CHECK_EVERY_MS = 1500;

/**
 * Changes made by another process (the CLI next to an open console) reach the console here: the
 * core's own writes already push events, but another process's do not. `PRAGMA data_version`
 * moves only when another connection commits, so the usual check is one cheap pragma; when it
 * moves, each area's fingerprint query says whether that area changed, and its `onChange`
 * pushes the event its views already follow. (Webhook ingest commits on a connection of its own
 * too, so fingerprints must stay cheap: counts and maxima over keys.)
 */
export class ExternalChanges {
  private readonly watches: Watch[] = [];
  private version: unknown = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** `sql` returns one value that changes whenever the area's data does. */
  watch(name: string, sql: string, onChange: () => void): void {
    const statement = this.db.prepare(sql).pluck();
    const fingerprint = () => statement.get();
    this.watches.push({ name, fingerprint, last: fingerprint(), onChange });
  }

  start(intervalMs = CHECK_EVERY_MS): void {
    this.version = this.db.pragma('data_version', { simple: true });
    for (const w of this.watches) w.last = w.fingerprint();
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look (the timer calls it; tests may too). */
  check(): void {
    const version = this.db.pragma('data_version', { simple: true });
    if (version === this.version) return;
    this.version = version;
    for (const w of this.watches) {
      try {
        const now = w.fingerprint();
        if (now === w.last) continue;
        w.last = now;
        w.onChange();
      } catch (error) {
        this.log.error('could not check for changes by another process', { area: w.name, error: (error as Error).message });
      }
    }
  }
}
