import { jsonish, str } from './fields';

// Email fields as LeadConnector and Webex Connect send them: mailboxes with display names,
// address lists as strings or arrays, HTML bodies.

/** HTML past this many characters is not turned into text (the raw body keeps it): the normalizer runs on every webhook. */
const HTML_TEXT_MAX_CHARS = 64 * 1024;

/** "Internal Notify <notify@example.com>" → name and address. */
export function splitMailbox(value: unknown): { name: string | null; address: string | null } {
  const text = str(value);
  if (text === null) return { name: null, address: null };
  const open = text.lastIndexOf('<');
  const close = text.lastIndexOf('>');
  if (open === -1 || close < open) return { name: null, address: text.trim() };
  return { name: str(text.slice(0, open).trim().replace(/^"|"$/g, '')), address: str(text.slice(open + 1, close).trim()) };
}

/** A string or an array of strings as one comma-separated line; null when empty. */
export function joinAddresses(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const list = (Array.isArray(value) ? value : [value]).map((s) => str(s)?.trim() ?? '').filter((s) => s !== '');
  return list.length === 0 ? null : list.join(', ');
}

/**
 * Recipients as addresses only: a list, one mailbox, or a JSON list inside a string
 * ('["\"Desk\" <desk@x.example>"]', Webex Connect's email Inbound Message). Null when empty.
 */
export function addressList(value: unknown): string | null {
  const listed = typeof value === 'string' && value.trimStart().startsWith('[') ? jsonish(value) : value;
  const items = Array.isArray(listed) ? listed : listed === undefined || listed === null ? [] : [listed];
  return joinAddresses(items.map((item) => (oneMailbox(item) ? (splitMailbox(item).address ?? item) : item)));
}

/** "A <a@x.example>" is one mailbox; "A <a@x.example>, B <b@y.example>" in one string is kept whole. */
function oneMailbox(item: unknown): boolean {
  return typeof item === 'string' && item.indexOf('<') === item.lastIndexOf('<');
}

export function looksLikeHtml(text: string): boolean {
  return /<[a-z][\s\S]*>/i.test(text.length > 512 ? text.slice(0, 512) : text);
}

export function htmlToText(html: string): string {
  return html
    .slice(0, HTML_TEXT_MAX_CHARS)
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
