// Some vendor payloads carry a credential in a field of their own: the email and RCS "Outbound
// Message" events (a copy of a send) name the sending service's `serviceKey`, Apple Messages for
// Business authentication events an `authenticateToken`. A stored body keeps everything else as
// received (the detail pane, search, export and replay read it), so only those values are
// replaced, in place, before anything is stored: plain JSON and JSON held in a string alike.

const NAMES = 'service_?key|authenticate_?token|access_?token|jwt_?secret|client_?secret';
/**
 * `"name": "value"`, and the same inside a JSON string (`\"name\": \"value\"`). A value cut off by
 * the end of the text (a refused body's preview stops at 4 KB) is replaced to the end.
 */
const PLAIN = new RegExp(`("(?:${NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*(?:"|\\\\?$)`, 'gi');
const ESCAPED = new RegExp(`(\\\\"(?:${NAMES})\\\\"\\s*:\\s*)\\\\"(?:[^"\\\\]|\\\\(?!")[^"]|\\\\\\\\)*?\\\\"`, 'gi');
/** A cheap first look: most bodies name none of these, and are returned untouched. */
const ANY = new RegExp(`(?:${NAMES})\\\\?"`, 'i');

export const REDACTED_VALUE = '[redacted]';

/** The text with the values of credential fields replaced by REDACTED_VALUE. */
export function withoutSecretFields(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(PLAIN, `$1"${REDACTED_VALUE}"`).replace(ESCAPED, `$1\\"${REDACTED_VALUE}\\"`);
}
