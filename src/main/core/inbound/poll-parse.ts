// Turns a poll response body into payloads: a JSON array, NDJSON (one JSON value a line), or a
// single JSON object. A bad NDJSON line is reported, and the lines around it still count.

import { jsonFaultWithoutSecrets } from './raw-secrets';

export interface PolledItem {
  value: unknown;
  /** The item's text as received (NDJSON line) or re-serialized (array element). */
  raw: string;
}

export interface PollParse {
  items: PolledItem[];
  problems: { line: number; reason: string; text: string }[];
}

export function parsePollBody(text: string, maxItems: number): PollParse {
  const trimmed = text.trim();
  if (trimmed === '') return { items: [], problems: [] };
  if (trimmed.startsWith('[')) {
    try {
      const list = JSON.parse(trimmed) as unknown;
      if (Array.isArray(list)) {
        return { items: list.slice(0, maxItems).map((value) => ({ value, raw: JSON.stringify(value) })), problems: [] };
      }
    } catch (error) {
      return {
        items: [],
        problems: [{ line: 1, reason: `response is not a valid JSON array: ${jsonFaultWithoutSecrets(error, trimmed)}`, text: trimmed }],
      };
    }
  }
  const items: PolledItem[] = [];
  const problems: PollParse['problems'] = [];
  const lines = trimmed.split(/\r?\n/);
  for (let i = 0; i < lines.length && items.length < maxItems; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      items.push({ value: JSON.parse(line) as unknown, raw: line });
    } catch (error) {
      problems.push({ line: i + 1, reason: `line ${i + 1} is not valid JSON: ${jsonFaultWithoutSecrets(error, line)}`, text: line });
    }
  }
  return { items, problems };
}

/**
 * The cursor to send next time (as `?<cursorParam>=`): the server's `X-Next-Cursor` header when it
 * gives one, else the last item's `id` / `cursor` field, else the newest `timestamp`-like field.
 */
export function nextCursor(header: string | null, items: PolledItem[], previous: string | null): string | null {
  if (header !== null && header !== '') return header;
  const last = items[items.length - 1]?.value;
  if (last && typeof last === 'object' && !Array.isArray(last)) {
    const record = last as Record<string, unknown>;
    for (const key of ['cursor', 'id', 'tid', 'messageId', 'timestamp', 'ts', 'dateAdded']) {
      const value = record[key];
      if (typeof value === 'string' && value !== '') return value;
      // 1e999 parses as Infinity: no cursor a server would understand.
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    }
  }
  return previous;
}
