import type { Db } from '../../../src/main/core/db/database';
import { InboundEventRepo } from '../../../src/main/core/inbound/event-repo';
import { normalizePayload } from '../../../src/shared/inbound/normalize';
import { seeds } from '../fixtures/inbound-harness';

/**
 * Stores `count` webhook events through the repo's own insert, in one transaction: a large data
 * directory in a moment, without a million HTTP requests.
 */
export function storeEvents(db: Db, count: number, firstTid = 0): void {
  const repo = new InboundEventRepo(db);
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  db.transaction(() => {
    for (let n = firstTid; n < firstTid + count; n++) {
      const body = { ...seeds.imiconnectMo[n % seeds.imiconnectMo.length]!, tid: `stored-${n}` };
      const op = repo.insertOp({ normalized: normalizePayload(body), receivedAt: Date.now(), via: 'webhook', pollSourceId: null, raw: JSON.stringify(body), headers: {} });
      let statement = statements.get(op.sql);
      if (!statement) statements.set(op.sql, (statement = db.prepare(op.sql)));
      statement.run(...op.params);
    }
  })();
}
