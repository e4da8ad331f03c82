/** How the outbox retries: exponential backoff with jitter, so many clients do not retry in step. */
export const RETRY_BASE_MS = 1000;
/** Longest wait between two tries of an API error (rate limit, 5xx). */
export const RETRY_CAP_MS = 60_000;
/** Longest wait between two probes while offline, so the app notices the network coming back. */
export const OFFLINE_PROBE_CAP_MS = 30_000;
/** Tries of one request that the API keeps refusing with a retryable answer, before it fails. */
export const MAX_ATTEMPTS = 8;

/** Delay before try `attempt + 1` (attempt counts from 1): half fixed, half random ("equal jitter"). */
export function backoffMs(attempt: number, random: () => number = Math.random, capMs = RETRY_CAP_MS): number {
  const exponential = Math.min(capMs, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** What the worker does with one answer from the API. */
export type RetryDecision = 'accepted' | 'retry' | 'failed';

export interface OutcomeLike {
  accepted: boolean;
  retryable: boolean;
}

export function decide(outcome: OutcomeLike, attempt: number, maxAttempts = MAX_ATTEMPTS): RetryDecision {
  if (outcome.accepted) return 'accepted';
  if (outcome.retryable && attempt < maxAttempts) return 'retry';
  return 'failed';
}
