/**
 * What a recipient's email will contain, read from the HTML without a DOM (src/shared runs in
 * Node and the renderer alike): its links, the preheader an inbox shows after the subject, and
 * its size as sent.
 */

/** Variables the vendor fills in itself at send time; they are never "unresolved". */
export const VENDOR_VARIABLES: readonly string[] = ['unsubscribe'];

export interface EmailLink {
  href: string;
  text: string;
  /** `no-track-connect` on the anchor: click tracking leaves this link alone. */
  noTrack: boolean;
  /** The vendor's unsubscribe link. */
  unsubscribe: boolean;
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const NO_TRACK = /(?:^|\s)no-track-connect(?:\s|=|$)/i;

export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

export function listLinks(html: string): EmailLink[] {
  const links: EmailLink[] = [];
  for (const match of html.matchAll(ANCHOR)) {
    const attributes = match[1] ?? '';
    const href = HREF.exec(attributes);
    const value = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
    links.push({
      href: decodeEntities(value),
      text: stripTags(match[2] ?? ''),
      noTrack: NO_TRACK.test(attributes),
      unsubscribe: /\$\(unsubscribe\)/.test(value),
    });
  }
  return links;
}

const PREHEADER = /<(div|span|p|td)\b([^>]*(?:class\s*=\s*["'][^"']*preheader[^"']*["']|display\s*:\s*none)[^>]*)>([\s\S]*?)<\/\1\s*>/i;

/** The hidden preheader element's text, else the start of the visible text (what inboxes show). */
export function findPreheader(html: string): { text: string; explicit: boolean } {
  const match = PREHEADER.exec(html);
  if (match) return { text: stripTags(match[3] ?? ''), explicit: true };
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return { text: stripTags(body).slice(0, 120), explicit: false };
}

export { utf8Bytes } from '../api/formats';

/** Seed 001: a 5 MB file is "~6.85MB (about 137% of the original file size)" once MIME-encoded. */
export const MIME_ENCODING_FACTOR = 1.37;

/** Total of the known sizes, and that total as the vendor counts it (after MIME encoding). */
export function attachmentTotals(sizes: readonly (number | null)[]): { raw: number; encoded: number; unknown: number } {
  const known = sizes.filter((s): s is number => s !== null);
  const raw = known.reduce((sum, s) => sum + s, 0);
  return { raw, encoded: Math.round(raw * MIME_ENCODING_FACTOR), unknown: sizes.length - known.length };
}
