import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database';

// Executes batches of INSERTs in one transaction each and reports every statement's outcome.
// The webhook path runs them on a worker thread with its own connection: the fsync of a
// synchronous=FULL commit then blocks that thread, not the event loop, so the listener keeps
// reading and parsing requests while the previous batch reaches the disk (group commit with
// pipelining). Where a worker cannot run (an in-memory database) the same batches run in-thread.

export interface WriteOp {
  sql: string;
  params: unknown[];
  /** Run when the insert changed nothing (ON CONFLICT DO NOTHING): finds the row that won. */
  onConflict?: { sql: string; params: unknown[] };
}

export interface WriteResult {
  changes: number;
  lastInsertRowid: number | null;
  existing: Record<string, unknown> | null;
}

export interface BatchExecutor {
  /** Starts the writer ahead of the first batch, so the first webhook does not wait for it. */
  warm(): void;
  /**
   * Runs `ops` in one durable transaction and resolves with their outcomes once committed. Then,
   * without holding up that answer, runs `derived` (index upkeep) in a second transaction with
   * synchronous=NORMAL: losing it to a power cut costs nothing that cannot be recomputed.
   */
  execute(ops: WriteOp[], derived?: WriteOp[]): Promise<WriteResult[]>;
  close(): Promise<void>;
}

type Statement = { run(...p: unknown[]): { changes: number; lastInsertRowid: number | bigint }; get(...p: unknown[]): unknown };

/** The transaction body of the in-thread executor (WORKER_SOURCE has the same in plain JS). */
function runBatch(prepare: (sql: string) => Statement, ops: WriteOp[]): WriteResult[] {
  const results: WriteResult[] = [];
  for (const op of ops) {
    const r = prepare(op.sql).run(...op.params);
    if (r.changes === 0 && op.onConflict) {
      const row = prepare(op.onConflict.sql).get(...op.onConflict.params) as Record<string, unknown> | undefined;
      results.push({ changes: 0, lastInsertRowid: null, existing: row ?? null });
    } else {
      results.push({ changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid), existing: null });
    }
  }
  return results;
}

/**
 * Derived work (the FTS and lookup-key pass) waits this long after a commit and then covers every
 * batch since: FTS5 pays per transaction (a new segment, then merges), so indexing a burst once is
 * far cheaper than indexing each small batch. Commits wait while it runs, so it is kept short:
 * at 10k events/s a 300 ms delay made ~30 ms passes that showed in the listener's p99.
 */
const DERIVED_DELAY_MS = 100;
/**
 * How often the writer folds the WAL back into the database file (PASSIVE: never waits on
 * readers). Often enough that each checkpoint is short (it holds up commits) and the WAL is
 * rewritten in place instead of growing: appending to a growing file makes each fsync also
 * flush file-size metadata (measured: 1.07 ms per commit growing, 0.70 ms reused).
 */
const CHECKPOINT_EVERY_MS = 500;

const WORKER_SOURCE = `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
// Checkpoints (copying the WAL into the database, with an fsync) run in the idle pass below, not
// inside a commit that a webhook sender is waiting on.
db.pragma('wal_autocheckpoint = 0');
const statements = new Map();
const prepare = (sql) => {
  let s = statements.get(sql);
  if (!s) { s = db.prepare(sql); statements.set(sql, s); }
  return s;
};
// Same as runBatch in durable-writer.ts, as plain JS (the worker is evaluated from this text).
const runBatch = (prepare, packed) => {
  const results = [];
  const sqls = packed.sqls;
  for (const op of packed.ops) {
    const r = prepare(sqls[op.s]).run(...op.p);
    if (r.changes === 0 && op.c) {
      const row = prepare(sqls[op.c.s]).get(...op.c.p);
      results.push({ changes: 0, lastInsertRowid: null, existing: row === undefined ? null : row });
    } else {
      results.push({ changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid), existing: null });
    }
  }
  return results;
};
function closeDb() {
  if (derivedTimer) { clearTimeout(derivedTimer); derivedTimer = null; }
  db.close(); parentPort.postMessage({ type: 'closed' });
}
parentPort.on('message', (first) => {
  if (first.type === 'close') return closeDb();
  // Group commit: every batch already waiting joins this transaction (one fsync for all).
  const batches = [first];
  let closing = false;
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) {
    if (next.message.type === 'close') { closing = true; break; }
    batches.push(next.message);
  }
  let derived = null;
  try {
    const results = [];
    db.transaction(() => { for (const b of batches) results.push(runBatch(prepare, b)); })();
    batches.forEach((b, i) => parentPort.postMessage({ type: 'done', id: b.id, results: results[i] }));
    derived = batches.map((b) => b.derived).find((d) => d && d.ops.length) || null;
  } catch (error) {
    for (const b of batches) parentPort.postMessage({ type: 'failed', id: b.id, message: String(error && error.message || error) });
  }
  if (closing) return closeDb();
  if (derived && !derivedTimer) {
    derivedTimer = setTimeout(() => { derivedTimer = null; runDerived(derived); }, ${DERIVED_DELAY_MS});
  }
});
let derivedTimer = null;
function runDerived(ops) {
  db.pragma('synchronous = NORMAL');
  try { db.transaction(() => runBatch(prepare, ops))(); } catch { /* redone by the next pass */ }
  finally { db.pragma('synchronous = FULL'); }
  if (Date.now() - lastCheckpoint > ${CHECKPOINT_EVERY_MS}) {
    lastCheckpoint = Date.now();
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* retried next pass; readers may hold it */ }
  }
}
let lastCheckpoint = Date.now();
`;

class InThreadExecutor implements BatchExecutor {
  private readonly statements = new Map<string, Statement>();
  private derivedTimer: NodeJS.Timeout | null = null;
  constructor(private readonly db: Db) {}
  execute(ops: WriteOp[], derived?: WriteOp[]): Promise<WriteResult[]> {
    const prepare = (sql: string): Statement => {
      let s = this.statements.get(sql);
      if (!s) {
        s = this.db.prepare(sql) as unknown as Statement;
        this.statements.set(sql, s);
      }
      return s;
    };
    try {
      let results: WriteResult[] = [];
      this.db.transaction(() => {
        results = runBatch(prepare, ops);
      })();
      if (derived?.length && !this.derivedTimer) {
        this.derivedTimer = setTimeout(() => {
          this.derivedTimer = null;
          this.runDerived(prepare, derived);
        }, DERIVED_DELAY_MS);
        this.derivedTimer.unref();
      }
      return Promise.resolve(results);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  warm(): void {}

  close(): Promise<void> {
    if (this.derivedTimer) clearTimeout(this.derivedTimer);
    this.derivedTimer = null;
    return Promise.resolve();
  }

  private runDerived(prepare: (sql: string) => Statement, ops: WriteOp[]): void {
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(() => runBatch(prepare, ops))();
    } catch {
      // Redone by the next pass.
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }
}

/** Sends each distinct SQL text once per message instead of once per row. */
function packOps(ops: WriteOp[]): { sqls: string[]; ops: unknown[] } {
  const sqls: string[] = [];
  const index = new Map<string, number>();
  const sqlIndex = (sql: string): number => {
    let i = index.get(sql);
    if (i === undefined) {
      i = sqls.push(sql) - 1;
      index.set(sql, i);
    }
    return i;
  };
  return {
    sqls,
    ops: ops.map((op) => ({
      s: sqlIndex(op.sql),
      p: op.params,
      c: op.onConflict ? { s: sqlIndex(op.onConflict.sql), p: op.onConflict.params } : undefined,
    })),
  };
}

type Pending = { resolve: (r: WriteResult[]) => void; reject: (e: Error) => void };

class WorkerExecutor implements BatchExecutor {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private broken: Error | null = null;

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
  ) {}

  execute(ops: WriteOp[], derived?: WriteOp[]): Promise<WriteResult[]> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'batch', id, ...packOps(ops), derived: derived ? packOps(derived) : null });
    });
  }

  warm(): void {
    if (!this.broken) this.ensure();
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
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: this.file, nativeBinding: this.nativeBinding } });
    worker.unref();
    worker.on('message', (msg: { type: string; id: number; results?: WriteResult[]; message?: string }) => {
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

/** A worker-thread executor for a database file; in-thread for an in-memory one. */
export function createBatchExecutor(db: Db, nativeBinding?: string): BatchExecutor {
  if (db.memory || db.name === '' || db.name === ':memory:') return new InThreadExecutor(db);
  return new WorkerExecutor(db.name, nativeBinding);
}

export { InThreadExecutor };
