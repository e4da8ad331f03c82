import { z } from 'zod';
import { isRecord } from '../is-record';

/** The two messaging APIs: v1 (`deliverychannel`, seed 003) and v2 (`channel`, seed 001). */
export const ApiVersion = z.enum(['v1', 'v2']);
export type ApiVersion = z.infer<typeof ApiVersion>;

/**
 * Which API a body is written for: v1 bodies carry `deliverychannel` / `channels` /
 * `destination`, v2 bodies `channel` with `to` or `content`. Neither: `fallback` (the composer
 * passes v2, its default, for a half-written body), else undefined.
 */
export function detectApi(body: unknown): ApiVersion | undefined;
export function detectApi(body: unknown, fallback: ApiVersion): ApiVersion;
export function detectApi(body: unknown, fallback?: ApiVersion): ApiVersion | undefined {
  if (isRecord(body)) {
    if ('deliverychannel' in body || 'channels' in body || 'destination' in body) return 'v1';
    if ('channel' in body && ('to' in body || 'content' in body)) return 'v2';
  }
  return fallback;
}
