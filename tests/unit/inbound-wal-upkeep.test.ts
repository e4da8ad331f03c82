import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import type { Db } from '../../src/main/core/db/database';
import { Checkpointer, type CheckpointResult } from '../../src/main/core/inbound/checkpointer';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { IngestConnection, WRITER_TIMING, type WriterTiming } from '../../src/main/core/inbound/ingest-connection';
import { WalSync } from '../../src/main/core/inbound/wal-sync';
import { seedMoInsertOp } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';

// What keeps the ingest commits fast without giving anything up: checkpoints on their own thread
// still keep the WAL from growing, and a WAL that cannot be synced makes commits sync themselves
// instead of letting an answer claim the disk has an event it may not have.

const BATCHES = 150;
const BATCH = 40;

// The restart bound scaled down (the product's is 8,192 frames, 32 MiB) so a short flood shows it.
const timingOf = (checkpointEveryMs: number): WriterTiming => ({ ...WRITER_TIMING, checkpointEveryMs, walRestartFrames: 256 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ingests BATCHES x BATCH events and returns the WAL file's largest size meanwhile. `between`
 * runs after each batch (default: a short pause, as between a listener's event-loop turns).
 */
async function ingest(
  checkpointEveryMs: number,
  executorOf: (db: Db, timing: WriterTiming) => IngestConnection = (db, timing) =>
    new IngestConnection(db, DerivedIndexer.passOps, { timing }),
  between: (batch: number) => Promise<unknown> = () => pause(2),
): Promise<{ maxWalBytes: number; rows: number }> {
  const core = await testCore();
  const db = core.context.db;
  const repo = new InboundEventRepo(db);
  const executor = executorOf(db, timingOf(checkpointEveryMs));
  const wal = `${db.name}-wal`;
  let n = 0;
  const batch = () =>
    executor.execute(
      Array.from({ length: BATCH }, () => seedMoInsertOp(repo, n, `wal-${n++}`)),
      BATCH,
    );
  try {
    // The checkpoint thread starts with the first commit; on a busy machine it takes a moment.
    await batch();
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let b = 1; b < BATCHES; b++) {
      await batch();
      // Room for the checkpoint thread between batches.
      await between(b);
    }
    // SQLite never shrinks the WAL file: its size is the most it ever held.
    return { maxWalBytes: statSync(wal).size, rows: db.prepare<[], number>('SELECT COUNT(*) FROM inbound_events').pluck().get()! };
  } finally {
    await executor.close();
  }
}

/**
 * The real executor with a checkpointer of the test's own (whose thread opens `checkpointFile`),
 * paced so the flood waits for a checkpoint outcome every CHECKPOINT_EVERY batches. How often a
 * thread reports depends on how fast it starts and copies, which a busy machine stretches; waiting
 * for it makes the WAL's bound hold at any machine speed. Without checkpoints the wait never ends.
 */
const CHECKPOINT_EVERY = 10;
async function ingestWithCheckpoints(
  checkpointFile: (db: Db) => string,
): Promise<{ maxWalBytes: number; rows: number; outcomes: (CheckpointResult | null)[] }> {
  const outcomes: (CheckpointResult | null)[] = [];
  let told = () => {};
  const nextOutcome = () => {
    const seen = outcomes.length;
    return new Promise<void>((resolve) => (told = () => outcomes.length > seen && resolve()));
  };
  const result = await ingest(
    20,
    (db, timing) => {
      const checkpointer = new Checkpointer(checkpointFile(db), undefined, timing.checkpointEveryMs);
      const executor = new IngestConnection(db, DerivedIndexer.passOps, { timing, checkpointer });
      const toExecutor = checkpointer.onResult;
      checkpointer.onResult = (outcome) => {
        toExecutor(outcome);
        outcomes.push(outcome);
        told();
      };
      return executor;
    },
    (batch) => (batch % CHECKPOINT_EVERY === 0 ? nextOutcome() : pause(2)),
  );
  return { ...result, outcomes };
}

describe('ingest upkeep off the event loop', () => {
  it('checkpoints on their own thread keep the WAL bounded while commits never pause', async () => {
    const checkpointed = await ingestWithCheckpoints((db) => db.name);
    const never = await ingest(60_000);
    expect(checkpointed.rows).toBe(BATCHES * BATCH);
    expect(never.rows).toBe(BATCHES * BATCH);
    expect(checkpointed.outcomes.every((outcome) => outcome !== null)).toBe(true);
    // Without checkpoints the WAL holds every page written; with them it is rewritten from its
    // start once it passes the bound (1 MiB here), though commits never wait for a checkpoint.
    expect(never.maxWalBytes).toBeGreaterThan(2_000_000);
    expect(checkpointed.maxWalBytes).toBeLessThan(never.maxWalBytes / 5);
  });

  it('a checkpoint thread that cannot start hands checkpoints back, and the WAL stays bounded all the same', async () => {
    // The thread fails to open its connection each time.
    const withoutThread = await ingestWithCheckpoints(() => join(tempDir(), 'missing', 'relaydesk.db'));
    const never = await ingest(60_000);
    expect(withoutThread.rows).toBe(BATCHES * BATCH);
    expect(withoutThread.outcomes.length).toBeGreaterThanOrEqual(BATCHES / CHECKPOINT_EVERY - 1);
    expect(withoutThread.outcomes.every((outcome) => outcome === null)).toBe(true);
    expect(withoutThread.maxWalBytes).toBeLessThan(never.maxWalBytes / 5);
  });

  it('a core that never takes a webhook holds no ingest connection, so closing it folds the WAL away', async () => {
    const core = await testCore();
    const wal = `${core.context.db.name}-wal`;
    core.context.settings.set('listenerPort', 4848);
    expect(existsSync(wal)).toBe(true);
    await core.close();
    // The last connection to close checkpoints the WAL and deletes it; a forgotten one leaves it.
    expect(existsSync(wal)).toBe(false);
  });

  it('closing (quitting, a port move) puts the last commits on the disk without waiting for the sync window', async () => {
    const core = await testCore();
    const db = core.context.db;
    const repo = new InboundEventRepo(db);
    const executor = new IngestConnection(db, DerivedIndexer.passOps, { timing: { ...WRITER_TIMING, syncWindowMs: 60_000 } });
    await executor.execute([seedMoInsertOp(repo, 0, 'close-sync')], 1);
    const onDisk = executor.onDisk(5_000);
    await executor.close();
    expect(await onDisk).toBe(true);
  });

  it('a WAL that cannot be synced: commits sync themselves from then on, and a wait for the lost sync says no', async () => {
    let fellBack = 0;
    const sync = new WalSync(join(tempDir(), 'missing', 'relaydesk.db-wal'), 10, () => (fellBack += 1));
    sync.setPowerSafe(true);
    const first = sync.committed(true);
    // The sync could not run, so nobody is told this commit is on the disk.
    expect(await sync.whenSynced(first, 50)).toBe(false);
    expect(fellBack).toBe(1);
    // The connection now commits with synchronous=FULL: the next commit that writes is on the
    // disk when it returns, and so is everything before it.
    const second = sync.committed(true);
    expect(await sync.whenSynced(second, 0)).toBe(true);
    expect(await sync.whenSynced(first, 0)).toBe(true);
    await sync.close();
  });
});
