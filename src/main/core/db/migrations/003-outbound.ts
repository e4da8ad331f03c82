import type { Migration } from '../migration';

// The outbound area's tables. Until that area lands this step creates nothing; while unreleased it
// may be edited in place.
export const outbound: Migration = {
  name: 'outbound',
  up() {},
};
