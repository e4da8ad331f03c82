import { TEMPLATE_FILE_FORMAT, TemplateFile, TemplateFileEntry, type Template, type TemplateSummary } from '../../../shared/compose/model';
import { isRecord } from '../../../shared/is-record';
import { ContractError, describeZodError, ErrorCodes, formatPath } from '../../../shared/errors';
import type { TemplateFields, TemplateRepo } from './template-repo';

export interface TemplateQuery {
  query?: string | undefined;
  channel?: string | undefined;
  tag?: string | undefined;
}

export interface ImportOutcome {
  imported: TemplateSummary[];
  rejected: { index: number; name: string | null; message: string }[];
}

/** The words a list shows for a template: its main text, tags stripped. */
function excerpt(template: Template): string {
  const body = template.body;
  const content = isRecord(body.content) ? body.content : {};
  const channels = isRecord(body.channels) ? body.channels : {};
  const v1 = isRecord(channels[template.channel]) ? (channels[template.channel] as Record<string, unknown>) : {};
  const candidates = [
    content.subject,
    content.text,
    isRecord(content.richCard) ? content.richCard.title : undefined,
    content.html,
    v1.text,
  ];
  const first = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '') ?? '';
  const plain = first
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 140 ? plain.slice(0, 139) + '…' : plain;
}

export function summarize(template: Template): TemplateSummary {
  const { body: _body, ...rest } = template;
  return { ...rest, excerpt: excerpt(template) };
}

/** Search, naming rules and file import/export over the template repository. */
export class TemplateLibrary {
  constructor(private readonly repo: TemplateRepo) {}

  list(query: TemplateQuery = {}): TemplateSummary[] {
    const words = (query.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const tag = query.tag?.toLowerCase();
    return this.repo
      .list()
      .filter((t) => (query.channel ? t.channel === query.channel : true))
      .filter((t) => (tag ? t.tags.some((x) => x.toLowerCase() === tag) : true))
      .filter((t) => {
        if (words.length === 0) return true;
        const haystack = [t.name, ...t.tags, t.vendorTemplateId ?? '', JSON.stringify(t.body)].join('\n').toLowerCase();
        return words.every((w) => haystack.includes(w));
      })
      .map(summarize);
  }

  get(id: string): Template {
    const template = this.repo.get(id);
    if (!template) throw new ContractError(ErrorCodes.notFound, `no template with id ${id} (it may have been deleted)`, 'id');
    return template;
  }

  save(id: string | undefined, fields: TemplateFields): Template {
    if (this.repo.nameTaken(fields.name, id)) {
      throw new ContractError(ErrorCodes.conflict, `a template named "${fields.name}" already exists: pick another name`, 'name');
    }
    if (id === undefined) return this.repo.insert(fields);
    const updated = this.repo.update(id, fields);
    if (!updated) throw new ContractError(ErrorCodes.notFound, `no template with id ${id} (it may have been deleted)`, 'id');
    return updated;
  }

  duplicate(id: string, name?: string): Template {
    const source = this.get(id);
    const wanted = name ?? this.freeName(`${source.name} (copy)`);
    return this.save(undefined, { ...fieldsOf(source), name: wanted });
  }

  rename(id: string, name: string): Template {
    this.get(id);
    if (this.repo.nameTaken(name, id)) {
      throw new ContractError(ErrorCodes.conflict, `a template named "${name}" already exists: pick another name`, 'name');
    }
    return this.repo.rename(id, name)!;
  }

  delete(id: string): void {
    if (!this.repo.delete(id)) throw new ContractError(ErrorCodes.notFound, `no template with id ${id} (it may have been deleted)`, 'id');
  }

  /** A name not yet used: `name`, else `name 2`, `name 3`... */
  freeName(name: string): string {
    if (!this.repo.nameTaken(name)) return name;
    for (let n = 2; ; n++) {
      const candidate = `${name} ${n}`;
      if (!this.repo.nameTaken(candidate)) return candidate;
    }
  }

  export(ids?: string[]): { json: string; count: number } {
    const chosen = ids ? ids.map((id) => this.get(id)) : this.repo.list();
    const file = {
      format: TEMPLATE_FILE_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      templates: chosen.map((t) => ({ ...fieldsOf(t) })),
    };
    return { json: JSON.stringify(file, null, 2) + '\n', count: chosen.length };
  }

  /** Imports every valid entry (renaming on a name clash); names each bad entry and why. */
  import(json: string): ImportOutcome {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      throw new ContractError(ErrorCodes.invalidInput, `the file is not valid JSON: ${(error as Error).message}`);
    }
    const file = TemplateFile.safeParse(raw);
    if (!file.success) throw new ContractError(ErrorCodes.invalidInput, `not a templates file: ${describeZodError(file.error)}`);
    const outcome: ImportOutcome = { imported: [], rejected: [] };
    file.data.templates.forEach((entry, index) => {
      const parsed = TemplateFileEntry.safeParse(entry);
      const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name : null;
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((issue) => (issue.path.length ? `${formatPath(issue.path)}: ` : '') + issue.message)
          .join('; ');
        const label = name === null ? `templates[${index}]` : `templates[${index}] ("${name}")`;
        outcome.rejected.push({ index, name, message: `${label}: ${detail}` });
        return;
      }
      const created = this.repo.insert({ ...parsed.data, name: this.freeName(parsed.data.name) });
      outcome.imported.push(summarize(created));
    });
    return outcome;
  }
}

export function fieldsOf(t: Template): TemplateFields {
  return { name: t.name, channel: t.channel, api: t.api, tags: t.tags, body: t.body, vendorTemplateId: t.vendorTemplateId };
}
