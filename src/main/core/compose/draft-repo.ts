import { randomUUID } from 'node:crypto';
import { ComposeChannel, type Draft, type RequestBody } from '../../../shared/compose/model';
import { ApiVersion } from '../../../shared/api/api-version';
import type { Db } from '../db/database';
import { writeClock } from '../db/write-clock';

interface DraftRow {
  id: string;
  api: string;
  channel: string;
  profile_id: string | null;
  body: string;
  json_text: string | null;
  template_id: string | null;
  created_at: number;
  updated_at: number;
}

export type DraftFields = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>;

function fromRow(row: DraftRow): Draft {
  return {
    id: row.id,
    api: ApiVersion.parse(row.api),
    channel: ComposeChannel.parse(row.channel),
    profileId: row.profile_id,
    body: JSON.parse(row.body) as RequestBody,
    jsonText: row.json_text,
    templateId: row.template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Autosaved compose drafts (table `drafts`). */
export class DraftRepo {
  constructor(private readonly db: Db) {}

  list(): Draft[] {
    return this.db.prepare<[], DraftRow>('SELECT * FROM drafts ORDER BY updated_at DESC').all().map(fromRow);
  }

  get(id: string): Draft | undefined {
    const row = this.db.prepare<[string], DraftRow>('SELECT * FROM drafts WHERE id = ?').get(id);
    return row ? fromRow(row) : undefined;
  }

  /** Inserts under `id` (or a new id) or replaces the draft with that id. */
  save(id: string | undefined, fields: DraftFields, now = writeClock()): Draft {
    const draftId = id ?? randomUUID();
    this.db
      .prepare(
        `INSERT INTO drafts (id, api, channel, profile_id, body, json_text, template_id, created_at, updated_at)
         VALUES (@id, @api, @channel, @profileId, @body, @jsonText, @templateId, @now, @now)
         ON CONFLICT(id) DO UPDATE SET api = excluded.api, channel = excluded.channel, profile_id = excluded.profile_id,
           body = excluded.body, json_text = excluded.json_text, template_id = excluded.template_id, updated_at = excluded.updated_at`,
      )
      .run({
        id: draftId,
        api: fields.api,
        channel: fields.channel,
        profileId: fields.profileId,
        body: JSON.stringify(fields.body),
        jsonText: fields.jsonText,
        templateId: fields.templateId,
        now,
      });
    return this.get(draftId)!;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes > 0;
  }
}
