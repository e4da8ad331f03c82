import type { Db } from '../db/database';
import { AuthMode, type SecretKind } from '../../../shared/profiles/profile';
import { SenderIds } from '../../../shared/profiles/senders';

/** A stored profile: settings plus when each secret was saved. Never a secret. */
export interface ProfileRecord {
  id: string;
  name: string;
  region: string;
  baseUrl: string | null;
  serviceId: string;
  authMode: AuthMode;
  tps: number;
  senders: SenderIds;
  keySetAt: string | null;
  jwtSetAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  name: string;
  region: string;
  base_url: string | null;
  service_id: string;
  auth_mode: string;
  tps: number;
  senders: string;
  key_set_at: string | null;
  jwt_set_at: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(row: Row): ProfileRecord {
  const senders = SenderIds.safeParse(JSON.parse(row.senders));
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    baseUrl: row.base_url,
    serviceId: row.service_id,
    authMode: AuthMode.parse(row.auth_mode),
    tps: row.tps,
    senders: senders.success ? senders.data : {},
    keySetAt: row.key_set_at,
    jwtSetAt: row.jwt_set_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The `profiles` table's SQL. */
export class ProfileRepo {
  constructor(private readonly db: Db) {}

  list(): ProfileRecord[] {
    return this.db.prepare<[], Row>('SELECT * FROM profiles ORDER BY name COLLATE NOCASE').all().map(toRecord);
  }

  get(id: string): ProfileRecord | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM profiles WHERE id = ?').get(id);
    return row ? toRecord(row) : undefined;
  }

  findByName(name: string): ProfileRecord | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM profiles WHERE name = ? COLLATE NOCASE').get(name);
    return row ? toRecord(row) : undefined;
  }

  insert(record: ProfileRecord): void {
    this.db
      .prepare(
        `INSERT INTO profiles (id, name, region, base_url, service_id, auth_mode, tps, senders, key_set_at, jwt_set_at, created_at, updated_at)
         VALUES (@id, @name, @region, @baseUrl, @serviceId, @authMode, @tps, @senders, @keySetAt, @jwtSetAt, @createdAt, @updatedAt)`,
      )
      .run({ ...record, senders: JSON.stringify(record.senders) });
  }

  update(record: ProfileRecord): void {
    this.db
      .prepare(
        `UPDATE profiles SET name = @name, region = @region, base_url = @baseUrl, service_id = @serviceId, auth_mode = @authMode,
           tps = @tps, senders = @senders, updated_at = @updatedAt WHERE id = @id`,
      )
      .run({ ...record, senders: JSON.stringify(record.senders) });
  }

  setSecretTime(id: string, kind: SecretKind, at: string | null): void {
    const column = kind === 'key' ? 'key_set_at' : 'jwt_set_at';
    this.db.prepare(`UPDATE profiles SET ${column} = ? WHERE id = ?`).run(at, id);
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM profiles WHERE id = ?').run(id).changes > 0;
  }
}
