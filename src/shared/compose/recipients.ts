import { ADDRESS_KEYS, DESTINATION_GROUPS_KEY } from '../api/destinations';
import { isRecord } from '../is-record';
import { detectApi } from '../api/api-version';
import type { Values } from '../template/substitution';

/**
 * The recipients of a request body as a preview steps through them: one entry per destination
 * address, carrying the personal substitutions of the `to[]` (v2) or `destination[]` (v1) object it
 * sits in. Bodies are read loosely (a draft may be half-written), never thrown on.
 */
export interface PreviewRecipient {
  address: string;
  /** The field the address came from: msisdn, email, customerid... */
  kind: string;
  /** Personal substitutions (v2 `to[i].substitutions`). */
  values: Values;
  correlationId?: string;
  /** JSON path of the address, e.g. `to[1].msisdn[0]`, so errors can point at it. */
  path: string;
}

export type JsonObject = Record<string, unknown>;

/** Only scalar substitution values count; anything else is a validation error, not a value. */
export function toValues(value: unknown): Values {
  if (!isRecord(value)) return {};
  const out: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

export function listRecipients(body: unknown): PreviewRecipient[] {
  if (!isRecord(body)) return [];
  const api = detectApi(body, 'v2');
  const listKey = DESTINATION_GROUPS_KEY[api];
  const fields = ADDRESS_KEYS[api];
  const groups = body[listKey];
  if (!Array.isArray(groups)) return [];
  const out: PreviewRecipient[] = [];
  groups.forEach((group, groupIndex) => {
    if (!isRecord(group)) return;
    const values = api === 'v2' ? toValues(group.substitutions) : {};
    const rawCorrelation = api === 'v2' ? group.correlationId : group.correlationid;
    const correlationId = typeof rawCorrelation === 'string' ? rawCorrelation : undefined;
    for (const kind of fields) {
      const addresses = group[kind];
      if (!Array.isArray(addresses)) continue;
      addresses.forEach((address, index) => {
        if (typeof address !== 'string' && typeof address !== 'number') return;
        const recipient: PreviewRecipient = { address: String(address), kind, values, path: `${listKey}[${groupIndex}].${kind}[${index}]` };
        if (correlationId !== undefined) recipient.correlationId = correlationId;
        out.push(recipient);
      });
    }
  });
  return out;
}

/** Global substitutions: v2 `substitutions`, v1 template `message.parameters`. */
export function globalValues(body: unknown): Values {
  if (!isRecord(body)) return {};
  if (detectApi(body) === 'v1') return isRecord(body.message) ? toValues(body.message.parameters) : {};
  return toValues(body.substitutions);
}
