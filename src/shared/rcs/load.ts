import { z } from 'zod';
import { formatPath } from '../errors';
import { RCS_AGENT_EVENTS, RCS_CARD_ORIENTATIONS, RCS_CAROUSEL_WIDTHS, RCS_MEDIA_HEIGHTS, RCS_THUMBNAIL_ALIGNMENTS } from '../limits/rcs';
import { RcsContentShape, type RcsContent } from './content';
import { parseLooseJson } from './loose-json';
import type { RcsIssue } from './issues';

/** rcsOptions as the designer edits them (seed 001). */
export const RcsSendOptions = z.object({
  smsFallback: z.boolean().optional(),
  smsSenderId: z.string().optional(),
  text: z.string().optional(),
  carrierId: z.string().optional(),
});
export type RcsSendOptions = z.infer<typeof RcsSendOptions>;

export type RcsLoadResult =
  | {
      ok: true;
      content: RcsContent;
      /** Present when a whole v2 request was pasted: its rcsOptions, read leniently. */
      options?: RcsSendOptions;
      /** What was repaired in loose JSON, and what was ignored (e.g. the request's `to`). */
      notes: string[];
    }
  | { ok: false; problems: RcsIssue[]; notes: string[] };

function readOptions(raw: unknown, notes: string[]): RcsSendOptions | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) {
    notes.push('options: not an object, ignored');
    return undefined;
  }
  const o = raw as Record<string, unknown>;
  const out: RcsSendOptions = {};
  if (o.smsFallback !== undefined) out.smsFallback = o.smsFallback === true || o.smsFallback === 'true';
  if (typeof o.smsSenderId === 'string') out.smsSenderId = o.smsSenderId;
  if (typeof o.text === 'string') out.text = o.text;
  if (typeof o.carrierId === 'string' || typeof o.carrierId === 'number') out.carrierId = String(o.carrierId);
  return out;
}

/** Choice fields and the value taken when a sample lists several ("SHORT/MEDIUM/TALL"). */
const CHOICES: Record<string, { values: readonly string[]; preferred: string }> = {
  orientation: { values: RCS_CARD_ORIENTATIONS, preferred: 'VERTICAL' },
  thumbnailAlignment: { values: RCS_THUMBNAIL_ALIGNMENTS, preferred: 'LEFT' },
  height: { values: RCS_MEDIA_HEIGHTS, preferred: 'MEDIUM' },
  width: { values: RCS_CAROUSEL_WIDTHS, preferred: 'MEDIUM' },
  event: { values: RCS_AGENT_EVENTS, preferred: 'IS_TYPING' },
};

/**
 * The docs' samples write enum fields as the list of their choices ("VERTICAL/HORIZONTAL"). Such a
 * value, made only of valid choices, becomes one of them, with a note naming the path.
 */
function pickListedChoices(value: unknown, path: string, notes: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => pickListedChoices(item, `${path}[${i}]`, notes));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    const choice = CHOICES[key];
    if (choice && typeof child === 'string' && child.includes('/')) {
      const parts = child.split('/').map((p) => p.trim());
      if (parts.every((p) => choice.values.includes(p))) {
        const picked = parts.includes(choice.preferred) ? choice.preferred : parts[0]!;
        record[key] = picked;
        notes.push(`${childPath}: "${child}" lists the choices; took ${picked} (change it in the designer)`);
      }
    } else {
      pickListedChoices(child, childPath, notes);
    }
  }
}

/**
 * Reads what a user pasted into the JSON view: an RCS `content` object, or a whole v2 request
 * (then its `content` and `options` are taken). Loads anything structurally sound, even if it
 * breaks a limit (the designer flags that at the field); otherwise says which part and why.
 */
export function loadRcsPayload(text: string): RcsLoadResult {
  const parsed = parseLooseJson(text);
  if (!parsed.ok) {
    return { ok: false, problems: [{ path: `line ${parsed.line}, column ${parsed.column}`, message: parsed.message }], notes: [] };
  }
  const notes = [...parsed.repairs];
  let value = parsed.value;
  let prefix = '';
  let options: RcsSendOptions | undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', message: 'expected a JSON object: an RCS content object or a v2 request' }], notes };
  }
  const record = value as Record<string, unknown>;
  if ('content' in record || 'channel' in record) {
    if (record.channel !== undefined && record.channel !== 'rcs') {
      return {
        ok: false,
        problems: [{ path: 'channel', message: `this is a "${String(record.channel)}" request; the designer loads rcs` }],
        notes,
      };
    }
    if (record.content === undefined) {
      return {
        ok: false,
        problems: [{ path: 'content', message: 'the request has no content (a template request cannot be designed here)' }],
        notes,
      };
    }
    value = record.content;
    prefix = 'content';
    options = readOptions(record.options, notes);
    notes.push('read the content and options of a v2 request; recipients and other request fields are not part of the design');
  }
  pickListedChoices(value, prefix, notes);
  const result = RcsContentShape.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const inner = formatPath(issue.path);
      const path = prefix === '' ? inner : inner === '' ? prefix : inner.startsWith('[') ? `${prefix}${inner}` : `${prefix}.${inner}`;
      return { path, message: issue.message };
    });
    return { ok: false, problems, notes };
  }
  const content = result.data as RcsContent;
  return options ? { ok: true, content, options, notes } : { ok: true, content, notes };
}

/** The JSON the designer shows and exports: stable key order as built, two-space indent. */
export function contentToJson(content: RcsContent): string {
  return JSON.stringify(content, null, 2);
}
