import { z } from 'zod';
import { AuthMode } from './profile';
import { SenderIds } from './senders';

// The JSON a profile export holds: settings only. Secrets are never exported; after an import
// each profile shows "no secret set" until the user enters one (or sets the environment variable).
export const PROFILE_EXPORT_FORMAT = 'relaydesk-profiles';
export const PROFILE_EXPORT_VERSION = 1;

export const ExportedProfile = z
  .object({
    name: z.string(),
    region: z.string(),
    baseUrl: z.string().nullable().optional(),
    serviceId: z.string(),
    authMode: AuthMode,
    tps: z.number(),
    senders: SenderIds.default({}),
  })
  .strict();
export type ExportedProfile = z.infer<typeof ExportedProfile>;

export const ProfileExport = z
  .object({
    format: z.literal(PROFILE_EXPORT_FORMAT, { message: `not a Relaydesk profile export (expected "format": "${PROFILE_EXPORT_FORMAT}")` }),
    version: z.literal(PROFILE_EXPORT_VERSION, {
      message: `unsupported export version (this Relaydesk reads version ${PROFILE_EXPORT_VERSION})`,
    }),
    exportedAt: z.string(),
    profiles: z.array(ExportedProfile),
  })
  .strict();
export type ProfileExport = z.infer<typeof ProfileExport>;
