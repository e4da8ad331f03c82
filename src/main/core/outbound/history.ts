import type { z } from 'zod';
import type { ListPage, ListQuery, OutboundRequestSummary, RequestDetail } from '../../../shared/contract/outbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { AttemptRepo } from './attempt-repo';
import { LinkReader, type LinkDeps } from './link-reader';
import type { RequestRepo, SummaryRow } from './request-repo';
import { buildTimeline } from './timeline';

// History's read side by request: the outbox rows as the user sees them, with the receipts and
// replies that belong to each request (linking.ts).

export interface HistoryDeps extends LinkDeps {
  attempts: AttemptRepo;
}

export function listRequests(requests: RequestRepo, query: z.output<typeof ListQuery>): ListPage {
  const { rows, total } = requests.list(query);
  const counts = Object.fromEntries(
    requests.countsByState({ jobId: query.jobId, profileId: query.profileId, search: query.search }).map((c) => [c.state, c.n]),
  ) as ListPage['counts'];
  return { items: rows.map(toSummary), total, counts };
}

export function requestDetail(deps: HistoryDeps, id: string): RequestDetail {
  const row = deps.requests.get(id);
  const summary = deps.requests.summary(id);
  if (!row || !summary) throw new ContractError(ErrorCodes.notFound, `No sent request ${id}.`);
  const attempts = deps.attempts.forRequest(id);
  const transids = JSON.parse(row.transids) as string[];
  const messageIds = JSON.parse(row.message_ids) as string[];
  const correlationIds = JSON.parse(row.correlation_ids) as string[];
  const addresses = JSON.parse(row.addresses) as string[];
  let related: unknown[] = [];
  if (row.state === 'accepted' || row.state === 'unknown') {
    // The same rules as the per-recipient outcomes (linking.ts): only this request's receipts,
    // and replies only from addresses this request was our latest send to.
    const linked = new LinkReader(deps).link(deps.recipients.forRequest(id));
    const receipts = deps.inbound.rows((linked.requestReceipts.get(id) ?? []).map((receipt) => receipt.id));
    const events = [...receipts, ...linked.recipients.flatMap((r) => r.replies)];
    related = [...new Map(events.map((e) => [e.id, e])).values()];
  }
  return {
    request: toSummary(summary),
    body: JSON.parse(row.body) as unknown,
    ids: { transids, messageIds, correlationIds },
    addresses,
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      startedAt: a.started_at,
      finishedAt: a.finished_at,
      httpStatus: a.http_status,
      outcome: a.outcome,
      code: a.code,
      description: a.description,
      response: a.response === null ? null : (JSON.parse(a.response) as unknown),
    })),
    timeline: buildTimeline(row, attempts, related),
  };
}

export function toSummary(row: SummaryRow): OutboundRequestSummary {
  return {
    id: row.id,
    jobId: row.job_id,
    seq: row.seq,
    jobSize: row.job_size,
    profileId: row.profile_id,
    api: row.api,
    channel: row.channel,
    destinations: row.destinations,
    firstAddress: row.first_address,
    state: row.state,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    nextAttemptAt: row.next_attempt_at,
    responseCode: row.response_code,
    responseDescription: row.response_description,
  };
}
