import type { BatchPlan, FieldError } from '../../../shared/contract/outbound';
import { validateRequest } from '../../../shared/api/validate';
import { V1_MAX_DESTINATIONS } from '../../../shared/limits/v1';
import { V2_MAX_DESTINATIONS } from '../../../shared/limits/v2';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import { detectApi, type ApiVersion } from '../../../shared/api/api-version';
import { countDestinations } from '../../../shared/api/destinations';
import { estimateSeconds, maxPerRequest, splitIntoBatches, type Batch } from '../../../shared/outbound/batching';
import type { z } from 'zod';

type Json = Record<string, unknown>;

export interface SendPlan {
  api: ApiVersion;
  errors: z.infer<typeof FieldError>[];
  /** What the user should know but that does not stop the send (see validateRequest). */
  warnings: z.infer<typeof FieldError>[];
  batches: Batch[];
  summary: z.infer<typeof BatchPlan>;
}

const PER_REQUEST_CAP: Record<ApiVersion, number> = { v1: V1_MAX_DESTINATIONS, v2: V2_MAX_DESTINATIONS };

export function resolveApi(requested: ApiVersion | undefined, body: unknown): ApiVersion {
  if (requested) return requested;
  const detected = detectApi(body);
  if (!detected) {
    throw new ContractError(
      ErrorCodes.invalidInput,
      'Cannot tell the API from the body: a v2 request has "channel" and "to", a v1 request "deliverychannel" and "destination". Pick the API explicitly.',
    );
  }
  return detected;
}

/**
 * Validates a send and splits it. The 1000-destinations-per-request rule is not an error here:
 * that is exactly what the split takes care of. `tps` is destinations per second.
 */
export function planSend(requested: ApiVersion | undefined, body: unknown, tps: number, perRequestCap?: number): SendPlan {
  const api = resolveApi(requested, body);
  const result = validateRequest(api, body);
  const errors = result.ok
    ? []
    : result.errors.filter((e) => e.rule !== 'max_destinations').map((e) => ({ path: e.path, message: e.message }));
  const warnings = result.warnings.map((e) => ({ path: e.path, message: e.message }));
  const destinations = countDestinations(api, body);
  const max = maxPerRequest(tps, Math.min(PER_REQUEST_CAP[api], perRequestCap ?? Infinity));
  const batches = errors.length === 0 ? splitIntoBatches(api, body as Json, max) : [];
  const count = errors.length === 0 ? batches.length : Math.max(1, Math.ceil(destinations / max));
  return {
    api,
    errors,
    warnings,
    batches,
    summary: { count, destinations, maxPerRequest: max, estimatedSeconds: estimateSeconds(destinations, tps) },
  };
}
