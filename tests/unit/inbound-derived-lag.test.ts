import { describe, expect, it } from 'vitest';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { IngestConnection, WRITER_TIMING } from '../../src/main/core/inbound/ingest-connection';
import { seedMoInsertOp } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';

// Under a flood of webhooks the ingest connection indexes (FTS and lookup keys) only once derivedMaxLagRows
// are behind, so the sender is answered first. This checks the other half of that promise: the
// lag stays bounded, so a search during a flood catches up a bounded backlog. The bound and the
// step are scaled down (the product's are 50,000 and 4,000 rows) so a short flood shows it.

const BATCH = 20;
/** Rows per flood, with a time cap for a very slow machine. */
const FLOOD_ROWS = 6_000;
const FLOOD_CAP_MS = 15_000;
const QUIET_MS = 150;
const STEP_ROWS = 1_000;
const MAX_LAG_ROWS = 300;
/** The bound, plus what arrives during one step interval (at most 600 rows here) and one step of slack. */
const ALLOWED_LAG = MAX_LAG_ROWS + 600 + STEP_ROWS;

async function flood(maxLagRows: number): Promise<{ rows: number; maxLag: number; lagAfterQuiet: number }> {
  const core = await testCore();
  const db = core.context.db;
  const repo = new InboundEventRepo(db);
  const timing = { ...WRITER_TIMING, derivedDelayMs: QUIET_MS, derivedStepRows: STEP_ROWS, derivedMaxLagRows: maxLagRows };
  const executor = new IngestConnection(db, DerivedIndexer.passOps, { timing });
  const lagStmt = db
    .prepare<[], number>(
      'SELECT (SELECT COALESCE(MAX(seq), 0) FROM inbound_events) - (SELECT upto FROM inbound_derived_state WHERE id = 1)',
    )
    .pluck();
  let n = 0;
  const op = () => seedMoInsertOp(repo, n, `lag-${n++}`);
  let maxLag = 0;
  const until = Date.now() + FLOOD_CAP_MS;
  try {
    // At most 4,000 rows a second (20 per 5 ms), never pausing for derivedDelayMs: the connection
    // never sees a quiet spell.
    while (n < FLOOD_ROWS && Date.now() < until) {
      await executor.execute(Array.from({ length: BATCH }, op), BATCH);
      maxLag = Math.max(maxLag, lagStmt.get()!);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Once the flood stops, the quiet-time pass indexes everything.
    const caughtUpBy = Date.now() + 5_000;
    while (lagStmt.get()! > 0 && Date.now() < caughtUpBy) await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    return { rows: n, maxLag, lagAfterQuiet: lagStmt.get()! };
  } finally {
    await executor.close();
  }
}

describe('derived indexes under a flood', () => {
  it('stay within the lag bound while commits never pause, and catch up once they do', async () => {
    const bounded = await flood(MAX_LAG_ROWS);
    expect(bounded.rows).toBe(FLOOD_ROWS);
    expect(bounded.maxLag).toBeLessThan(ALLOWED_LAG);
    expect(bounded.lagAfterQuiet).toBe(0);
  });

  it('without the bound the same flood leaves far more unindexed (what the bound prevents)', async () => {
    const unbounded = await flood(Number.MAX_SAFE_INTEGER);
    expect(unbounded.maxLag).toBeGreaterThan(ALLOWED_LAG);
    expect(unbounded.lagAfterQuiet).toBe(0);
  });
});
