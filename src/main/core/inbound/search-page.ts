import type { Db } from '../db/database';
import { SEARCHABLE_KEY_PREFIXES } from './derived-index';
import { RAW_TAIL_SQL } from './raw-index';
import { ftsQuery, searchTerms } from './search-text';

/**
 * A search's total is counted up to this many matches; past it the answer says "at least this
 * many" (`totalIsLowerBound`). A common word is in a fifth of a million events: counting all of
 * them, merged from several indexes, took ~1.8 s where a capped count takes milliseconds.
 */
export const SEARCH_TOTAL_CAP = 10_000;

/** A prefix standing for more indexed words than this is left to FTS5's own prefix query. */
const PREFIX_WORDS_MAX = 16;

const VOCAB_TABLE = 'temp.inbound_raw_vocab';

/** The indexed words a prefix stands for, if there are at most PREFIX_WORDS_MAX (null: more). */
function prefixWords(db: Db): (prefix: string) => string[] | null {
  // The index's word list, per connection (temp): costs nothing until read.
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCAB_TABLE} USING fts5vocab(main, inbound_raw_fts, row)`);
  const words = db
    .prepare<[string, string, number], string>(`SELECT term FROM ${VOCAB_TABLE} WHERE term >= ? AND term < ? LIMIT ?`)
    .pluck();
  return (prefix) => {
    const found = words.all(prefix, prefix + KEY_END, PREFIX_WORDS_MAX + 1);
    return found.length > PREFIX_WORDS_MAX ? null : found;
  };
}

/** Past the last character any key can hold: `key < prefix + KEY_END` bounds a prefix range. */
const KEY_END = '\u{10FFFF}';

/** SQL and its parameters. */
export interface Where {
  sql: string;
  params: unknown[];
}

/** A source of matching seqs: `seq`, the column its index walks in order. */
interface Source extends Where {
  seq: string;
}

/**
 * Where a search's matches are found, each a query for seqs, newest first, under the other
 * filters (`rest`, on inbound_events' columns): every word among the raw body's values (their
 * index, else a scan of the bodies not yet in it), or the whole search, if it is one word, as the
 * start of an address or vendor id. Each source walks its own index newest first and stops at its
 * LIMIT (FTS5 walks rowids descending without sorting), so a page or a capped count reads only
 * the matches it needs, not every match of a common word.
 */
function searchSources(search: string, rest: Where, expand?: (prefix: string) => string[] | null): Source[] | null {
  // Punctuation alone (no word) narrows nothing.
  const fts = ftsQuery(search, expand);
  if (fts === null) return null;
  const sources: Source[] = [
    rest.sql === '1'
      ? // Every rowid in the index is a stored event (deletes remove theirs): no row to look up.
        { sql: 'SELECT rowid AS seq FROM inbound_raw_fts WHERE inbound_raw_fts MATCH ?', params: [fts], seq: 'rowid' }
      : {
          sql: `SELECT seq FROM inbound_raw_fts JOIN inbound_events ON seq = inbound_raw_fts.rowid
            WHERE inbound_raw_fts MATCH ? AND ${rest.sql}`,
          params: [fts, ...rest.params],
          // Ordered by the index's own rowid, which FTS5 walks backwards; `seq` would be sorted.
          seq: 'inbound_raw_fts.rowid',
        },
    { sql: `${RAW_TAIL_SQL} AND ${rest.sql}`, params: [JSON.stringify(searchTerms(search)), ...rest.params], seq: 'seq' },
  ];
  const whole = search.trim();
  if (!/\s/.test(whole)) {
    for (const prefix of SEARCHABLE_KEY_PREFIXES) {
      sources.push({
        sql: `SELECT seq FROM inbound_events WHERE seq IN (SELECT seq FROM inbound_event_keys WHERE key >= ? AND key < ?) AND ${rest.sql}`,
        params: [prefix + whole, prefix + whole + KEY_END, ...rest.params],
        seq: 'seq',
      });
    }
  }
  return sources;
}

/** The same search as one SQL condition on inbound_events (for reads that want every match). */
export function searchWhere(search: string): Where | null {
  const sources = searchSources(search, { sql: '1', params: [] });
  if (sources === null) return null;
  return { sql: `seq IN (${sources.map((s) => s.sql).join(' UNION ')})`, params: sources.flatMap((s) => s.params) };
}

/** The newest `count` matching seqs below `before` (any, when null), newest first. */
function newestMatches(db: Db, sources: readonly Source[], before: number | null, count: number): number[] {
  const seqs = new Set<number>();
  for (const source of sources) {
    const below = before === null ? '' : ` AND ${source.seq} < ?`;
    const rows = db
      .prepare(`${source.sql}${below} ORDER BY ${source.seq} DESC LIMIT ?`)
      .pluck()
      .all(...source.params, ...(before === null ? [] : [before]), count) as number[];
    for (const seq of rows) seqs.add(seq);
  }
  // Each source's newest `count` hold the union's newest `count`.
  return [...seqs].sort((a, b) => b - a).slice(0, count);
}

export interface SearchPage {
  /** Seqs of the page, newest first: up to `limit + 1` (one more tells that a next page exists). */
  seqs: number[];
  total: number;
  totalIsLowerBound: boolean;
}

/**
 * A page of a search under the other filters: `limit + 1` seqs after the cursor and `offset`, and
 * the total, exact up to SEARCH_TOTAL_CAP. Run it in a read transaction with the rows' read.
 * Null when the search has no word (it narrows nothing).
 */
export function searchPage(db: Db, search: string, rest: Where, cursor: number | null, limit: number, offset: number): SearchPage | null {
  const sources = searchSources(search, rest, prefixWords(db));
  if (sources === null) return null;
  const counted = newestMatches(db, sources, null, SEARCH_TOTAL_CAP + 1);
  const totalIsLowerBound = counted.length > SEARCH_TOTAL_CAP;
  const total = Math.min(counted.length, SEARCH_TOTAL_CAP);
  const end = offset + limit + 1;
  // The counted matches already hold the page unless it lies past the cap: a cursor (the feed's
  // anchor, usually above every match) only drops the newest of them.
  const below = cursor === null ? counted : counted.filter((seq) => seq < cursor);
  const from = !totalIsLowerBound || end <= below.length ? below : newestMatches(db, sources, cursor, end);
  return { seqs: from.slice(offset, end), total, totalIsLowerBound };
}
