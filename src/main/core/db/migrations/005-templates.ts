import type { Migration } from '../migration';

// The templates area's tables. Until that area lands this step creates nothing; while unreleased it
// may be edited in place.
export const templates: Migration = {
  name: 'templates',
  up() {},
};
