import { z } from 'zod';
import {
  InboundChannel,
  InboundDirection,
  InboundEvent,
  InboundEventRow,
  InboundKind,
  InboundSource,
  RejectedRequest,
  WebhookSource,
} from '../inbound/event';
import { RetentionPolicy, RetentionState } from '../inbound/retention';
import { ReceiptState } from '../inbound/receipt-state';
import {
  INBOUND_CONVERSATION_MAX,
  INBOUND_EXPORT_MAX,
  INBOUND_PAGE_DEFAULT,
  INBOUND_PAGE_MAX,
  INBOUND_OFFSET_MAX,
  POLL_INTERVAL_MAX_SECONDS,
  POLL_INTERVAL_MIN_SECONDS,
  WEBHOOK_SECRET_MAX_LENGTH,
  WEBHOOK_SECRET_MIN_LENGTH,
} from '../limits/inbound';

// Calls and events of the inbound area: the webhook listener, the poller and the feed's queries.

/** Feed filters; every field narrows, none required. Times are ms since epoch (receivedAt). */
export const InboundFilters = z.object({
  source: z.array(InboundSource).optional(),
  kind: z.array(InboundKind).optional(),
  channel: z.array(InboundChannel).optional(),
  direction: InboundDirection.optional(),
  fromTime: z.number().int().nonnegative().optional(),
  toTime: z.number().int().nonnegative().optional(),
  /**
   * Words, prefix-matched, in the text, sender, sender name, subject, destination, status word and
   * description, or the raw body; or, as one word, the start of an address or vendor id (tid,
   * transid, messageId, correlationId, callbackData).
   */
  search: z.string().max(500, 'at most 500 characters').optional(),
  /** Delivery states (receiptStateOf: a receipt's status word read as delivered, failed...). */
  status: z.array(ReceiptState).optional(),
  /** Exact address (from or to). */
  address: z.string().max(320).optional(),
});
export type InboundFilters = z.infer<typeof InboundFilters>;

const PageLimit = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(INBOUND_PAGE_MAX, `must be at most ${INBOUND_PAGE_MAX}`)
  .default(INBOUND_PAGE_DEFAULT);

/** Newest first. `cursor` is the `nextCursor` of the previous page (opaque). */
export const InboundQuery = z.object({
  filters: InboundFilters.default({}),
  cursor: z.string().nullable().optional(),
  /** Rows to skip after the cursor: a jump deep into a long result without paging to it. */
  offset: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(INBOUND_OFFSET_MAX, `must be at most ${INBOUND_OFFSET_MAX}`)
    .optional(),
  limit: PageLimit,
});
export type InboundQuery = z.infer<typeof InboundQuery>;

export const InboundPage = z.object({
  events: z.array(InboundEventRow),
  /** null when this is the last page. */
  nextCursor: z.string().nullable(),
  /** Rows matching the filters, all pages; with `totalIsLowerBound`, at least that many (a search counts up to a cap). */
  total: z.number(),
  totalIsLowerBound: z.boolean().optional(),
});
export type InboundPage = z.infer<typeof InboundPage>;

export const RejectedQuery = z.object({
  cursor: z.string().nullable().optional(),
  limit: PageLimit,
});

export const RejectedPage = z.object({
  rejected: z.array(RejectedRequest),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export type RejectedPage = z.infer<typeof RejectedPage>;

/** `listener`: post the stored raw body to our own listener again; or any http(s) URL. */
export const ReplayTarget = z.union([z.literal('listener'), z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })]);

export const ReplayResult = z.object({
  url: z.string(),
  httpStatus: z.number(),
  /** The target's answer, first 4 KiB. */
  responseBody: z.string(),
});
export type ReplayResult = z.infer<typeof ReplayResult>;

export const ExportInput = z.union([
  z.object({ ids: z.array(z.string()).min(1, 'pick at least one event').max(INBOUND_EXPORT_MAX) }),
  z.object({ filters: InboundFilters }),
]);

export const ExportResult = z.object({
  /** One full InboundEvent (raw and headers included) per line. */
  ndjson: z.string(),
  count: z.number(),
  /** True when INBOUND_EXPORT_MAX cut the export short. */
  truncated: z.boolean(),
});

export const ListenerEndpoint = z.object({
  source: z.union([WebhookSource, z.literal('any')]),
  /** What to paste into the vendor's console. */
  url: z.string(),
  /** Where that goes, e.g. "IMIconnect: Services > your service > General Settings > Inbound Settings URL". */
  where: z.string(),
});

export const VerificationMode = z.enum(['none', 'hmac', 'token']);

/**
 * What a 200 from the listener promises. crash-safe: the event is committed (a crash or kill
 * cannot lose it; a power cut can take the last SYNC_WINDOW_MS). power-safe: the commit was also
 * fsynced first (slower; nothing acknowledged is lost even to a power cut).
 */
export const AckDurability = z.enum(['crash-safe', 'power-safe']);
export type AckDurability = z.infer<typeof AckDurability>;

export const ListenerInfo = z.object({
  running: z.boolean(),
  durability: AckDurability,
  /** http://host:port, null when not running. */
  url: z.string().nullable(),
  host: z.string(),
  port: z.number().nullable(),
  error: z.string().nullable(),
  endpoints: z.array(ListenerEndpoint),
  /** Plain-language steps (exposing a loopback listener needs a tunnel; polling is the alternative). */
  notes: z.array(z.string()),
});
export type ListenerInfo = z.infer<typeof ListenerInfo>;

/** Per-source webhook verification. Secrets never cross back: `secretSet` only. */
export const VerificationSetting = z.object({
  source: WebhookSource,
  mode: VerificationMode,
  /** hmac: header carrying `sha256=<hex>` / `sha512=<hex>`. */
  header: z.string(),
  secretSet: z.boolean(),
});
export type VerificationSetting = z.infer<typeof VerificationSetting>;

export const SetVerificationInput = z.object({
  source: WebhookSource,
  mode: VerificationMode,
  header: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'a header name has letters, digits and - only, e.g. x-hub-signature')
    .optional(),
  /** hmac secret or URL token; omitted keeps the stored one. */
  secret: z
    .string()
    .min(WEBHOOK_SECRET_MIN_LENGTH, `use at least ${WEBHOOK_SECRET_MIN_LENGTH} characters, so it cannot be guessed`)
    .max(WEBHOOK_SECRET_MAX_LENGTH)
    .regex(/^\S+$/, 'no spaces: the sender must be able to put it in a URL or a header verbatim')
    .optional(),
});

export const PollSourceState = z.object({
  status: z.enum(['idle', 'polling', 'ok', 'backoff', 'disabled']),
  lastPollAt: z.number().nullable(),
  lastSuccessAt: z.number().nullable(),
  lastError: z.string().nullable(),
  /** Consecutive failures; the wait doubles with each, up to POLL_BACKOFF_MAX_SECONDS. */
  failures: z.number(),
  nextPollAt: z.number().nullable(),
  /** ETag, id or timestamp of the last page, sent back on the next poll. */
  cursor: z.string().nullable(),
  /** Events stored from this source (new ones, duplicates not counted). */
  eventsStored: z.number(),
});

export const PollSource = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  intervalSeconds: z.number(),
  enabled: z.boolean(),
  /** Header name only; its value lives in the OS keychain. */
  authHeaderName: z.string().nullable(),
  authSet: z.boolean(),
  /** Query parameter that carries the cursor (e.g. `since`); null = ETag only. */
  cursorParam: z.string().nullable(),
  state: PollSourceState,
});
export type PollSource = z.infer<typeof PollSource>;

export const AddPollSourceInput = z.object({
  name: z.string().trim().min(1, 'give the source a name').max(100),
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  intervalSeconds: z
    .number()
    .int()
    .min(POLL_INTERVAL_MIN_SECONDS, `must be at least ${POLL_INTERVAL_MIN_SECONDS} seconds`)
    .max(POLL_INTERVAL_MAX_SECONDS, `must be at most ${POLL_INTERVAL_MAX_SECONDS} seconds`)
    .default(60),
  authHeaderName: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'must be a header name (letters, digits, -)')
    .optional(),
  /** Secret: stored in the OS keychain, never in SQLite. */
  authHeaderValue: z.string().min(1).max(4096).optional(),
  cursorParam: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'must be a query parameter name')
    .optional(),
});

export const inboundCalls = {
  'inbound:query': { input: InboundQuery, output: InboundPage },
  'inbound:get': { input: z.object({ id: z.string() }), output: InboundEvent },
  'inbound:rejected': { input: RejectedQuery, output: RejectedPage },
  'inbound:replay': { input: z.object({ id: z.string(), target: ReplayTarget }), output: ReplayResult },
  'inbound:export': { input: ExportInput, output: ExportResult },
  'inbound:conversation': {
    input: z.object({
      address: z.string().min(1, 'give an address').max(320),
      limit: z.number().int().min(1).max(INBOUND_CONVERSATION_MAX).default(200),
    }),
    /** Oldest first. */
    output: z.object({ events: z.array(InboundEventRow) }),
  },
  'inbound:listenerInfo': { input: z.void(), output: ListenerInfo },
  'inbound:setDurability': { input: z.object({ durability: AckDurability }), output: ListenerInfo },
  /** Moves the running listener to `port` (kept for the next start); on failure it stays where it was. */
  'inbound:setListenerPort': { input: z.object({ port: z.number().int().min(1).max(65535) }), output: ListenerInfo },
  'inbound:verification': { input: z.void(), output: z.array(VerificationSetting) },
  'inbound:setVerification': { input: SetVerificationInput, output: VerificationSetting },
  'inbound:pollSources': { input: z.void(), output: z.array(PollSource) },
  'inbound:addPollSource': { input: AddPollSourceInput, output: PollSource },
  'inbound:removePollSource': { input: z.object({ id: z.string() }), output: z.object({ removed: z.boolean() }) },
  'inbound:setPollSourceEnabled': { input: z.object({ id: z.string(), enabled: z.boolean() }), output: PollSource },
  /** Polls now instead of waiting for the interval (and clears backoff). */
  'inbound:pollNow': { input: z.object({ id: z.string() }), output: PollSource },
  /** How long events and rejected requests are kept (Settings → Data retention). */
  'inbound:retention': { input: z.void(), output: RetentionState },
  /** Saves the retention; old data goes in the background soon after. */
  'inbound:setRetention': { input: RetentionPolicy, output: RetentionState },
} as const;

export const inboundEvents = {
  /** New rows, batched: everything committed in one write tick arrives in one payload. */
  'inbound:received': z.object({ events: z.array(InboundEventRow) }),
  'inbound:rejected': z.object({ rejected: z.array(RejectedRequest) }),
  /** A poll source's state changed (polling, ok, backoff...). */
  'inbound:pollState': z.object({ sources: z.array(PollSource) }),
} as const;
