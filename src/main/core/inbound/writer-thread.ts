// The source of the durable writer's worker thread (evaluated as plain CommonJS, so it needs no
// bundling of its own). It owns one connection to the database file and runs three things:
//
// - Group commits: every batch waiting for it joins one transaction. synchronous=NORMAL: a
//   commit is a write() into the WAL, so it survives the app crashing or being killed the moment
//   it returns (tests/unit/inbound-crash.test.ts), and costs no fsync of its own.
// - The WAL sync: at most SYNC_WINDOW_MS after a commit, one fdatasync of the WAL (on libuv's
//   pool, so commits go on meanwhile) puts every commit so far on the disk. That bounds what a
//   power cut can take to the last fraction of a second, for a fraction of the cost: an fsync per
//   commit (synchronous=FULL) took ~25 % of ingest throughput and added its latency to every ack.
//   A user who needs every 200 on the disk picks power-safe (Settings): commits then run FULL.
// - Upkeep after commits: the derived-index pass and the checkpoint (see durable-writer.ts).

export interface WriterThreadTiming {
  /** Longest time from a commit to the fdatasync that covers it starting. */
  syncWindowMs: number;
  /** Quiet time after commits before the derived-index pass runs; also its step interval. */
  derivedDelayMs: number;
  /** Rows left unindexed under a flood before steps run between commits anyway. */
  derivedMaxLagRows: number;
  /** Least time between checkpoints. */
  checkpointEveryMs: number;
}

export function writerThreadSource(t: WriterThreadTiming): string {
  return `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
// Checkpoints (copying the WAL into the database, with an fsync) run in the upkeep pass below,
// not inside a commit that a webhook sender is waiting on.
db.pragma('wal_autocheckpoint = 0');
const statements = new Map();
const prepare = (sql) => {
  let s = statements.get(sql);
  if (!s) { s = db.prepare(sql); statements.set(sql, s); }
  return s;
};
// Conflict lookups return one value (the winning row's key).
const lookups = new Map();
const prepareLookup = (sql) => {
  let s = lookups.get(sql);
  if (!s) { s = db.prepare(sql).pluck(); lookups.set(sql, s); }
  return s;
};
// Same as runBatch in durable-writer.ts (outcomes encoded the same way), as plain JS.
const runBatch = (packed) => {
  const results = [];
  const { sqls, keys } = packed;
  for (const op of packed.ops) {
    const r = prepare(sqls[op.s]).run(...op.p);
    if (r.changes === 0 && op.c >= 0) {
      const key = prepareLookup(sqls[op.c]).get(...keys[op.c].map((i) => op.p[i]));
      results.push(typeof key === 'number' ? -key : 0);
    } else {
      results.push(r.changes === 0 ? 0 : Number(r.lastInsertRowid));
    }
  }
  return results;
};
// One derived-index step; returns how many rows its first statement indexed.
const runStep = (packed) => {
  let indexed = 0;
  packed.ops.forEach((op, i) => {
    const r = prepare(packed.sqls[op.s]).run(...op.p);
    if (i === 0) indexed = r.changes;
  });
  return indexed;
};

// --- WAL sync -------------------------------------------------------------------------------
// Any descriptor of the file syncs it; SQLite keeps the WAL (same inode) while this connection
// is open. If it cannot be opened, commits fall back to fsyncing themselves (synchronous=FULL).
let walFd = null;
let walDirty = false;
// Power-safe (chosen by the owner): every commit fsyncs the WAL itself, like the fallback.
let powerSafe = false;
function setPowerSafe(on) {
  powerSafe = on;
  // After a fallback (no WAL descriptor to sync) commits stay FULL either way.
  db.pragma(on || walFd === false ? 'synchronous = FULL' : 'synchronous = NORMAL');
}
// Commits so far, and how many of them the last finished WAL sync covers (reported to the owner).
let commits = 0;
let syncTimer = null;
let syncing = false;
let closeAfterSync = false;
function fallBackToFull() {
  db.pragma('synchronous = FULL');
  walFd = false;
}
if (workerData.powerSafe) setPowerSafe(true);
/** After each commit: counts it and makes sure a WAL sync will cover it. */
function walWritten() {
  commits++;
  if (walFd === false || powerSafe) {
    // FULL: the commit fsynced the WAL itself, and with it every commit before.
    parentPort.postMessage({ type: 'synced', commits });
    return;
  }
  walDirty = true;
  scheduleSync();
}
function scheduleSync() {
  if (!syncTimer && !syncing) syncTimer = setTimeout(syncWal, ${t.syncWindowMs});
}
function syncWal() {
  syncTimer = null;
  if (!walDirty || walFd === false) return;
  if (walFd === null) {
    try { walFd = fs.openSync(workerData.file + '-wal', 'r+'); } catch { return fallBackToFull(); }
  }
  walDirty = false;
  syncing = true;
  const covered = commits;
  fs.fdatasync(walFd, (error) => {
    syncing = false;
    if (error) fallBackToFull();
    else parentPort.postMessage({ type: 'synced', commits: covered });
    if (closeAfterSync) return closeDb();
    // Commits made while this sync ran need the next one.
    if (walDirty) scheduleSync();
  });
}

// --- upkeep: derived indexes and checkpoints ------------------------------------------------
// Indexing steps run once commits pause, back to back until caught up; under a flood they wait
// until derivedMaxLagRows are behind and then take one step per tick, between commits.
const derivedStep = workerData.derived;
let unindexed = 0;
let lastCommitAt = 0;
let upkeepTimer = null;
let lastCheckpoint = Date.now();
function scheduleUpkeep(delay) {
  if (!upkeepTimer) upkeepTimer = setTimeout(upkeep, delay);
}
function upkeep() {
  upkeepTimer = null;
  if (unindexed > 0) {
    const quiet = Date.now() - lastCommitAt >= ${t.derivedDelayMs};
    if (quiet || unindexed >= ${t.derivedMaxLagRows}) {
      let indexed = 0;
      try {
        db.transaction(() => { indexed = runStep(derivedStep); })();
        walWritten();
      } catch { /* e.g. a long catch-up elsewhere held the lock: left to the next step or catch-up */ }
      const limit = derivedStep.ops[0].p[0];
      unindexed = indexed < limit ? 0 : Math.max(0, unindexed - indexed);
      if (unindexed > 0) scheduleUpkeep(quiet ? 0 : ${t.derivedDelayMs});
    } else {
      scheduleUpkeep(${t.derivedDelayMs});
    }
  }
  if (Date.now() - lastCheckpoint > ${t.checkpointEveryMs}) {
    lastCheckpoint = Date.now();
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* retried next pass; readers may hold it */ }
  }
}

function closeDb() {
  if (upkeepTimer) { clearTimeout(upkeepTimer); upkeepTimer = null; }
  if (syncTimer) { clearTimeout(syncTimer); syncTimer = null; }
  if (syncing) { closeAfterSync = true; return; }
  if (walFd) {
    try { fs.fdatasyncSync(walFd); } catch { /* closing the last connection syncs it as well */ }
    try { fs.closeSync(walFd); } catch {}
    walFd = null;
  }
  db.close();
  parentPort.postMessage({ type: 'closed' });
}

parentPort.on('message', (first) => {
  if (first.type === 'close') return closeDb();
  if (first.type === 'durability') return setPowerSafe(first.powerSafe);
  // Group commit: every batch already waiting joins this transaction.
  const batches = [first];
  let closing = false;
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) {
    if (next.message.type === 'close') { closing = true; break; }
    // Applies to this commit already: it holds only batches sent before the switch, and FULL is stricter.
    if (next.message.type === 'durability') { setPowerSafe(next.message.powerSafe); continue; }
    batches.push(next.message);
  }
  let committed = false;
  try {
    const results = [];
    db.transaction(() => { for (const b of batches) results.push(runBatch(b)); })();
    committed = true;
    walWritten();
    lastCommitAt = Date.now();
    for (const b of batches) unindexed += b.newRows;
    batches.forEach((b, i) => parentPort.postMessage({ type: 'done', id: b.id, results: results[i], commit: commits }));
  } catch (error) {
    for (const b of batches) parentPort.postMessage({ type: 'failed', id: b.id, message: String(error && error.message || error) });
  }
  if (closing) return closeDb();
  if (committed) scheduleUpkeep(${t.derivedDelayMs});
});
`;
}
