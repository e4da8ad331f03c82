import { z } from 'zod';
import { ApiVersion } from '../outbound/api-version';

// Calls and events of the outbound area: sending (validate, batch, queue), the outbox and History.

export const OutboundInput = z.object({
  profileId: z.string().min(1),
  /** Detected from the body when absent (v2 has `channel`, v1 `deliverychannel`). */
  api: ApiVersion.optional(),
  body: z.unknown(),
});

export const FieldError = z.object({ path: z.string(), message: z.string() });

export const BatchPlan = z.object({
  /** Requests the send becomes. */
  count: z.number().int().nonnegative(),
  destinations: z.number().int().nonnegative(),
  /** min(1000, profile TPS): TPS counts destinations per second (seed 001). */
  maxPerRequest: z.number().int().positive(),
  estimatedSeconds: z.number().nonnegative(),
});

export const ValidateResult = z.object({ api: ApiVersion, errors: z.array(FieldError), batches: BatchPlan });
export type ValidateResult = z.infer<typeof ValidateResult>;

export const SendReceipt = z.object({
  jobId: z.string(),
  requestCount: z.number().int().nonnegative(),
  destinations: z.number().int().nonnegative(),
});
export type SendReceipt = z.infer<typeof SendReceipt>;

/**
 * queued: stored, waiting its turn; sending: on the wire; accepted / failed: the API answered;
 * unknown: the app stopped while it was on the wire, so it may or may not have arrived (never
 * re-sent on its own: the user decides); cancelled: withdrawn before it was sent.
 */
export const RequestState = z.enum(['queued', 'sending', 'accepted', 'failed', 'unknown', 'cancelled']);
export type RequestState = z.infer<typeof RequestState>;

export const OutboundRequestSummary = z.object({
  id: z.string(),
  jobId: z.string(),
  /** Position within its job, from 1. */
  seq: z.number().int(),
  jobSize: z.number().int(),
  profileId: z.string(),
  api: ApiVersion,
  channel: z.string().nullable(),
  destinations: z.number().int(),
  /** The first address, for the list. */
  firstAddress: z.string().nullable(),
  state: RequestState,
  attempts: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  responseCode: z.string().nullable(),
  responseDescription: z.string().nullable(),
});
export type OutboundRequestSummary = z.infer<typeof OutboundRequestSummary>;

export const ListQuery = z.object({
  state: RequestState.optional(),
  jobId: z.string().optional(),
  profileId: z.string().optional(),
  /** Matches an address, a correlation id, a transaction/message id or the channel. */
  search: z.string().trim().max(200).optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(500).default(100),
});

export const ListPage = z.object({
  items: z.array(OutboundRequestSummary),
  total: z.number().int(),
  counts: z.partialRecord(RequestState, z.number().int()),
});
export type ListPage = z.infer<typeof ListPage>;

export const Attempt = z.object({
  attempt: z.number().int(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  httpStatus: z.number().int().nullable(),
  /** accepted | retry | failed | network | unknown */
  outcome: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  /** The API's answer as received (JSON when it was JSON). */
  response: z.unknown(),
});
export type Attempt = z.infer<typeof Attempt>;

export const TimelineEntry = z.object({
  at: z.number(),
  kind: z.enum(['queued', 'attempt', 'accepted', 'failed', 'unknown', 'cancelled', 'receipt', 'reply', 'event']),
  title: z.string(),
  detail: z.string().nullable(),
  data: z.unknown(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const RequestDetail = z.object({
  request: OutboundRequestSummary,
  body: z.unknown(),
  ids: z.object({ transids: z.array(z.string()), messageIds: z.array(z.string()), correlationIds: z.array(z.string()) }),
  addresses: z.array(z.string()),
  attempts: z.array(Attempt),
  timeline: z.array(TimelineEntry),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

export const JobState = z.enum(['running', 'offline', 'done', 'cancelled']);
export const JobProgress = z.object({
  jobId: z.string(),
  /** Destinations the API accepted. */
  sent: z.number().int(),
  /** Destinations in failed, unknown or cancelled requests. */
  failed: z.number().int(),
  /** Destinations still queued or on the wire. */
  remaining: z.number().int(),
  ratePerSecond: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().nullable(),
  state: JobState,
});
export type JobProgress = z.infer<typeof JobProgress>;

export const RequestUpdated = z.object({ id: z.string(), jobId: z.string(), state: RequestState });

export const outboundCalls = {
  'outbound:validate': { input: OutboundInput, output: ValidateResult },
  'outbound:send': { input: OutboundInput, output: SendReceipt },
  'outbound:cancel': { input: z.object({ jobId: z.string() }), output: JobProgress },
  'outbound:jobs': { input: z.void(), output: z.array(JobProgress) },
  'outbound:list': { input: ListQuery, output: ListPage },
  'outbound:get': { input: z.object({ id: z.string() }), output: RequestDetail },
  /** Sends the request's body again as a new job (also how the user settles an `unknown`). */
  'outbound:resend': { input: z.object({ id: z.string() }), output: SendReceipt },
  /** The user settles an `unknown` request without sending it again. */
  'outbound:settle': { input: z.object({ id: z.string(), as: z.enum(['accepted', 'failed']) }), output: OutboundRequestSummary },
} as const;

export const outboundEvents = {
  'outbound:progress': JobProgress,
  'outbound:updated': RequestUpdated,
  /** Requests were added or changed by another process (the CLI): reload what is shown. */
  'outbound:changed': z.object({}),
} as const;
