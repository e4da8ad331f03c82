/**
 * Splits one send (a request body with any number of destinations) into requests the API
 * accepts: at most `maxPerRequest` destinations each, where that is min(1000, TPS) because the
 * account's TPS counts destinations per second (seed 001). Personal groups keep their
 * substitutions and correlation id in every piece they are split into.
 */
import { isRecord } from '../is-record';
import type { ApiVersion } from '../api/api-version';
import { ADDRESS_KEYS, DESTINATION_GROUPS_KEY } from '../api/destinations';

type Json = Record<string, unknown>;

export interface Batch {
  body: Json;
  destinations: number;
}

function groupsOf(api: ApiVersion, body: unknown): unknown[] {
  if (!isRecord(body)) return [];
  const groups = body[DESTINATION_GROUPS_KEY[api]];
  return Array.isArray(groups) ? groups : [];
}

/** Number of addresses in one destination group: what splitting it into pieces cuts. */
function countGroup(api: ApiVersion, group: unknown): number {
  if (!isRecord(group)) return 0;
  let count = 0;
  for (const key of ADDRESS_KEYS[api]) {
    const list = group[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

/** Every address of a body, in order (for history search and matching replies). */
export function listAddresses(api: ApiVersion, body: unknown): string[] {
  const out: string[] = [];
  for (const group of groupsOf(api, body)) {
    if (!isRecord(group)) continue;
    for (const key of ADDRESS_KEYS[api]) {
      const list = group[key];
      if (Array.isArray(list)) for (const value of list) if (typeof value === 'string') out.push(value);
    }
  }
  return out;
}

/** Correlation ids set on a body and its groups (v2 `correlationId`, v1 `correlationid`). */
export function listCorrelationIds(api: ApiVersion, body: unknown): string[] {
  const key = api === 'v2' ? 'correlationId' : 'correlationid';
  const ids = new Set<string>();
  if (isRecord(body) && typeof body[key] === 'string') ids.add(body[key]);
  for (const group of groupsOf(api, body)) {
    if (isRecord(group) && typeof group[key] === 'string') ids.add(group[key]);
  }
  return [...ids];
}

/** Most destinations one request may carry: the vendor's per-request cap, lowered to the TPS. */
export function maxPerRequest(tps: number, perRequestCap: number): number {
  return Math.max(1, Math.min(perRequestCap, Math.floor(tps)));
}

/**
 * Cuts a group into pieces of at most `room` addresses each (first piece `firstRoom`), keeping
 * every non-address field (substitutions, correlation id) on every piece and the key order.
 */
function* pieces(api: ApiVersion, group: Json, firstRoom: number, room: number): Generator<{ group: Json; count: number }> {
  const entries: [string, string[]][] = [];
  for (const key of ADDRESS_KEYS[api]) {
    const list = group[key];
    if (Array.isArray(list) && list.length > 0) entries.push([key, list as string[]]);
  }
  let limit = firstRoom;
  let keyIndex = 0;
  let offset = 0;
  while (keyIndex < entries.length) {
    const taken = new Map<string, string[]>();
    let count = 0;
    while (count < limit && keyIndex < entries.length) {
      const [key, list] = entries[keyIndex]!;
      const slice = list.slice(offset, offset + (limit - count));
      taken.set(key, slice);
      count += slice.length;
      offset += slice.length;
      if (offset >= list.length) {
        keyIndex++;
        offset = 0;
      }
    }
    const piece: Json = {};
    for (const [key, value] of Object.entries(group)) {
      if (ADDRESS_KEYS[api].includes(key)) {
        const slice = taken.get(key);
        if (slice) piece[key] = slice;
      } else {
        piece[key] = value;
      }
    }
    yield { group: piece, count };
    limit = room;
  }
}

/**
 * The requests one send becomes. Fields outside the destination groups (content, from,
 * notifyUrl, global substitutions...) are copied to every request unchanged.
 */
export function splitIntoBatches(api: ApiVersion, body: Json, max: number): Batch[] {
  const groupsKey = DESTINATION_GROUPS_KEY[api];
  const groups = groupsOf(api, body);
  const batches: Batch[] = [];
  let current: unknown[] = [];
  let count = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    batches.push({ body: { ...body, [groupsKey]: current }, destinations: count });
    current = [];
    count = 0;
  };
  for (const group of groups) {
    const size = countGroup(api, group);
    if (!isRecord(group) || size === 0) {
      // Nothing to split; validation reports it. Keep it so the API sees what the user wrote.
      current.push(group);
      continue;
    }
    if (count + size <= max) {
      current.push(group);
      count += size;
      if (count === max) flush();
      continue;
    }
    for (const piece of pieces(api, group, max - count, max)) {
      if (count + piece.count > max) flush();
      current.push(piece.group);
      count += piece.count;
      if (count === max) flush();
    }
  }
  flush();
  if (batches.length === 0) batches.push({ body, destinations: 0 });
  return batches;
}

/** Seconds a send of `destinations` takes at `tps` destinations per second (the first second is free). */
export function estimateSeconds(destinations: number, tps: number): number {
  if (destinations <= 0 || !Number.isFinite(tps) || tps <= 0) return 0;
  return Math.max(0, Math.ceil(destinations / tps) - 1);
}
