import type { Statement } from 'better-sqlite3';
import type { Db } from '../src/main/core/db/database';
import { InboundEventRepo } from '../src/main/core/inbound/event-repo';
import { normalizePayload } from '../src/shared/inbound/normalize';

/**
 * Stores webhook events `from`..`from + count - 1` (bodies from `bodyOf`) through the repo's own
 * insert, in one transaction: a large data directory in a moment, without a million HTTP requests.
 * Used by bench/data-growth.bench.ts and, with the seed payloads, by unit tests.
 */
export function storeEvents(
  db: Db,
  count: number,
  from: number,
  bodyOf: (n: number) => Record<string, unknown>,
  receivedAtOf: (n: number) => number = () => Date.now(),
): void {
  const repo = new InboundEventRepo(db);
  const statements = new Map<string, Statement<unknown[]>>();
  db.transaction(() => {
    for (let n = from; n < from + count; n++) {
      const body = bodyOf(n);
      const op = repo.insertOp({
        normalized: normalizePayload(body),
        receivedAt: receivedAtOf(n),
        via: 'webhook',
        pollSourceId: null,
        raw: JSON.stringify(body),
        headers: {},
      });
      let statement = statements.get(op.sql);
      if (!statement) statements.set(op.sql, (statement = db.prepare<unknown[]>(op.sql)));
      statement.run(...op.params);
    }
  })();
}
