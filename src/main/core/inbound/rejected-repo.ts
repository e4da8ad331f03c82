import type { InboundVia, RejectedRequest } from '../../../shared/inbound/event';
import type { Db } from '../db/database';
import type { WriteOp } from './write-op';

interface RejectedRecord {
  seq: number;
  id: string;
  received_at: number;
  via: string;
  method: string;
  path: string;
  http_status: number;
  reason: string;
  content_type: string | null;
  body_bytes: number;
  body_preview: string;
  body_truncated: number;
  headers: string;
}

function toRejected(r: RejectedRecord): RejectedRequest {
  return {
    id: r.id,
    receivedAt: r.received_at,
    via: r.via as InboundVia,
    method: r.method,
    path: r.path,
    httpStatus: r.http_status,
    reason: r.reason,
    contentType: r.content_type,
    bodyBytes: r.body_bytes,
    bodyPreview: r.body_preview,
    bodyTruncated: r.body_truncated === 1,
    headers: JSON.parse(r.headers) as Record<string, string>,
  };
}

/** The rejected-request log: what the listener or poller refused, and why. */
export class RejectedRepo {
  constructor(private readonly db: Db) {}

  /** The INSERT for one refusal, as an op for the IngestConnection. */
  insertOp(r: RejectedRequest): WriteOp {
    return {
      sql: `INSERT INTO inbound_rejected (id, received_at, via, method, path, http_status, reason, content_type,
              body_bytes, body_preview, body_truncated, headers)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        r.id,
        r.receivedAt,
        r.via,
        r.method,
        r.path,
        r.httpStatus,
        r.reason,
        r.contentType,
        r.bodyBytes,
        r.bodyPreview,
        r.bodyTruncated ? 1 : 0,
        JSON.stringify(r.headers),
      ],
    };
  }

  /** Newest first. */
  page(cursor: number | null, limit: number): { rejected: RejectedRequest[]; nextCursor: number | null; total: number } {
    // One snapshot for both: another process may commit between two statements.
    const { total, rows } = this.db.transaction(() => ({
      total: (this.db.prepare('SELECT COUNT(*) AS n FROM inbound_rejected').get() as { n: number }).n,
      rows: this.db
        .prepare(`SELECT * FROM inbound_rejected ${cursor === null ? '' : 'WHERE seq < ?'} ORDER BY seq DESC LIMIT ?`)
        .all(...(cursor === null ? [] : [cursor]), limit + 1) as RejectedRecord[],
    }))();
    const more = rows.length > limit;
    const kept = more ? rows.slice(0, limit) : rows;
    return { rejected: kept.map(toRejected), nextCursor: more ? kept[kept.length - 1]!.seq : null, total };
  }
}
