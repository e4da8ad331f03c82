import type { Migration } from '../migration';

// A counter per area that every write to its tables bumps, by trigger, whichever process made it.
// An open console compares them to hear of changes made by the CLI (external-changes.ts): a
// count or a latest timestamp misses a profile added and removed between two looks. Only small,
// rarely written tables get triggers; outbound's append-only tables are compared by max rowid.
export const changeCounters: Migration = {
  name: 'change-counters',
  up(db) {
    const bump = (area: string) => `UPDATE change_counters SET n = n + 1 WHERE area = '${area}';`;
    const triggers = (table: string, area: string, when = '') =>
      ['INSERT', 'UPDATE', 'DELETE']
        .map(
          (op) =>
            `CREATE TRIGGER ${table}_${op.toLowerCase()}_counts AFTER ${op} ON ${table}${when ? ` WHEN ${when.replace(/ROW/g, op === 'DELETE' ? 'OLD' : 'NEW')}` : ''} BEGIN ${bump(area)} END;`,
        )
        .join('\n');
    db.exec(`
      CREATE TABLE change_counters (area TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO change_counters (area, n) VALUES ('profiles', 0), ('templates', 0);
      ${triggers('profiles', 'profiles')}
      ${triggers('templates', 'templates')}
      ${triggers('settings', 'profiles', "ROW.key = 'profiles.default'")}
    `);
  },
};
