import type { Migration } from '../migration';

// The profiles area's tables. Until that area lands this step creates nothing; while unreleased it
// may be edited in place.
export const profiles: Migration = {
  name: 'profiles',
  up() {},
};
