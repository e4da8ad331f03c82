import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import { markDamaged, type Db } from './database';

// The full `PRAGMA integrity_check` after start, on a thread and read-only connection of its own:
// it reads every page (seconds at a million events), so on the main thread it would hold up the
// start, every call and every webhook. WAL lets it read while the app writes.

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  try {
    result = { ok: true, verdict: db.pragma('integrity_check', { simple: true }) };
  } catch (error) {
    result = { ok: true, verdict: String(error && error.message), code: error && error.code };
  } finally {
    db.close();
  }
} catch (error) {
  result = { ok: false, reason: String(error && error.message) };
}
parentPort.postMessage(result);
`;

/** 'ok', what the check found wrong, or `unchecked` when it could not run (the reason is in `detail`). */
export type BackgroundCheckResult = { verdict: 'ok' } | { verdict: 'damaged'; detail: string } | { verdict: 'unchecked'; detail: string };

export function checkInBackground(
  file: string,
  nativeBinding?: string,
  onWorker: (worker: Worker) => void = () => {},
): Promise<BackgroundCheckResult> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(SOURCE, { eval: true, workerData: { driver, file, nativeBinding } });
    worker.unref();
    onWorker(worker);
    worker.once('exit', () => resolve({ verdict: 'unchecked', detail: 'stopped' }));
    worker.once('message', (message: { ok: boolean; verdict?: unknown; code?: unknown; reason?: string }) => {
      if (!message.ok) return resolve({ verdict: 'unchecked', detail: message.reason ?? 'unknown' });
      if (message.verdict === 'ok') return resolve({ verdict: 'ok' });
      // Only damage is damage: a busy or unreadable file says nothing about its pages.
      const code = String(message.code ?? '');
      if (code !== '' && !/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return resolve({ verdict: 'unchecked', detail: String(message.verdict) });
      resolve({ verdict: 'damaged', detail: String(message.verdict) });
    });
    worker.once('error', (error) => resolve({ verdict: 'unchecked', detail: error.message }));
  });
}

/** How long after start the check waits, so it does not compete with the start itself. */
export const BACKGROUND_CHECK_DELAY_MS = 10_000;

/**
 * After a start that skipped the full check: check on a thread once the start is over. Damage is
 * logged and marked, so the next start checks in full and refuses the file with its message.
 */
export function scheduleBackgroundCheck(
  db: Db,
  log: Logger,
  nativeBinding?: string,
  delayMs = BACKGROUND_CHECK_DELAY_MS,
): { stop(): Promise<void>; done: Promise<BackgroundCheckResult | null> } {
  let timer: NodeJS.Timeout | null = null;
  let running: Worker | null = null;
  let stopped = false;
  const done = new Promise<BackgroundCheckResult | null>((resolve) => {
    timer = setTimeout(() => {
      timer = null;
      void checkInBackground(db.name, nativeBinding, (worker) => (running = worker)).then((result) => {
        running = null;
        if (stopped) return resolve(null);
        if (result.verdict === 'damaged') {
          markDamaged(db);
          log.error('the database is damaged', { file: db.name, detail: result.detail, next: 'the next start refuses it with what to do' });
        } else if (result.verdict === 'unchecked') {
          log.warn('the background database check could not run', { file: db.name, detail: result.detail });
        }
        resolve(result);
      });
    }, delayMs);
    timer.unref();
  });
  return {
    // Its connection must be gone before the app's closes, or the WAL outlives the shutdown.
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.terminate();
    },
    done,
  };
}
