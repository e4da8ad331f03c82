import { z } from 'zod';

// The answer of "Test connection", in words a user can act on.
export const ConnectionOutcome = z.enum([
  'accepted',
  'keyRejected',
  'serviceInactive',
  'unreachable',
  'missingSecret',
  'keychainUnavailable',
  'unexpected',
]);
export type ConnectionOutcome = z.infer<typeof ConnectionOutcome>;

export const ConnectionCheck = z.object({
  /** Which API was asked: v2 `POST /v2/messages` or v1 `POST /resources/v1/messaging`. */
  api: z.enum(['v2', 'v1']),
  outcome: ConnectionOutcome,
  /** What came back, e.g. "HTTP 400" or "code 7004", or the network error. */
  detail: z.string(),
});
export type ConnectionCheck = z.infer<typeof ConnectionCheck>;

export const ConnectionTestResult = z.object({
  profileId: z.string(),
  host: z.string(),
  outcome: ConnectionOutcome,
  /** One sentence for the user: what happened and what to do. */
  message: z.string(),
  checks: z.array(ConnectionCheck),
  testedAt: z.string(),
  durationMs: z.number(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResult>;
