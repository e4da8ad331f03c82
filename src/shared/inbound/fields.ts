import type { InboundCorrelation, InboundStatus } from './event';
import { isRecord } from '../is-record';

// Small readers shared by the normalizers: vendor payloads mix strings, numbers, empty strings
// and "$(placeholder)" leftovers, and these turn them into string | null consistently.

/** A non-empty string (numbers become strings); null for empty, missing or non-scalar values. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** "Facebook Messenger", "in-app", "Live_Chat": lower case without spaces, dashes or underscores. */
export function channelKey(value: unknown): string {
  const s = str(value);
  return s === null ? '' : s.toLowerCase().replace(/[\s_-]+/g, '');
}

/** A finite number from a number or numeric string. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** The furthest a Date reaches either side of the epoch (ms): a number beyond it is no time. */
const TIME_RANGE_MS = 8.64e15;

/** `ms` if it is a time (finite, in a Date's range), else null: -1e308 s would become -Infinity ms. */
export function asTime(ms: number | null): number | null {
  return ms !== null && Number.isFinite(ms) && Math.abs(ms) <= TIME_RANGE_MS ? ms : null;
}

/**
 * Milliseconds since epoch from an ISO time ("2015-04-12T13:00:19.456Z"), IMIconnect's
 * "2015-04-12 13:00:19" or receipt "2016-07-20T17:13:17.908" (both without a zone: UTC, not the
 * machine's zone), or epoch seconds / milliseconds; null when unreadable.
 */
export function parseTime(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return asTime(value < 1e12 ? value * 1000 : value);
  const s = str(value);
  if (s === null) return null;
  if (/^\d{9,13}$/.test(s)) return parseTime(Number(s));
  const spaced = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(s) ? s.replace(' ', 'T') + 'Z' : s;
  const ms = Date.parse(spaced);
  return Number.isNaN(ms) ? null : ms;
}

/** The first readable time among several candidate fields. */
export function firstTime(...values: unknown[]): number | null {
  for (const value of values) {
    const t = parseTime(value);
    if (t !== null) return t;
  }
  return null;
}

export type JsonStringResult = { ok: true; value: unknown } | { ok: false };

/**
 * IMIconnect sends attachments, optin and postback data as JSON inside a string. Large integer
 * ids (Twitter media ids exceed 2^53) are quoted before parsing so they survive exactly.
 */
export function parseJsonString(text: string): JsonStringResult {
  try {
    return { ok: true, value: JSON.parse(text.replace(/("id"\s*:\s*)(\d{16,})/g, '$1"$2"')) };
  } catch {
    return { ok: false };
  }
}

export const noCorrelation = (): InboundCorrelation => ({
  transid: null,
  messageId: null,
  correlationId: null,
  callbackData: null,
});

export function statusOf(deliveryStatus: unknown, code?: unknown, description?: unknown): InboundStatus | null {
  const status = { deliveryStatus: str(deliveryStatus), code: str(code), description: str(description) };
  return status.deliveryStatus === null && status.code === null && status.description === null ? null : status;
}

/** Adds each present scalar field to `details` (as text), skipping empty ones. */
export function collectDetails(source: Record<string, unknown>, keys: readonly string[]): Record<string, string> {
  const details: Record<string, string> = {};
  for (const key of keys) {
    const value = str(source[key]);
    if (value !== null) details[key] = value;
  }
  return details;
}

/**
 * `value` percent-decoded, a lone `%` ("100%") kept as it is; the whole of `value` as received
 * where the rest is not valid percent-encoding (a UTF-8 sequence cut short: "%E0%A4").
 */
export function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
  } catch {
    return value;
  }
}

/** Decodes a percent-encoded URL ("https%3A%2F%2Fwww.goal.com%2F") and leaves others alone. */
export function decodeUrl(value: string): string {
  return /^https?%3A/i.test(value) ? percentDecoded(value) : value;
}

/**
 * A field the vendor sends either as an object/array or as JSON inside a string (WhatsApp
 * `location` and `contacts`, live-chat `thread` and `pciInfo`): the parsed value, or null when it
 * is empty or not JSON. Only strings that open like JSON are parsed.
 */
export function jsonish(value: unknown): unknown {
  if (typeof value === 'object') return value;
  if (typeof value !== 'string') return null;
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  const parsed = parseJsonString(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * Adds each scalar field of `source` to `details` as `<prefix>.<key>` (a JSON-in-a-string object
 * flattened for display); with `levels` above 1, those of nested objects too (`<prefix>.<key>.<key>`).
 */
export function flattenInto(details: Record<string, string>, prefix: string, source: Record<string, unknown>, levels = 1): void {
  for (const key in source) {
    const item = source[key];
    const value = str(item);
    if (value !== null) details[`${prefix}.${key}`] = value;
    else if (levels > 1 && isRecord(item)) flattenInto(details, `${prefix}.${key}`, item, levels - 1);
  }
}

/**
 * A string the vendor escaped twice, as read: "Mozilla\/5.0", "https:\/\/…", "\n" as two
 * characters (Webex Connect's email receipts' additionalInfo and email textMessage). Only those
 * leftovers are undone; a string without a backslash is returned as it is.
 */
export function withoutLeftoverEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(/\\\//g, '/')
    .replace(/\\r\\n|\\n|\\r/g, '\n')
    .replace(/\\"/g, '"');
}
