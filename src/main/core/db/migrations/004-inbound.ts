import type { Migration } from '../migration';

// The inbound area's tables. Until that area lands this step creates nothing; while unreleased it
// may be edited in place.
export const inbound: Migration = {
  name: 'inbound',
  up() {},
};
