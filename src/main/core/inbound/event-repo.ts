import type { InboundFilters } from '../../../shared/contract/inbound';
import type { InboundEvent, InboundEventRow, InboundVia, NormalizedEvent } from '../../../shared/inbound/event';
import type { Db } from '../db/database';
import { lookupKey, type DerivedIndexer } from './derived-index';
import { LINK_COLUMNS, ROW_COLUMNS, toEvent, toLink, toRow, type EventRowRecord, type FullEventRecord, type LinkRecord } from './event-row';
import { defineRawWordsFunction } from './raw-index';
import { withoutSecretFields } from './raw-secrets';
import { searchPage, searchWhere, type Where } from './search-page';
import type { CorrelationKeys, ReceiptLink } from './service';
import type { WriteOp, WriteOutcome } from './write-op';

export interface NewEvent {
  normalized: NormalizedEvent;
  receivedAt: number;
  via: InboundVia;
  pollSourceId: string | null;
  raw: string;
  headers: Record<string, string>;
}

/** Ids per read of rows by id: far below SQLite's parameter limit. */
const ROWS_PER_READ = 500;

export interface InsertOutcome {
  id: string;
  duplicate: boolean;
}

const INSERT_SQL = `INSERT INTO inbound_events (source, kind, channel, direction, from_addr, to_addr, from_name, subject,
    text, attachments, details, external_id, transid, message_id, correlation_id, callback_data,
    delivery_status, status_code, status_description, event_time, received_at, via, poll_source_id, raw, headers)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;
/** The row an insert met on (source, external_id): params 0 and 11 of INSERT_SQL. */
const EXISTING = { sql: 'SELECT seq FROM inbound_events WHERE source = ? AND external_id = ?', paramIndexes: [0, 11] } as const;

/** The filters as one SQL condition on inbound_events; the search too unless `withSearch` is false. */
function whereOf(filters: InboundFilters, withSearch = true): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined): void => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('source', filters.source);
  inList('kind', filters.kind);
  inList('channel', filters.channel);
  if (filters.direction) {
    parts.push('direction = ?');
    params.push(filters.direction);
  }
  if (filters.fromTime !== undefined) {
    parts.push('received_at >= ?');
    params.push(filters.fromTime);
  }
  if (filters.toTime !== undefined) {
    parts.push('received_at <= ?');
    params.push(filters.toTime);
  }
  if (filters.address) {
    parts.push('seq IN (SELECT seq FROM inbound_event_keys WHERE key = ?)');
    params.push(lookupKey.address(filters.address));
  }
  if (filters.status && filters.status.length > 0) {
    parts.push(`seq IN (SELECT seq FROM inbound_event_keys WHERE key IN (${filters.status.map(() => '?').join(', ')}))`);
    params.push(...filters.status.map(lookupKey.state));
  }
  const search = filters.search === undefined || !withSearch ? null : searchWhere(filters.search);
  if (search !== null) {
    parts.push(search.sql);
    params.push(...search.params);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/** Filters answered by the derived indexes, which must first cover every stored row. */
function needsIndex(filters: InboundFilters): boolean {
  return Boolean(filters.search || filters.address || (filters.status && filters.status.length > 0));
}

export interface InboundQueryResult {
  events: InboundEventRow[];
  nextCursor: number | null;
  total: number;
  /** The total stopped counting at a cap: at least this many match. */
  totalIsLowerBound: boolean;
}

/** The inbound_events table and the queries over it and its derived indexes. */
export class InboundEventRepo {
  private readonly getStmt;

  constructor(
    private readonly db: Db,
    /** Searches and lookups first bring the derived indexes up to date, so they see every stored row. */
    private readonly derived?: DerivedIndexer,
  ) {
    this.getStmt = db.prepare<[number], FullEventRecord>('SELECT * FROM inbound_events WHERE seq = ?');
    defineRawWordsFunction(db);
  }

  /** The INSERT for one event, as an op for the IngestConnection (run inside its transaction). */
  insertOp(e: NewEvent): WriteOp {
    const n = e.normalized;
    return {
      sql: INSERT_SQL,
      params: [
        n.source,
        n.kind,
        n.channel,
        n.direction,
        n.from,
        n.to,
        n.fromName,
        n.subject,
        n.text,
        JSON.stringify(n.attachments),
        JSON.stringify(n.details),
        n.externalId,
        n.correlation.transid,
        n.correlation.messageId,
        n.correlation.correlationId,
        n.correlation.callbackData,
        n.status?.deliveryStatus ?? null,
        n.status?.code ?? null,
        n.status?.description ?? null,
        n.eventTime,
        e.receivedAt,
        e.via,
        e.pollSourceId,
        withoutSecretFields(e.raw),
        JSON.stringify(e.headers),
      ],
      onConflict: n.externalId === null ? undefined : EXISTING,
    };
  }

  /** What an executed insertOp means: a new row's id, or the stored duplicate's. */
  outcome(result: WriteOutcome | null | undefined): InsertOutcome {
    if (result) return result;
    throw new Error('insert changed nothing and no existing row was found');
  }

  /** The feed row of a newly stored event (for `inbound:received`), without reading it back. */
  rowOf(e: NewEvent, id: string): InboundEventRow {
    // Built field by field rather than spread: the normalizers give their events different hidden
    // classes, and one fixed shape keeps this and the event bus's parse of the row monomorphic.
    const n = e.normalized;
    const row: InboundEventRow = {
      source: n.source,
      kind: n.kind,
      channel: n.channel,
      direction: n.direction,
      from: n.from,
      to: n.to,
      fromName: n.fromName,
      subject: n.subject,
      text: n.text,
      attachments: n.attachments,
      externalId: n.externalId,
      correlation: n.correlation,
      status: n.status,
      eventTime: n.eventTime,
      details: n.details,
      id,
      receivedAt: e.receivedAt,
      via: e.via,
      pollSourceId: e.pollSourceId,
    };
    return row;
  }

  get(id: string): InboundEvent | undefined {
    if (!/^\d{1,15}$/.test(id)) return undefined;
    const record = this.getStmt.get(Number(id));
    return record ? toEvent(record) : undefined;
  }

  /**
   * Newest first, `limit` rows after the cursor (a seq) and `offset` more, with the total for the
   * filters (for a search, exact up to SEARCH_TOTAL_CAP, past it a lower bound). Rows only ever
   * arrive with higher seqs, so a cursor pins the rows after it in place and an offset from it
   * always means the same row.
   */
  query(filters: InboundFilters, cursor: number | null, limit: number, offset = 0): InboundQueryResult {
    if (needsIndex(filters)) this.derived?.catchUp();
    // One snapshot for both: another process's listener commits between two statements, and a row in the
    // page but not in the total would never be counted (the feed skips pushes of rows it has).
    const { rows, total, totalIsLowerBound } = this.db.transaction(() => {
      const search =
        filters.search === undefined ? null : searchPage(this.db, filters.search, whereOf(filters, false), cursor, limit, offset);
      if (search !== null) {
        const rows = this.db
          .prepare(`SELECT ${ROW_COLUMNS} FROM inbound_events WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq DESC`)
          .all(JSON.stringify(search.seqs)) as EventRowRecord[];
        return { rows, total: search.total, totalIsLowerBound: search.totalIsLowerBound };
      }
      const where = whereOf(filters);
      const page = cursor === null ? '' : ' AND seq < ?';
      return {
        total: (this.db.prepare(`SELECT COUNT(*) AS n FROM inbound_events WHERE ${where.sql}`).get(...where.params) as { n: number }).n,
        totalIsLowerBound: false,
        rows: this.db
          .prepare(`SELECT ${ROW_COLUMNS} FROM inbound_events WHERE ${where.sql}${page} ORDER BY seq DESC LIMIT ? OFFSET ?`)
          .all(...where.params, ...(cursor === null ? [] : [cursor]), limit + 1, offset) as EventRowRecord[],
      };
    })();
    const more = rows.length > limit;
    const kept = more ? rows.slice(0, limit) : rows;
    return { events: kept.map(toRow), nextCursor: more ? kept[kept.length - 1]!.seq : null, total, totalIsLowerBound };
  }

  /** Full events (raw + headers) for an export, oldest first. */
  exportByFilters(filters: InboundFilters, max: number): InboundEvent[] {
    if (needsIndex(filters)) this.derived?.catchUp();
    const where = whereOf(filters);
    return (
      this.db.prepare(`SELECT * FROM inbound_events WHERE ${where.sql} ORDER BY seq LIMIT ?`).all(...where.params, max) as FullEventRecord[]
    ).map(toEvent);
  }

  exportByIds(ids: readonly string[]): InboundEvent[] {
    const out: InboundEvent[] = [];
    for (const id of ids) {
      const event = this.get(id);
      if (event) out.push(event);
    }
    return out;
  }

  /** Events from or to one address, oldest first (the latest `limit`). */
  conversation(address: string, limit: number): InboundEventRow[] {
    this.derived?.catchUp();
    const rows = this.db
      .prepare(
        `SELECT ${ROW_COLUMNS} FROM inbound_events
         WHERE seq IN (SELECT seq FROM inbound_event_keys WHERE key = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq DESC`,
      )
      .all(lookupKey.address(address), limit) as EventRowRecord[];
    return rows.reverse().map(toRow);
  }

  /**
   * Receipts and replies tied to an outbound request: any matching correlation id, or from/to one
   * of the addresses, found through the lookup keys.
   */
  findRelated(keys: CorrelationKeys, limit = 1000): InboundEventRow[] {
    // The cursor goes inside the key lookup, so each page reads the (key, seq) index from there on
    // instead of collecting every matching seq again and skipping the earlier pages' ones.
    const related = this.relatedWhere(keys, true);
    if (related === null) return [];
    const rows = this.db
      .prepare(`SELECT ${ROW_COLUMNS} FROM inbound_events WHERE ${related.sql} ORDER BY seq LIMIT ?`)
      .all(...related.params, limit) as EventRowRecord[];
    return rows.map(toRow);
  }

  /** Every receipt for these keys (afterSeq is ignored), with only the columns linking reads. */
  receiptLinks(keys: CorrelationKeys): ReceiptLink[] {
    const related = this.relatedWhere(keys, false);
    if (related === null) return [];
    const rows = this.db
      .prepare(`SELECT ${LINK_COLUMNS} FROM inbound_events WHERE ${related.sql} AND kind = 'receipt' ORDER BY seq`)
      .raw(true)
      .all(...related.params) as LinkRecord[];
    return rows.map(toLink);
  }

  /** Feed rows by id, oldest first. */
  rows(ids: readonly string[]): InboundEventRow[] {
    const out: InboundEventRow[] = [];
    for (let at = 0; at < ids.length; at += ROWS_PER_READ) {
      const part = ids.slice(at, at + ROWS_PER_READ).map(Number);
      const rows = this.db
        .prepare(`SELECT ${ROW_COLUMNS} FROM inbound_events WHERE seq IN (${part.map(() => '?').join(', ')})`)
        .all(...part) as EventRowRecord[];
      out.push(...rows.map(toRow));
    }
    return out.sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** The condition for events tied to these keys (through the lookup keys), or null when there are none. */
  private relatedWhere(keys: CorrelationKeys, withCursor: boolean): Where | null {
    const wanted = [
      ...(keys.transids ?? []).map(lookupKey.transid),
      ...(keys.messageIds ?? []).map(lookupKey.messageId),
      ...(keys.correlationIds ?? []).map(lookupKey.correlationId),
      ...(keys.callbackData ?? []).map(lookupKey.callbackData),
      ...(keys.addresses ?? []).map(lookupKey.address),
    ].filter((key) => !key.endsWith(':'));
    if (wanted.length === 0) return null;
    this.derived?.catchUp();
    const params: unknown[] = [...wanted];
    const cursor = withCursor && keys.afterSeq !== undefined;
    if (cursor) params.push(keys.afterSeq);
    if (keys.since !== undefined) params.push(keys.since);
    return {
      sql: `seq IN (SELECT seq FROM inbound_event_keys WHERE key IN (${wanted.map(() => '?').join(', ')})${cursor ? ' AND seq > ?' : ''})${
        keys.since === undefined ? '' : ' AND received_at >= ?'
      }`,
      params,
    };
  }
}
