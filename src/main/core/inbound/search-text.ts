// How search reads text: words as the FTS5 unicode61 tokenizer makes them, the text of a raw
// body that is searched (its JSON values), and a search turned into an FTS5 query and into the
// same test in JS for the bodies not yet indexed.

/** One word of a search, folded as the index folds it; `prefix` when it may still be unfinished. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/** Words as FTS5's unicode61 tokenizer sees them: case and diacritics folded, split at anything but letters and digits. */
export function indexWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Deeper values are not searched (a body is at most MAX_WEBHOOK_BODY_BYTES anyway). */
const MAX_DEPTH = 32;

/**
 * The text of a raw body that search looks at: its JSON values, strings and numbers, not its keys
 * (else "delivery" would find every receipt by its `deliveryInfoNotification` key); a body that
 * is not JSON as it is.
 */
export function rawSearchText(raw: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return raw;
  }
  const values: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') values.push(value);
    else if (typeof value === 'number') values.push(String(value));
    else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
      for (const inner of Array.isArray(value) ? value : Object.values(value)) walk(inner, depth + 1);
    }
  };
  walk(parsed, 0);
  return values.join(' ');
}

const BEYOND_PRINTABLE_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Whether the body's values hold every term, as the index matches it (the scan's side of a search). */
export function rawHasWords(raw: string, terms: readonly SearchTerm[]): boolean {
  // Most bodies are ASCII and lack a word altogether: a native substring test turns them away
  // before the parse and split, which a scan of a long backlog would otherwise pay for every row.
  // Not where JSON escapes a letter (\u00e9, as Python's json.dumps sends "é"): its word is not in the text as typed.
  if (!BEYOND_PRINTABLE_ASCII.test(raw) && !raw.includes('\\u')) {
    const lower = raw.toLowerCase();
    if (!terms.every((term) => lower.includes(term.word))) return false;
  }
  const have = indexWords(rawSearchText(raw));
  return terms.every((term) => (term.prefix ? have.some((h) => h.startsWith(term.word)) : have.includes(term.word)));
}

/**
 * A search's words, split where the tokenizer splits (anything but letters and digits), since the
 * index keeps no positions (detail=none) and a quoted "a-b" would be a phrase query it cannot
 * answer. Each whitespace-separated part matches as a prefix, so "simp tex" finds "Simple Text"
 * and a partial MSISDN its sender; within a part, words before its last were typed in full and
 * match whole: "bench-12345" asks for "bench" and "12345"*, which the index answers by seeking,
 * where a prefix query on a word in every row ("bench"*) would first merge that word's whole list.
 */
export function searchTerms(search: string): SearchTerm[] {
  return search.split(/\s+/).flatMap((part) => {
    const words = indexWords(part);
    return words.map((word, i) => ({ word, prefix: i === words.length - 1 }));
  });
}

/**
 * The search as an FTS5 query (every term must match), or null when it has no word. `expand`, if
 * given, may name every indexed word a prefix term stands for (null: too many to name).
 */
export function ftsQuery(search: string, expand?: (prefix: string) => string[] | null): string | null {
  const terms = searchTerms(search);
  if (terms.length === 0) return null;
  return (
    terms
      .map((t) => {
        if (!t.prefix) return `"${t.word}"`;
        const words = expand?.(t.word);
        // FTS5 reads all of a prefix's matches before the first; an OR of its words walks them
        // newest first and stops at a page's end, as a whole word does.
        return words && words.length > 0 ? `(${words.map((w) => `"${w}"`).join(' OR ')})` : `"${t.word}"*`;
      })
      // Spelled out: FTS5 reads no implied AND next to a parenthesized group.
      .join(' AND ')
  );
}
