import { z } from 'zod';
import { isRecord } from '../is-record';

/** UTF-8 length of a string, counted by code point (shared code has no Buffer or TextEncoder). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** International format: country code then subscriber number, 7-15 digits, optional leading +. */
export const MSISDN_PATTERN = /^\+?[1-9][0-9]{6,14}$/;
export const MSISDN_RULE = 'not an MSISDN (international digits, 7-15, optional +)';
export const Msisdn = z.string({ error: MSISDN_RULE }).regex(MSISDN_PATTERN, MSISDN_RULE);

export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
export const EMAIL_RULE = 'not an email address (name@domain.tld)';
export const Email = z.string({ error: EMAIL_RULE }).regex(EMAIL_PATTERN, EMAIL_RULE);

export const NonEmpty = (what: string) =>
  z
    .string({ error: `${what}: a non-empty string is required` })
    .trim()
    .min(1, `${what}: must not be empty`);

/** Booleans: the vendor's own samples send "true"/"false" strings, so both are accepted. */
export const Flag = z.union([z.boolean(), z.enum(['true', 'false'])], { error: 'use true or false' });

/** A whole number in a range, sent as a number or a numeric string (the samples use "1"). */
export function IntInRange(min: number, max: number, what = 'a whole number') {
  const rule = `${what} from ${min} to ${max}`;
  return z.union([z.number(), z.string()], { error: rule }).refine((value) => {
    const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= min && n <= max;
  }, rule);
}

/** A positive whole number, as a number or numeric string. */
export function PositiveInt(what: string) {
  const rule = `${what}: a positive whole number`;
  return z.union([z.number(), z.string()], { error: rule }).refine((value) => {
    const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0;
  }, rule);
}

export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** Any absolute http(s) URL. */
export const HttpUrl = z.string({ error: 'a URL is required' }).refine((text) => {
  const url = parseUrl(text);
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');
}, 'not an http(s) URL');

/**
 * The vendor posts receipts only to https. Plain http is allowed for loopback hosts
 * (127.0.0.1 / localhost) so the built-in sandbox can post to the local listener.
 */
export const NotifyUrl = z.string({ error: 'a URL is required' }).refine((text) => {
  const url = parseUrl(text);
  if (!url) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}, 'must be an https URL (plain http only for 127.0.0.1/localhost, the sandbox)');

/** ISO 8601 date-time with Z or an offset (also the vendor's single-digit `+5:30`). */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{1,2}(?::?\d{2})?)?$/;

/**
 * Milliseconds since the epoch for an ISO 8601 date-time (with or without offset; no offset is
 * read as UTC) or epoch seconds (number or digits). undefined when unreadable.
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{9,11}$/.test(text)) return Number(text) * 1000;
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  const check = new Date(utc);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) return undefined;
  const fraction = /\.(\d+)/.exec(text.slice(16))?.[1];
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const body = zone.slice(1).replace(':', '');
    const hours = body.length <= 2 ? Number(body) : Number(body.slice(0, body.length - 2));
    const minutes = body.length <= 2 ? 0 : Number(body.slice(-2));
    if (hours > 14 || minutes > 59) return undefined;
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  return utc + ms - offsetMinutes * 60_000;
}

export const INSTANT_RULE = 'not a date-time (ISO 8601 like 2021-06-26T13:47:18.000Z or +05:30, or epoch seconds)';
export const Instant = z
  .union([z.string(), z.number()], { error: INSTANT_RULE })
  .refine((value) => parseInstant(value) !== undefined, INSTANT_RULE);

/** Simple substitution values: what `$(name)` may be replaced with. */
export const SubstitutionValues = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], { error: 'must be a string, number or true/false' }),
  {
    error: 'an object of name: value (string, number or true/false)',
  },
);

/**
 * Options for an object-level refinement that should run even when a field of the object already
 * failed, so the user sees every problem at once. The refinement must then read fields defensively.
 */
export const EVEN_WITH_FIELD_ERRORS = {
  when: (payload: { value: unknown }): boolean => isRecord(payload.value),
};

/** EVEN_WITH_FIELD_ERRORS for an array-level refinement: it runs even when an item already failed. */
export const EVEN_WITH_ITEM_ERRORS = {
  when: (payload: { value: unknown }): boolean => Array.isArray(payload.value),
};

/**
 * At most `max` items, reported together with any item's own problems (zod's `.max()` stops before
 * the items are checked, so a user fixing the count would only then learn of a broken item).
 */
export function atMostItems<T extends z.ZodArray<z.ZodType>>(schema: T, max: number, message: string) {
  return schema.superRefine((items, ctx) => {
    if (items.length > max) ctx.addIssue({ code: 'custom', message });
  }, EVEN_WITH_ITEM_ERRORS);
}
