// The vendor limits the preview checks each recipient's final message against, gathered under one
// import; the numbers themselves live in src/shared/limits.
export { RCS_TEXT_MAX_CHARS } from '../limits/rcs';
export {
  V2_MAX_EMAIL_ATTACHMENTS_BYTES as EMAIL_ATTACHMENTS_MAX_BYTES,
  V2_MAX_EMAIL_HTML_BYTES as EMAIL_HTML_MAX_BYTES,
  V2_MAX_RCS_FALLBACK_TEXT_CHARS as RCS_FALLBACK_TEXT_MAX_CHARS,
  V2_SMS_TEXT_SEED_MAX_CHARS as SMS_TEXT_MAX_CHARS,
  V2_RECEIPTS,
} from '../limits/v2';
export { V1_MAX_SMS_TEXT_BYTES, V1_MAX_SMS_TEXT_BYTES as SMS_TEXT_MAX_BYTES } from '../limits/v1';
