import { isRecord } from '../is-record';
import { v1DestinationCount, v1EntryIds } from './v1-rules';
import { v2DestinationCount, v2GroupAddresses } from './v2-rules';
import type { ApiVersion } from './api-version';
import { V1_DESTINATION_KINDS } from './v1-channels';

// What the outbox needs to split requests and to match receipts: destinations per group.

/** The top-level array of destination groups: v2 `to`, v1 `destination`. */
export const DESTINATION_GROUPS_KEY = { v1: 'destination', v2: 'to' } as const satisfies Record<ApiVersion, string>;

/**
 * Keys of a destination group that hold addresses (arrays of strings); others are group data. A
 * valid v2 group uses the one its channel names (email: `email`, else `msisdn`).
 */
export const ADDRESS_KEYS: Record<ApiVersion, readonly string[]> = {
  v2: ['msisdn', 'email'],
  v1: V1_DESTINATION_KINDS,
};

export interface DestinationGroup {
  /** Index in `to` (v2) or `destination` (v1). */
  index: number;
  /** `msisdn` / `email` for v2; for v1 the kind of each id may differ, so this is the first kind. */
  kind: string;
  addresses: string[];
  correlationId?: string;
}

/** Destination count of a (possibly invalid) body; what the 1000-destination cap counts. */
export function countDestinations(api: ApiVersion, request: unknown): number {
  return api === 'v1' ? v1DestinationCount(request) : v2DestinationCount(request);
}

/** v2: each `to` group with its destination list (msisdn for sms/rcs, email for email). */
export function v2Groups(request: unknown): DestinationGroup[] {
  if (!isRecord(request) || !Array.isArray(request.to)) return [];
  const kind = request.channel === 'email' ? 'email' : 'msisdn';
  return request.to.map((group, index) => {
    const out: DestinationGroup = { index, kind, addresses: v2GroupAddresses(request.channel, group) };
    if (isRecord(group) && typeof group.correlationId === 'string') out.correlationId = group.correlationId;
    return out;
  });
}

/** v1: each `destination` entry with its ids (every kind: msisdn, customerid, push ids...). */
export function v1Groups(request: unknown): DestinationGroup[] {
  if (!isRecord(request) || !Array.isArray(request.destination)) return [];
  return request.destination.map((entry, index) => {
    const ids = v1EntryIds(entry);
    const out: DestinationGroup = { index, kind: ids[0]?.kind ?? 'msisdn', addresses: ids.map((id) => id.id) };
    if (isRecord(entry) && typeof entry.correlationid === 'string') out.correlationId = entry.correlationid;
    return out;
  });
}

export function destinationGroups(api: ApiVersion, request: unknown): DestinationGroup[] {
  return api === 'v1' ? v1Groups(request) : v2Groups(request);
}

/** Every destination address of a request, in order. */
export function allDestinations(api: ApiVersion, request: unknown): string[] {
  return destinationGroups(api, request).flatMap((group) => group.addresses);
}
