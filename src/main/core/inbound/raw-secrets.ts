// Some vendor payloads carry a credential in a field of their own: the email and RCS "Outbound
// Message" events (a copy of a send) name the sending service's `serviceKey`, Apple Messages for
// Business authentication events an `authenticateToken`. A stored body keeps everything else as
// received (the detail pane, search, export and replay read it), so only those values are
// replaced, in place, before anything is stored: plain JSON and JSON held in a string alike.

/** The credential fields' names, as two words: matched in any case, with or without `_` between them. */
export const SECRET_FIELD_WORDS: readonly (readonly [string, string])[] = [
  ['service', 'key'],
  ['authenticate', 'token'],
  ['access', 'token'],
  ['jwt', 'secret'],
  ['client', 'secret'],
];
const NAMES = SECRET_FIELD_WORDS.map(([first, second]) => `${first}_?${second}`).join('|');
/**
 * Where a credential's string was expected: a number, a bare word of a malformed body (a template's
 * unquoted key), or a flat list (cut off: to the end). null, true and false tell nothing and stay.
 */
const OTHER_VALUE = String.raw`\[[^\]]*(?:\]|$)|(?!(?:null|true|false)\b)[^\s,{}[\]"\\]+`;
/**
 * `"name": "value"` in the body itself. A value cut off by the end of the text (a refused body's
 * preview stops at 4 KB) is replaced to the end.
 */
const PLAIN = new RegExp(String.raw`("(?:${NAMES})"\s*:\s*)(?:"(?:[^"\\]|\\.)*(?:"|\\?$)|${OTHER_VALUE})`, 'gi');
/**
 * The same inside JSON held in a string, at any depth (`\"name\": \"value\"`, `\\\"name\\\"…`): the
 * quotes carry the key's backslashes, and the escaped whitespace (`\n`) of pretty-printed JSON may
 * stand around the colon. A quote inside such a value ends it early: the start is replaced.
 */
const NESTED = new RegExp(String.raw`((\\+)"(?:${NAMES})\2"(?:\s|\\+[nrt])*:(?:\s|\\+[nrt])*)(?:\2"[^"]*?(?:\2"|$)|${OTHER_VALUE})`, 'gi');
/** A cheap first look: most bodies name none of these, and are returned untouched. */
const ANY = new RegExp(String.raw`(?:${NAMES})\\*"`, 'i');

export const REDACTED_VALUE = '[redacted]';

/** The text with the values of credential fields replaced by REDACTED_VALUE. */
export function withoutSecretFields(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(PLAIN, `$1"${REDACTED_VALUE}"`).replace(NESTED, `$1$2"${REDACTED_VALUE}$2"`);
}

/** V8's quote of the text around a JSON fault: `Unexpected token 's', ..."viceKey": svc-secret"... is not valid JSON`. */
const FAULT_QUOTE = /, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/;

/**
 * Why `text` is not JSON, as JSON.parse said it; the text it quotes is left out when `text` names a
 * credential field, as it may quote the start of an unquoted value (the reason is stored and answered).
 */
export function jsonFaultWithoutSecrets(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return ANY.test(text) ? message.replace(FAULT_QUOTE, ' (not valid JSON; the body preview shows where)') : message;
}
