import type { Db } from '../db/database';
import type { Logger } from '../logger';
import { RateLimitedLog } from '../rate-limited-log';
import { rawHasWords, rawSearchText, type SearchTerm } from './search-text';

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
 * Rows past the raw index, for a search to scan: `raw`'s values hold every term of the query, as
 * the index would match them. Its only parameter is the query's searchTerms as JSON.
 */
export const RAW_TAIL_SQL = `SELECT seq FROM inbound_events WHERE seq > ${RAW_UPTO} AND ${RAW_WORDS_FUNCTION}(raw, ?)`;

/** Defines RAW_WORDS_FUNCTION on a connection that runs searches. */
export function defineRawWordsFunction(db: Db): void {
  let queryTerms: string | null = null;
  let parsed: SearchTerm[] = [];
  db.function(RAW_WORDS_FUNCTION, { deterministic: true }, (raw: unknown, terms: unknown) => {
    if (typeof raw !== 'string' || typeof terms !== 'string') return 0;
    // One search calls this per row with the same terms: parse them once.
    if (terms !== queryTerms) {
      queryTerms = terms;
      parsed = JSON.parse(terms) as SearchTerm[];
    }
    return rawHasWords(raw, parsed) ? 1 : 0;
  });
}

/**
 * The full-text index of raw bodies' values (inbound_raw_fts). It holds every value of every
 * stored payload, vendor ids included, which costs several times the other derived indexes
 * (~10 us a row: a JSON parse and many distinct words), so it is not filled in the ingest
 * upkeep's steps, which run between commits under a flood: only once no row has arrived for
 * RAW_IDLE_MS, on the app's connection, in short steps. Until then a search scans the raw bodies
 * past `inbound_derived_state.raw_upto` (RAW_TAIL_SQL), so it always sees every stored row and
 * never waits for a backlog to be indexed.
 */
export class RawBodyIndexer {
  private readonly topStmt;
  private readonly uptoStmt;
  private readonly pendingStmt;
  private readonly insertStmt;
  private readonly markStmt;
  private timer: NodeJS.Timeout | null = null;
  private lastTop = -1;

  private readonly faults: RateLimitedLog | null;

  /** `log`: where failed steps are reported, rate-limited (each is retried at the next tick). */
  constructor(
    private readonly db: Db,
    log?: Logger,
  ) {
    this.faults = log ? new RateLimitedLog(log) : null;
    this.topStmt = db.prepare<[], { top: number }>('SELECT COALESCE(MAX(seq), 0) AS top FROM inbound_events');
    this.uptoStmt = db.prepare<[], { upto: number }>(`SELECT ${RAW_UPTO} AS upto`);
    this.pendingStmt = db.prepare<[number], { seq: number; raw: string }>(
      `SELECT seq, raw FROM inbound_events WHERE seq > ${RAW_UPTO} ORDER BY seq LIMIT ?`,
    );
    this.insertStmt = db.prepare('INSERT INTO inbound_raw_fts (rowid, body) VALUES (?, ?)');
    this.markStmt = db.prepare('UPDATE inbound_derived_state SET raw_upto = ? WHERE id = 1');
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
      } catch (error) {
        // E.g. another process held the write lock: tried again at the next tick.
        this.faults?.warn('indexing raw bodies failed; tried again at the next tick', error);
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
        const rows = this.pendingStmt.all(limit);
        for (const row of rows) this.insertStmt.run(row.seq, rawSearchText(row.raw));
        if (rows.length > 0) this.markStmt.run(rows[rows.length - 1]!.seq);
        indexed = rows.length;
      })();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
    return indexed;
  }

  /** Indexes every raw body not yet indexed (a bulk load that wants search at full speed at once). */
  catchUp(): void {
    while (this.step(RAW_STEP_ROWS * 10) > 0);
  }
}
