// Inbound (listener, poller, feed) limits. MAX_WEBHOOK_BODY_BYTES lives in ./transport.

/** How much of a rejected body the rejected log keeps (bytes of text). */
export const REJECTED_BODY_PREVIEW_BYTES = 4096;
/** Most rows one `inbound:query` / `inbound:rejected` page returns. */
export const INBOUND_PAGE_MAX = 500;
/** Deepest `inbound:query` offset (far more rows than one feed holds). */
export const INBOUND_OFFSET_MAX = 100_000_000;
/** Rows per page when the caller does not say. */
export const INBOUND_PAGE_DEFAULT = 100;
/** Most events one `inbound:export` writes. */
export const INBOUND_EXPORT_MAX = 100_000;
/** Most rows `inbound:conversation` returns. */
export const INBOUND_CONVERSATION_MAX = 1000;
/** Poll interval bounds (seconds). */
export const POLL_INTERVAL_MIN_SECONDS = 5;
export const POLL_INTERVAL_MAX_SECONDS = 86_400;
/** Longest wait between failed polls; backoff doubles the interval up to this (seconds). */
export const POLL_BACKOFF_MAX_SECONDS = 900;
/** Most payloads taken from one poll response; more waits for the next poll. */
export const POLL_MAX_ITEMS_PER_RESPONSE = 10_000;
/** How long one poll request may take (ms). */
export const POLL_TIMEOUT_MS = 15_000;
/** Largest poll response read; past it the read stops and the poll fails (64 MiB). */
export const POLL_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Shortest shared secret / URL token accepted for webhook verification. */
export const WEBHOOK_SECRET_MIN_LENGTH = 16;
export const WEBHOOK_SECRET_MAX_LENGTH = 500;
/** Retention (Settings → Data retention): events and rejected requests older than this many days go. */
export const RETENTION_DEFAULT_DAYS = 90;
export const RETENTION_MAX_DAYS = 36_500;
/** Retention by size: the oldest events go while the database uses more than this (MiB). */
export const RETENTION_DEFAULT_SIZE_MB = 2048;
export const RETENTION_MIN_SIZE_MB = 100;
export const RETENTION_MAX_SIZE_MB = 1_048_576;
/** The rejected-request log keeps at most this many of the newest entries. */
export const REJECTED_LOG_MAX_ROWS = 10_000;
