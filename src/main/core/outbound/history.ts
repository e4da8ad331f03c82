import type { z } from 'zod';
import type { ListPage, ListQuery, OutboundRequestSummary, RequestDetail } from '../../../shared/contract/outbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { InboundService } from '../inbound/service';
import type { Logger } from '../logger';
import type { AttemptRepo } from './attempt-repo';
import type { RequestRepo, SummaryRow } from './request-repo';
import { buildTimeline } from './timeline';

// History's read side: the outbox rows as the user sees them, with the receipts and replies that
// later matched each request.

export interface HistoryDeps {
  requests: RequestRepo;
  attempts: AttemptRepo;
  inbound: InboundService;
  log: Logger;
}

export function listRequests(requests: RequestRepo, query: z.output<typeof ListQuery>): ListPage {
  const { rows, total } = requests.list(query);
  const counts = Object.fromEntries(requests.countsByState({ jobId: query.jobId, profileId: query.profileId, search: query.search }).map((c) => [c.state, c.n])) as ListPage['counts'];
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
    try {
      related = deps.inbound.findRelated({
        transids,
        messageIds,
        correlationIds,
        callbackData: row.callback_data ? [row.callback_data] : [],
        addresses,
        since: row.created_at,
      });
    } catch (error) {
      deps.log.warn('outbox: could not look up receipts', { request: id, error: String(error) });
    }
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
