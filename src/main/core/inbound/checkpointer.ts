import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Folds the WAL back into the database file on a thread and connection of its own. A checkpoint
// copies the WAL's pages and fsyncs the file (~20 ms here): run inside the ingest connection's
// thread it held up every commit behind it, and with it every webhook sender. PASSIVE never waits
// for readers or writers, so commits go on meanwhile. The WAL is rewritten from its start only by
// a commit that finds it fully copied, which under a steady flood a concurrent checkpoint almost
// never leaves behind; so each result goes back to the owner, which finishes the job itself once
// the WAL has grown past a bound (IngestConnection).

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
// NORMAL: the WAL is synced before a checkpoint copies it, the database file after.
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 1000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage(result);
  } catch (error) {
    // The next one copies what this one could not; the owner reports it.
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

/** A checkpoint's outcome, in WAL frames (pages): how many the WAL holds, how many are copied. */
export interface CheckpointResult {
  log: number;
  checkpointed: number;
}

export class Checkpointer {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Told each checkpoint's outcome, or null when the thread could not run one (it failed to start). */
  onResult: (result: CheckpointResult | null) => void = () => {};
  /** Told why a checkpoint failed on the thread (e.g. the database was locked). */
  onFailure: (error: string) => void = () => {};

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
    private readonly everyMs: number,
  ) {}

  /** After a commit: a checkpoint runs within everyMs (one for all commits until then). */
  due(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ensure().postMessage('checkpoint');
    }, this.everyMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage('close');
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(SOURCE, { eval: true, workerData: { driver, file: this.file, nativeBinding: this.nativeBinding } });
    worker.unref();
    worker.on('message', (message: CheckpointResult | { error: string }) => {
      if ('error' in message) this.onFailure(message.error);
      else this.onResult(message);
    });
    // A thread that cannot run (its connection failed to open) hands this checkpoint back to the
    // owner; the next due() tries a new thread.
    worker.on('error', () => {
      if (this.worker === worker) this.worker = null;
      this.onResult(null);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
