import { storeEvents as store } from '../../../bench/stored-events';
import type { Db } from '../../../src/main/core/db/database';
import { seeds } from '../fixtures/inbound-harness';

/** Stores `count` seed MOs (fresh tids) through the repo's own insert, in one transaction. */
export function storeEvents(db: Db, count: number): void {
  store(db, count, 0, (n) => ({ ...seeds.imiconnectMo[n % seeds.imiconnectMo.length]!, tid: `stored-${n}` }));
}
