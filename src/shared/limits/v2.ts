// Limits of Send Message v2 (seed 001). Each is written once here and used by validation, the UI
// and the sandbox.

/** Destinations (msisdn/email entries over all `to` groups) per request. */
export const V2_MAX_DESTINATIONS = 1000;
/** `sendAt` may be at most this far ahead (7 days). */
export const V2_MAX_SEND_AHEAD_MS = 7 * 24 * 60 * 60 * 1000;
export const V2_PRIORITY_MIN = 1;
export const V2_PRIORITY_MAX = 3;
/** `callbackData` length in characters. */
export const V2_MAX_CALLBACK_DATA_CHARS = 2000;
/**
 * SMS text, in characters. Seed 001 says "upto 1024 chars"; the current SMS page
 * (developers.webexconnect.io/reference/send-sms-message-api-v2) says at most 4000 and below 450
 * for deliverability. Past 4000 is refused; past 1024 is a warning naming both documents.
 */
export const V2_MAX_SMS_TEXT_CHARS = 4000;
export const V2_SMS_TEXT_SEED_MAX_CHARS = 1024;
export const V2_SMS_TEXT_DELIVERABLE_CHARS = 450;
/** RCS SMS-fallback text (`options.text`), 1024 characters. */
export const V2_MAX_RCS_FALLBACK_TEXT_CHARS = 1024;
/**
 * Email html: "up to 350 kbps" in the docs, read as 350 KB. The stricter reading of KB applies:
 * 350,000 UTF-8 bytes.
 */
export const V2_MAX_EMAIL_HTML_BYTES = 350_000;
/**
 * Declared attachment sizes per email: "up-to 10MB". The stricter reading applies: 10,000,000
 * bytes. MIME encoding adds ~37% on the wire; the vendor counts the encoded size, so stay well below.
 */
export const V2_MAX_EMAIL_ATTACHMENTS_BYTES = 10_000_000;
/** Receipts a request may ask for, per channel (lower case; compared case-insensitively). */
export const V2_RECEIPTS = {
  // `clicked` is documented under smsOptions.trackClicks / emailOptions.trackClicks.
  // `sent`: "supported for legacy implementations and behaves the same as SUBMITTED" (current SMS page).
  sms: ['submitted', 'sent', 'delivered', 'undelivered', 'failed', 'clicked'],
  // `bounce`: the current email page's spelling (developers.webexconnect.io/reference/email-api).
  email: ['submitted', 'delivered', 'not verified', 'invalid', 'bounced', 'bounce', 'complaint', 'read', 'failed', 'clicked'],
  rcs: ['submitted', 'delivered', 'read', 'failed'],
} as const;
