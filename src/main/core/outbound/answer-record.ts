import { interpretV1Response, interpretV2Response, type ApiOutcome } from '../../../shared/api/responses';
import { backoffMs, decide } from '../../../shared/outbound/retry';
import type { AttemptRepo } from './attempt-repo';
import type { RecipientRepo } from './recipient-repo';
import type { HttpAnswer, PostError } from './http-post';
import type { DueRow, RequestRepo, RequestRow } from './request-repo';

// What one try's result means for its request: the writes that record it (committed later with
// the worker's next claim) and the state the request ends up in. Pure apart from the clock and
// random it is given, so the worker keeps only pacing, claiming and the offline state.

/** What the outbox reports after a request changed state. */
export type Changed = Pick<RequestRow, 'id' | 'job_id' | 'state'>;

export interface AnswerRecord {
  write: () => void;
  changed: Changed;
}

export interface RecordDeps {
  requests: RequestRepo;
  attempts: AttemptRepo;
  /** Per-destination rows that get the vendor's ids (absent in tests of the answer alone). */
  recipients?: RecipientRepo;
  random?: () => number;
}

/** A request that provably never arrived (offline): queued again for `next`. */
export function offlineRecord(deps: RecordDeps, row: DueRow, attempt: number, failure: PostError, now: number, next: number): AnswerRecord {
  const description = `Offline: could not reach the API (${failure.message}); it stays queued and goes when the network is back.`;
  return {
    write: () => {
      deps.attempts.finish({
        request_id: row.id,
        attempt,
        finished_at: now,
        http_status: null,
        outcome: 'network',
        code: 'network',
        description,
        response: null,
      });
      deps.requests.requeue(row.id, next, 'network', description, now);
    },
    changed: { id: row.id, job_id: row.job_id, state: 'queued' },
  };
}

/** No complete answer: it may have arrived, so it is never sent again on its own. */
export function unknownRecord(deps: RecordDeps, row: DueRow, attempt: number, failure: PostError, now: number): AnswerRecord {
  const description = `No complete answer (${failure.message}): the request may or may not have arrived, so it is not sent again on its own. Check the receipts, then re-send or settle it.`;
  const code = failure.timedOut ? 'timeout' : 'network';
  return {
    write: () => {
      deps.attempts.finish({
        request_id: row.id,
        attempt,
        finished_at: now,
        http_status: null,
        outcome: 'unknown',
        code,
        description,
        response: null,
      });
      deps.requests.settle(row.id, 'unknown', { code, description }, now);
    },
    changed: { id: row.id, job_id: row.job_id, state: 'unknown' },
  };
}

/** An HTTP answer: read per API version, then retried with backoff or settled. */
export function answerRecord(deps: RecordDeps, row: DueRow, attempt: number, answer: HttpAnswer, now: number): AnswerRecord {
  const { requests, attempts } = deps;
  const outcome: ApiOutcome =
    row.api === 'v1' ? interpretV1Response(answer.status, answer.body) : interpretV2Response(answer.status, answer.body);
  const apiRetries = attempts.forRequest(row.id).filter((a) => a.outcome === 'retry').length + 1;
  // A 2xx we could not read may have arrived: unknown (the user decides), never failed or retried.
  const decision = outcome.uncertain ? 'unknown' : decide(outcome, apiRetries);
  const finished = {
    request_id: row.id,
    attempt,
    finished_at: now,
    http_status: answer.status,
    outcome: decision,
    code: outcome.code,
    description: outcome.description,
    response: answer.body === null ? null : JSON.stringify(answer.body),
  };
  if (decision === 'retry') {
    const next = now + backoffMs(apiRetries, deps.random);
    return {
      write: () => {
        attempts.finish(finished);
        requests.requeue(row.id, next, outcome.code, `${outcome.description} Next try ${new Date(next).toISOString()}.`, now);
      },
      changed: { id: row.id, job_id: row.job_id, state: 'queued' },
    };
  }
  const messageIds = outcome.ids.messageId ? [outcome.ids.messageId] : [];
  return {
    write: () => {
      attempts.finish(finished);
      requests.settle(
        row.id,
        decision,
        { code: outcome.code, description: outcome.description, transids: outcome.ids.transids, messageIds },
        now,
      );
      deps.recipients?.setVendorIds(row.id, row.api, { transids: outcome.ids.transids }, row.destinations);
    },
    changed: { id: row.id, job_id: row.job_id, state: decision },
  };
}
