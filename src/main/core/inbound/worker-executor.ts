import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { BatchExecutor, DerivedPass, WriteOp, WriteResult, WriterTiming } from './durable-writer';
import { writerThreadSource } from './writer-thread';

// The BatchExecutor for a database file: batches go to a worker thread with its own connection
// (writer-thread.ts), so the listener keeps reading and parsing requests while the previous batch
// is committed, and the WAL's fdatasync never blocks the event loop.

/**
 * A batch as it crosses to the writer thread: each distinct SQL text once per message (with the
 * conflict lookups' param positions) instead of once per row.
 */
function packOps(ops: WriteOp[]): { sqls: string[]; keys: (readonly number[] | null)[]; ops: unknown[] } {
  const sqls: string[] = [];
  const keys: (readonly number[] | null)[] = [];
  const index = new Map<string, number>();
  const sqlIndex = (sql: string, paramIndexes: readonly number[] | null = null): number => {
    let i = index.get(sql);
    if (i === undefined) {
      i = sqls.push(sql) - 1;
      keys.push(paramIndexes);
      index.set(sql, i);
    }
    return i;
  };
  return {
    sqls,
    keys,
    ops: ops.map((op) => ({ s: sqlIndex(op.sql), p: op.params, c: op.onConflict ? sqlIndex(op.onConflict.sql, op.onConflict.paramIndexes) : -1 })),
  };
}

type Pending = { resolve: (r: WriteResult[]) => void; reject: (e: Error) => void };

export class WorkerExecutor implements BatchExecutor {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private broken: Error | null = null;
  /** The writer's commit count as of the last answered batch, and how many of them are synced. */
  private committed = 0;
  private synced = 0;
  private powerSafe = false;
  private readonly syncWaiters = new Set<{ commit: number; done: (ok: boolean) => void }>();

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
    private readonly derived: DerivedPass,
    private readonly timing: WriterTiming,
  ) {}

  execute(ops: WriteOp[], newRows: number): Promise<WriteResult[]> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'batch', id, newRows, ...packOps(ops) });
    });
  }

  warm(): void {
    if (!this.broken) this.ensure();
  }

  setPowerSafe(on: boolean): void {
    this.powerSafe = on;
    // A writer not started yet takes it from workerData.
    this.worker?.postMessage({ type: 'durability', powerSafe: on });
  }

  onDisk(timeoutMs: number): Promise<boolean> {
    if (this.synced >= this.committed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        commit: this.committed,
        done: (ok: boolean) => {
          clearTimeout(timer);
          this.syncWaiters.delete(waiter);
          resolve(ok);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.syncWaiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.on('message', (msg: { type: string }) => {
        if (msg.type === 'closed') void worker.terminate();
      });
      worker.postMessage({ type: 'close' });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const workerData = {
      driver,
      file: this.file,
      nativeBinding: this.nativeBinding,
      derived: packOps(this.derived(this.timing.derivedStepRows)),
      powerSafe: this.powerSafe,
    };
    const worker = new Worker(writerThreadSource(this.timing), { eval: true, workerData });
    worker.unref();
    worker.on('message', (msg: { type: string; id: number; results?: WriteResult[]; message?: string; commit?: number; commits?: number }) => {
      if (msg.type === 'synced') {
        this.synced = Math.max(this.synced, msg.commits!);
        for (const waiter of this.syncWaiters) if (waiter.commit <= this.synced) waiter.done(true);
        return;
      }
      if (msg.commit !== undefined) this.committed = Math.max(this.committed, msg.commit);
      const pending = this.pending.get(msg.id);
      if (!pending) return;
      this.pending.delete(msg.id);
      if (msg.type === 'done') pending.resolve(msg.results!);
      else pending.reject(new Error(msg.message ?? 'write failed'));
    });
    const fail = (error: Error): void => {
      this.broken = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) fail(new Error(`the database writer stopped (exit ${code})`));
    });
    this.worker = worker;
    return worker;
  }
}
