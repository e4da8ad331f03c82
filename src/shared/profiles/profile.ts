import { z } from 'zod';
import { SANDBOX_PROFILE_ID, SANDBOX_SERVICE_ID } from '../sandbox';

// The minimal profile other areas rely on; the profiles area extends it (regions, sender IDs...).
export const AuthMode = z.enum(['key', 'jwt', 'both']);
export type AuthMode = z.infer<typeof AuthMode>;

export const Profile = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** 'sandbox' for the built-in one; otherwise a region preset or 'custom'. */
  region: z.string().min(1),
  /** Resolved at request time for the sandbox (its port is chosen at start). */
  baseUrl: z.string().nullable(),
  serviceId: z.string().min(1),
  authMode: AuthMode,
  /** Destinations per second the account allows (seed 001). */
  tps: z.number().int().positive(),
  builtIn: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const SANDBOX_PROFILE: Profile = {
  id: SANDBOX_PROFILE_ID,
  name: 'Sandbox',
  region: 'sandbox',
  baseUrl: null,
  serviceId: SANDBOX_SERVICE_ID,
  authMode: 'key',
  tps: 10,
  builtIn: true,
};
