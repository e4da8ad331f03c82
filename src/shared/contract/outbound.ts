import { z } from 'zod';
import { ApiVersion } from '../api/api-version';

// Calls and events of the outbound area: sending (validate, batch, queue), the outbox and History.

/**
 * Made by the client once per user action (a click on Send, a CLI run): a second `outbound:send`
 * with an id already used returns the first send's job and queues nothing, so a double-click or
 * a repeated Ctrl+Enter can never send twice.
 */
export const SendId = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'a send id is 8 to 100 letters, digits, "_" or "-"');

export const OutboundInput = z.object({
  profileId: z.string().min(1),
  sendId: SendId.optional(),
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

/** Why a send would be refused before anything is queued (e.g. `missing_secret`), with the fix in words. */
export const SendBlocker = z.object({ code: z.string(), message: z.string() });
export type SendBlocker = z.infer<typeof SendBlocker>;

export const ValidateResult = z.object({
  api: ApiVersion,
  errors: z.array(FieldError),
  /** Never refuse the send: documents that disagree, rules from elsewhere, unknown fields (kept and sent). */
  warnings: z.array(FieldError),
  batches: BatchPlan,
  blockers: z.array(SendBlocker),
});
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

/**
 * One recipient's outcome, in one vocabulary everywhere (History, the feed, the CLI):
 * pending: queued or on the wire; accepted: the API took it, no receipt yet; delivered / read:
 * the latest receipt says so; failed: the API refused it or a receipt says it failed; unknown:
 * the app cannot tell whether it arrived.
 */
export const DeliveryState = z.enum(['pending', 'accepted', 'delivered', 'read', 'failed', 'unknown']);
export type DeliveryState = z.infer<typeof DeliveryState>;

/** Recipients of a send by their current DeliveryState (each recipient counted once). */
export const DeliveryCounts = z.object({
  pending: z.number().int(),
  accepted: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  failed: z.number().int(),
  unknown: z.number().int(),
});
export type DeliveryCounts = z.infer<typeof DeliveryCounts>;

/** One send as the user made it (a click on Send, a CLI run, a re-send): a job, not an API request. */
export const SendSummary = z.object({
  jobId: z.string(),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
  profileId: z.string(),
  profileName: z.string().nullable(),
  api: ApiVersion,
  channel: z.string().nullable(),
  requests: z.number().int(),
  destinations: z.number().int(),
  state: JobState,
  firstAddress: z.string().nullable(),
  /** The first recipient's personalised text, cut short for a list. */
  preview: z.string().nullable(),
  delivery: DeliveryCounts,
});
export type SendSummary = z.infer<typeof SendSummary>;

export const SendsQuery = z.object({
  /** Matches an address, a correlation id, a transaction/message id or the channel. */
  search: z.string().trim().max(200).optional(),
  /** Only sends with at least one failed or unknown recipient. */
  failedOnly: z.boolean().default(false),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(200).default(50),
});

export const SendsPage = z.object({ items: z.array(SendSummary), total: z.number().int() });
export type SendsPage = z.infer<typeof SendsPage>;

export const ReceiptSummary = z.object({
  status: z.string(),
  code: z.string().nullable(),
  /** The code in words ("7201: message failed"), or the status when there is no code. */
  words: z.string(),
  at: z.number(),
  eventId: z.string(),
});

export const RecipientOutcome = z.object({
  jobId: z.string(),
  requestId: z.string(),
  /** The request's position within its send, from 1. */
  requestSeq: z.number().int(),
  destination: z.string(),
  /** What this recipient got: the body's text with their `$(variables)` filled in. */
  text: z.string().nullable(),
  delivery: DeliveryState,
  api: z.object({ state: RequestState, code: z.string().nullable(), description: z.string().nullable() }),
  /** v2 messageId or v1 transid the vendor gave this recipient, when it gave one. */
  vendorId: z.string().nullable(),
  lastReceipt: ReceiptSummary.nullable(),
  /** An MO from this address after the send, shown only when this is our latest send to it. */
  likelyReply: z.object({ text: z.string().nullable(), at: z.number(), eventId: z.string() }).nullable(),
});
export type RecipientOutcome = z.infer<typeof RecipientOutcome>;

export const RecipientsQuery = z
  .object({
    jobId: z.string().optional(),
    /** Every recipient row sent to this address, newest first (conversations). */
    address: z.string().trim().min(1).max(200).optional(),
    /** Only failed or unknown recipients. */
    failedOnly: z.boolean().default(false),
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().positive().max(1000).default(200),
  })
  .refine((q) => q.jobId !== undefined || q.address !== undefined, { message: 'name a send (jobId) or an address' });

export const RecipientsPage = z.object({ items: z.array(RecipientOutcome), total: z.number().int() });
export type RecipientsPage = z.infer<typeof RecipientsPage>;

export const RecipientsExport = z.object({ filename: z.string(), csv: z.string() });

/** One destination of a checked message, as the status API names it. */
export const StatusDestination = z.object({
  address: z.string(),
  status: z.string().nullable(),
  at: z.string().nullable(),
  code: z.string().nullable(),
  /** Its code in words for the message's channel (the table of that channel). */
  words: z.string().nullable(),
});
export type StatusDestination = z.infer<typeof StatusDestination>;

/** The vendor's status API on one message id (v2 `GET /v2/messages/{messageId}`). */
export const MessageStatusCheck = z.object({
  messageId: z.string(),
  /** The vendor's word (QUEUED, DELIVERED, FAILED…); null when the check itself failed. */
  status: z.string().nullable(),
  /** That word as one of the app's delivery states (for colours). */
  delivery: DeliveryState.nullable(),
  code: z.string().nullable(),
  /** When the message reached that status, as the API wrote it. */
  at: z.string().nullable(),
  /** One line for the user: the status and its code in words. */
  words: z.string().nullable(),
  /** Why the check failed and what to do (401, 404, network), in words; null when it answered. */
  error: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  destinations: z.array(StatusDestination),
});
export type MessageStatusCheck = z.infer<typeof MessageStatusCheck>;

export const StatusCheckResult = z.object({
  requestId: z.string(),
  api: ApiVersion,
  checkedAt: z.number(),
  checks: z.array(MessageStatusCheck),
  /** Why nothing was checked (a v1 request, no message id yet), in words. */
  note: z.string().nullable(),
});
export type StatusCheckResult = z.infer<typeof StatusCheckResult>;

export const RequestUpdated = z.object({ id: z.string(), jobId: z.string(), state: RequestState });

export const outboundCalls = {
  'outbound:validate': { input: OutboundInput, output: ValidateResult },
  'outbound:send': { input: OutboundInput, output: SendReceipt },
  'outbound:cancel': { input: z.object({ jobId: z.string() }), output: JobProgress },
  'outbound:jobs': { input: z.void(), output: z.array(JobProgress) },
  'outbound:list': { input: ListQuery, output: ListPage },
  /** History's list: sends (jobs) newest first, each with its delivery summary. */
  'outbound:sends': { input: SendsQuery, output: SendsPage },
  /** Per-recipient outcomes of one send, or of every send to one address. */
  'outbound:recipients': { input: RecipientsQuery, output: RecipientsPage },
  /** A send's per-recipient table as CSV (destination, text, outcome, API answer, receipt, reply). */
  'outbound:exportRecipients': { input: z.object({ jobId: z.string() }), output: RecipientsExport },
  'outbound:get': { input: z.object({ id: z.string() }), output: RequestDetail },
  /** Sends the request's body again as a new job (also how the user settles an `unknown`). */
  'outbound:resend': { input: z.object({ id: z.string(), sendId: SendId.optional() }), output: SendReceipt },
  /** The user settles an `unknown` request without sending it again. */
  'outbound:settle': { input: z.object({ id: z.string(), as: z.enum(['accepted', 'failed']) }), output: OutboundRequestSummary },
  /** "Check status": asks the vendor's status API, through the request's profile, about each message id it got. */
  'outbound:checkStatus': { input: z.object({ id: z.string() }), output: StatusCheckResult },
} as const;

export const outboundEvents = {
  'outbound:progress': JobProgress,
  'outbound:updated': RequestUpdated,
  /** Requests were added or changed by another process (the CLI): reload what is shown. */
  'outbound:changed': z.object({}),
} as const;
