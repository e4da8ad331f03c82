import type { Migration } from '../migration';

// The rcs area's tables. Until that area lands this step creates nothing; while unreleased it
// may be edited in place.
export const rcs: Migration = {
  name: 'rcs',
  up() {},
};
