import type { Migration } from '../migration';

// No query reads outbound_recipients by vendor_id: receipts find their request through the
// request's own id lists (link-reader.ts), and v2 ids stay on the request. The index only cost
// an update per v1 destination when its answer arrived (EXPLAIN QUERY PLAN of every query in
// recipient-repo.ts and job-repo.ts: address, correlation and the primary key are used).
export const outboundVendorIndex: Migration = {
  name: 'outbound-vendor-index',
  up(db) {
    db.exec('DROP INDEX IF EXISTS outbound_recipients_vendor');
  },
};
