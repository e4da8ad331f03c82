import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { V2_RECEIPTS } from '../../src/shared/limits/v2';
import { receiptStateSql, stateOfStatusWord, type ReceiptState } from '../../src/shared/inbound/receipt-state';
import { deliveryOf } from '../../src/shared/outbound/delivery';

// Every status word the vendor documents, and the state the whole app shows for it: History
// (deliveryOf), the feed and conversations (stateOfStatusWord) and the feed's SQL status filter.
const DOCUMENTED: Record<string, ReceiptState> = {
  // deliveryInfoNotification (Messaging API v1 notifyurl, OneAPI delivery statuses).
  Delivered: 'delivered',
  DeliveredToTerminal: 'delivered',
  DeliveredToNetwork: 'accepted',
  DeliveryImpossible: 'failed',
  DeliveryUncertain: 'unknown',
  MessageWaiting: 'accepted',
  DeliveryNotificationNotSupported: 'unknown',
  // Receipt codes' words (receipt-codes.ts, sandbox 7500-7503).
  Submitted: 'accepted',
  Read: 'read',
  Expired: 'failed',
  Undeliverable: 'failed',
  // Webhook samples (LeadConnector status) and spellings seen in the wild.
  completed: 'delivered',
  Cancelled: 'failed',
  CANCELED: 'failed',
  'message read': 'read',
  READ_BY_USER: 'read',
  // "read" only as a whole word.
  Ready: 'unknown',
  Unread: 'unknown',
  'thread-closed': 'unknown',
};

// The v2 receipts a request may ask for (limits/v2.ts), each read as the app reads it.
const V2_WORDS: Record<string, ReceiptState> = {
  submitted: 'accepted',
  sent: 'accepted',
  delivered: 'delivered',
  undelivered: 'failed',
  failed: 'failed',
  clicked: 'read',
  'not verified': 'failed',
  invalid: 'failed',
  bounced: 'failed',
  bounce: 'failed',
  complaint: 'delivered',
  read: 'read',
};

describe('a receipt status word means the same state everywhere', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (kind TEXT, delivery_status TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
  const select = db.prepare(`SELECT ${receiptStateSql()} AS state FROM t WHERE rowid = last_insert_rowid()`);
  const sqlState = (word: string): string => {
    insert.run('receipt', word);
    return (select.get() as { state: string }).state;
  };

  it('covers every v2 receipt word a request may ask for', () => {
    const documented = Object.values(V2_RECEIPTS).flat();
    expect(Object.keys(V2_WORDS).sort()).toEqual([...new Set(documented)].sort());
  });

  it.each(Object.entries({ ...DOCUMENTED, ...V2_WORDS }))('%s -> %s in the feed, its SQL filter and History', (word, state) => {
    expect(stateOfStatusWord(word)).toBe(state);
    expect(sqlState(word)).toBe(state);
    // History: an accepted request with this one receipt.
    expect(deliveryOf('accepted', [stateOfStatusWord(word)])).toBe(state);
  });
});
