import { randomUUID } from 'node:crypto';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import { RcsDesign, type RcsDesignInput } from '../../../shared/rcs/design';
import type { Db } from '../db/database';
import { writeClock } from '../db/write-clock';

interface Row {
  id: string;
  name: string;
  tags: string;
  content: string;
  options: string;
  created_at: number;
  updated_at: number;
}

type ParsedInput = Required<Pick<RcsDesignInput, 'name' | 'tags' | 'options'>> & Pick<RcsDesignInput, 'id' | 'content'>;

/** Owns the SQL of rcs_designs. */
export class RcsDesignRepo {
  constructor(private readonly db: Db) {}

  private toDesign(row: Row): RcsDesign | undefined {
    // A row that no longer reads (e.g. edited by hand) is skipped, not allowed to break the list.
    const parsed = RcsDesign.safeParse({
      id: row.id,
      name: row.name,
      tags: JSON.parse(row.tags) as unknown,
      content: JSON.parse(row.content) as unknown,
      options: JSON.parse(row.options) as unknown,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    });
    return parsed.success ? parsed.data : undefined;
  }

  list(): RcsDesign[] {
    const rows = this.db.prepare<[], Row>('SELECT * FROM rcs_designs ORDER BY updated_at DESC, rowid DESC').all();
    return rows.map((r) => this.toDesign(r)).filter((d): d is RcsDesign => d !== undefined);
  }

  get(id: string): RcsDesign | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM rcs_designs WHERE id = ?').get(id);
    return row ? this.toDesign(row) : undefined;
  }

  save(input: ParsedInput): RcsDesign {
    const now = writeClock();
    const tags = JSON.stringify([...new Set(input.tags)]);
    const content = JSON.stringify(input.content);
    const options = JSON.stringify(input.options);
    if (input.id !== undefined) {
      const changed = this.db
        .prepare('UPDATE rcs_designs SET name = ?, tags = ?, content = ?, options = ?, updated_at = ? WHERE id = ?')
        .run(input.name, tags, content, options, now, input.id).changes;
      if (changed === 0)
        throw new ContractError(ErrorCodes.notFound, `No saved design with id ${input.id}: it may have been deleted.`, 'id');
      return this.get(input.id)!;
    }
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO rcs_designs (id, name, tags, content, options, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, tags, content, options, now, now);
    return this.get(id)!;
  }

  delete(id: string): void {
    const changed = this.db.prepare('DELETE FROM rcs_designs WHERE id = ?').run(id).changes;
    if (changed === 0) throw new ContractError(ErrorCodes.notFound, `No saved design with id ${id}.`, 'id');
  }
}
