import type { Db } from '../db/database';

/** Rows per raw-body indexing step (~15-20 ms here: vendor ids make many distinct words). */
const RAW_STEP_ROWS = 2_000;
/** How long no new row may arrive before raw bodies are indexed, and how often that is looked at. */
const RAW_IDLE_MS = 1_000;
/** The pause between two steps of a backlog, so requests are answered meanwhile. */
const RAW_STEP_GAP_MS = 10;

const RAW_UPTO = '(SELECT raw_upto FROM inbound_derived_state WHERE id = 1)';

/** The SQL function that matches the raw bodies not yet in inbound_raw_fts (see rawHasWords). */
export const RAW_WORDS_FUNCTION = 'inbound_raw_has_words';

/**
 * Rows past the raw index, for a search to scan: `raw` holds every word of the query, prefix-
 * matched like the index does. Its only parameter is the query's words as JSON.
 */
export const RAW_TAIL_SQL = `SELECT seq FROM inbound_events WHERE seq > ${RAW_UPTO} AND ${RAW_WORDS_FUNCTION}(raw, ?)`;

/** Words as FTS5's unicode61 tokenizer sees them: case and diacritics folded, split at anything but letters and digits. */
export function indexWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const BEYOND_PRINTABLE_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Whether every (folded) word starts some word of `raw` (the scan's side of a raw-body search). */
export function rawHasWords(raw: string, words: readonly string[]): boolean {
  // Most bodies are ASCII and lack a word altogether: a native substring test turns them away
  // before the split, which a scan of a long backlog would otherwise pay for every row.
  if (!BEYOND_PRINTABLE_ASCII.test(raw)) {
    const lower = raw.toLowerCase();
    if (!words.every((word) => lower.includes(word))) return false;
  }
  const have = indexWords(raw);
  return words.every((word) => have.some((h) => h.startsWith(word)));
}

/** Defines RAW_WORDS_FUNCTION on a connection that runs searches. */
export function defineRawWordsFunction(db: Db): void {
  let queryWords: string | null = null;
  let parsed: string[] = [];
  db.function(RAW_WORDS_FUNCTION, { deterministic: true }, (raw: unknown, words: unknown) => {
    if (typeof raw !== 'string' || typeof words !== 'string') return 0;
    // One search calls this per row with the same words: parse them once.
    if (words !== queryWords) {
      queryWords = words;
      parsed = (JSON.parse(words) as string[]).flatMap(indexWords);
    }
    return rawHasWords(raw, parsed) ? 1 : 0;
  });
}

/**
 * The full-text index of raw bodies. It holds every word of every stored payload, vendor ids
 * included, which costs several times the other derived indexes (~8 us a row), so it is not
 * filled in the ingest upkeep's steps, which run between commits under a flood: only once no row
 * has arrived for RAW_IDLE_MS, on the app's connection, in short steps. Until then a search scans
 * the raw bodies past `inbound_derived_state.raw_upto` (RAW_TAIL_SQL), so it always sees every
 * stored row and never has to wait for a backlog to be indexed.
 */
export class RawBodyIndexer {
  private readonly topStmt;
  private readonly uptoStmt;
  private readonly indexStmt;
  private readonly markStmt;
  private timer: NodeJS.Timeout | null = null;
  private lastTop = -1;

  constructor(private readonly db: Db) {
    this.topStmt = db.prepare<[], { top: number }>('SELECT COALESCE(MAX(seq), 0) AS top FROM inbound_events');
    this.uptoStmt = db.prepare<[], { upto: number }>(`SELECT ${RAW_UPTO} AS upto`);
    this.indexStmt = db.prepare(`INSERT INTO inbound_raw_fts (rowid, raw)
      SELECT seq, raw FROM inbound_events WHERE seq > ${RAW_UPTO} ORDER BY seq LIMIT ?`);
    this.markStmt = db.prepare(`UPDATE inbound_derived_state SET raw_upto = COALESCE(
      (SELECT MAX(seq) FROM (SELECT seq FROM inbound_events WHERE seq > raw_upto ORDER BY seq LIMIT ?)), raw_upto)
      WHERE id = 1`);
  }

  /** Starts indexing whenever ingest is idle. */
  start(idleMs = RAW_IDLE_MS): void {
    this.stop();
    const tick = (): void => {
      this.timer = null;
      let next = idleMs;
      try {
        const top = this.topStmt.get()!.top;
        if (top === this.lastTop && this.uptoStmt.get()!.upto < top) {
          this.step(RAW_STEP_ROWS);
          next = RAW_STEP_GAP_MS;
        }
        this.lastTop = top;
      } catch {
        // E.g. another process held the write lock: tried again at the next tick.
      }
      this.timer = setTimeout(tick, next);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, idleMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Indexes the next `limit` raw bodies in one transaction; returns how many. */
  step(limit: number): number {
    let indexed = 0;
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(() => {
        indexed = this.indexStmt.run(limit).changes;
        if (indexed > 0) this.markStmt.run(limit);
      })();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
    return indexed;
  }
}
