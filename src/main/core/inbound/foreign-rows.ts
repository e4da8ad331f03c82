import type { InboundEventRow } from '../../../shared/inbound/event';
import type { Db } from '../db/database';
import type { EventBus } from '../event-bus';
import { ROW_COLUMNS, toRow, type EventRowRecord } from './event-row';

/** Rows pushed per `inbound:received` and per look; more wait for the next look. */
const PUSH_CHUNK = 500;
const ROWS_PER_LOOK = 5_000;
/** How soon to look again when this process's own writes are still in flight. */
const RETRY_MS = 250;

/**
 * Events stored by another process reach this one's console here. This process pushes its own
 * rows as it commits them; rows written by, say, `relaydesk listen` (holding the port the app's
 * listener wanted) or its poller push nothing here. ExternalChanges calls `check()` when
 * inbound_events grew; rows above the last one seen that are not among this process's own
 * (recorded as seq ranges: a batch's rows get consecutive seqs) go out as `inbound:received`.
 */
export class ForeignRows {
  private lastSeen: number;
  /** This process's stored rows above lastSeen, as merged [first, last] seq ranges. */
  private own: [number, number][] = [];
  private retry: NodeJS.Timeout | null = null;
  private readonly maxSeq;
  private readonly between;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    /** True while own writes may be committed but not yet recorded: the look waits then. */
    private readonly ownWritesPending: () => boolean,
  ) {
    this.maxSeq = db.prepare<[], number>('SELECT COALESCE(MAX(seq), 0) FROM inbound_events').pluck();
    this.between = db.prepare<[number, number, number], EventRowRecord>(
      `SELECT ${ROW_COLUMNS} FROM inbound_events WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?`,
    );
    this.lastSeen = this.maxSeq.get()!;
  }

  /** This process stored these rows (and pushed them itself). */
  stored(first: number, last: number): void {
    if (last <= this.lastSeen) return;
    const tail = this.own[this.own.length - 1];
    if (tail && first === tail[1] + 1) tail[1] = last;
    else this.own.push([Math.max(first, this.lastSeen + 1), last]);
  }

  check(): void {
    if (this.retry) return;
    if (this.ownWritesPending()) {
      this.retry = setTimeout(() => {
        this.retry = null;
        this.check();
      }, RETRY_MS);
      this.retry.unref();
      return;
    }
    const foreign: InboundEventRow[] = [];
    let seen = this.lastSeen;
    let complete = true;
    // The gaps between own ranges, then everything above the last of them.
    const gaps: [number, number][] = [];
    for (const [first, last] of this.own) {
      gaps.push([seen, first]);
      seen = last;
    }
    gaps.push([seen, Number.MAX_SAFE_INTEGER]);
    for (const [after, before] of gaps) {
      const room = ROWS_PER_LOOK - foreign.length;
      const rows = this.between.all(after, before, room);
      for (const r of rows) foreign.push(toRow(r));
      if (rows.length === room) {
        // Stop at the last row taken; the next look goes on from there.
        this.lastSeen = rows[rows.length - 1]!.seq;
        complete = false;
        break;
      }
    }
    if (complete) this.lastSeen = Math.max(seen, foreign.length > 0 ? Number(foreign[foreign.length - 1]!.id) : 0, this.lastSeen);
    this.own = this.own.filter(([, last]) => last > this.lastSeen);
    for (let i = 0; i < foreign.length; i += PUSH_CHUNK) this.bus.emit('inbound:received', { events: foreign.slice(i, i + PUSH_CHUNK) });
    if (!complete) {
      // More waiting: go on after other work had its turn.
      this.retry = setTimeout(() => {
        this.retry = null;
        this.check();
      }, 0);
      this.retry.unref();
    }
  }

  stop(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }
}
