import { randomUUID } from 'node:crypto';
import { ComposeChannel, type RequestBody, type Template } from '../../../shared/compose/model';
import { ApiVersion } from '../../../shared/api/api-version';
import type { Db } from '../db/database';
import { writeClock } from '../db/write-clock';

interface TemplateRow {
  id: string;
  name: string;
  channel: string;
  api: string;
  tags: string;
  body: string;
  vendor_template_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface TemplateFields {
  name: string;
  channel: Template['channel'];
  api: Template['api'];
  tags: string[];
  body: RequestBody;
  vendorTemplateId: string | null;
}

function fromRow(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    channel: ComposeChannel.parse(row.channel),
    api: ApiVersion.parse(row.api),
    tags: JSON.parse(row.tags) as string[],
    body: JSON.parse(row.body) as RequestBody,
    vendorTemplateId: row.vendor_template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored columns name, channel, api, tags, body, vendor_template_id, in that order (INSERT and UPDATE share it). */
function fieldValues(fields: TemplateFields): [string, string, string, string, string, string | null] {
  return [fields.name, fields.channel, fields.api, JSON.stringify(fields.tags), JSON.stringify(fields.body), fields.vendorTemplateId];
}

/** The local template library (table `templates`). */
export class TemplateRepo {
  constructor(private readonly db: Db) {}

  list(): Template[] {
    return this.db.prepare<[], TemplateRow>('SELECT * FROM templates ORDER BY updated_at DESC, name COLLATE NOCASE').all().map(fromRow);
  }

  get(id: string): Template | undefined {
    const row = this.db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?').get(id);
    return row ? fromRow(row) : undefined;
  }

  nameTaken(name: string, exceptId?: string): boolean {
    const row = this.db
      .prepare<[string, string], { id: string }>('SELECT id FROM templates WHERE name = ? COLLATE NOCASE AND id != ?')
      .get(name, exceptId ?? '');
    return row !== undefined;
  }

  insert(fields: TemplateFields, now = writeClock()): Template {
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO templates (id, name, channel, api, tags, body, vendor_template_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, ...fieldValues(fields), now, now);
    return this.get(id)!;
  }

  update(id: string, fields: TemplateFields, now = writeClock()): Template | undefined {
    const result = this.db
      .prepare(
        `UPDATE templates SET name = ?, channel = ?, api = ?, tags = ?, body = ?, vendor_template_id = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(...fieldValues(fields), now, id);
    return result.changes === 0 ? undefined : this.get(id);
  }

  rename(id: string, name: string, now = writeClock()): Template | undefined {
    const result = this.db.prepare('UPDATE templates SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
    return result.changes === 0 ? undefined : this.get(id);
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM templates').get()!.n;
  }
}
