import { appendFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';

/** What the sandbox did, for tests and the UI. Never holds a service key, JWT or secret. */
export type SandboxLogEntry =
  | {
      kind: 'request';
      at: string;
      method: string;
      path: string;
      /** Redacted: `key: (valid)` / `(invalid)`, `authorization: Bearer (valid JWT)` / `(invalid JWT)`. */
      headers: Record<string, string>;
      api: 'v1' | 'v2' | null;
      body: unknown;
      status: number;
      response: unknown;
    }
  | {
      kind: 'receipt';
      at: string;
      url: string;
      attempt: number;
      ok: boolean;
      status: number | null;
      error: string | null;
      payload: unknown;
    }
  | { kind: 'reply'; at: string; url: string; attempt: number; ok: boolean; status: number | null; error: string | null; payload: unknown }
  | { kind: 'note'; at: string; message: string };

export type SandboxLogInput = SandboxLogEntry extends infer E ? (E extends SandboxLogEntry ? Omit<E, 'at'> : never) : never;

/** Keeps the last entries in memory (and every entry as NDJSON in `file` when given). */
export class SandboxLog {
  private readonly items: SandboxLogEntry[] = [];
  private readonly emitter = new EventEmitter();
  /** The file refused the last write: said once in the log, until a write succeeds again. */
  private fileFailing = false;

  constructor(
    private readonly file?: string,
    private readonly capacity = 2000,
  ) {}

  add(entry: SandboxLogInput): SandboxLogEntry {
    const full = this.keep({ at: new Date().toISOString(), ...entry } as SandboxLogEntry);
    if (this.file) {
      try {
        appendFileSync(this.file, JSON.stringify(full) + '\n');
        this.fileFailing = false;
      } catch (error) {
        // A log file that cannot be written must not stop the sandbox answering; it is said once.
        if (!this.fileFailing) {
          this.fileFailing = true;
          const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          this.keep({
            kind: 'note',
            at: full.at,
            message: `cannot write the log file ${this.file} (${reason}); entries are kept in memory only`,
          });
        }
      }
    }
    return full;
  }

  private keep(entry: SandboxLogEntry): SandboxLogEntry {
    this.items.push(entry);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
    this.emitter.emit('entry', entry);
    return entry;
  }

  entries(): SandboxLogEntry[] {
    return [...this.items];
  }

  /** Calls `listener` for each new entry; returns the unsubscribe function. */
  onEntry(listener: (entry: SandboxLogEntry) => void): () => void {
    this.emitter.on('entry', listener);
    return () => this.emitter.off('entry', listener);
  }

  /** Resolves with the first entry (existing or future) that matches. */
  waitFor(match: (entry: SandboxLogEntry) => boolean, timeoutMs = 10_000): Promise<SandboxLogEntry> {
    const found = this.items.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`sandbox log: no matching entry within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onEntry((entry) => {
        if (!match(entry)) return;
        clearTimeout(timer);
        off();
        resolve(entry);
      });
    });
  }
}
