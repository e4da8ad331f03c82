import { z } from 'zod';
import { RETENTION_MAX_DAYS, RETENTION_MAX_SIZE_MB, RETENTION_MIN_SIZE_MB } from '../limits/inbound';

/** How long inbound data is kept. 0 in either field: no limit of that kind. */
export const RetentionPolicy = z.object({
  /** Events and rejected requests received longer ago than this many days are deleted. */
  maxAgeDays: z
    .number()
    .int('whole days')
    .min(0, 'at least 0 (0 keeps them forever)')
    .max(RETENTION_MAX_DAYS, `at most ${RETENTION_MAX_DAYS} days`),
  /** The oldest events are deleted while the database uses more than this many MiB. */
  maxSizeMb: z
    .number()
    .int('whole MiB')
    .max(RETENTION_MAX_SIZE_MB, `at most ${RETENTION_MAX_SIZE_MB} MiB`)
    .refine((mb) => mb === 0 || mb >= RETENTION_MIN_SIZE_MB, `at least ${RETENTION_MIN_SIZE_MB} MiB (0: no size limit)`),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

export const RetentionState = RetentionPolicy.extend({
  /** The rejected-request log keeps this many of its newest entries. */
  rejectedMax: z.number(),
  /** Bytes the database file uses now (its free pages not counted). */
  usedBytes: z.number(),
  /** The last pruning pass that deleted something since the core started, else null. */
  lastPrune: z.object({ at: z.number(), events: z.number(), rejected: z.number() }).nullable(),
});
export type RetentionState = z.infer<typeof RetentionState>;
