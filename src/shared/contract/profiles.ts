import { z } from 'zod';
import { ConnectionTestResult } from '../profiles/connection-test';
import { KeychainStatus } from '../profiles/keychain-status';
import { Profile, SecretKind } from '../profiles/profile';
import { ProfileExport } from '../profiles/profile-export';
import { ProfileInput } from '../profiles/profile-input';

// Calls and events of the profiles area. No call takes a secret back out: setSecret is write-only
// and every output is a Profile, which carries only SecretStatus.
const ProfileId = z.object({ id: z.string().min(1) });

export const ProfileImportResult = z.object({
  created: z.array(Profile),
  /** Imported under another name because the name was taken: [from, to]. */
  renamed: z.array(z.tuple([z.string(), z.string()])),
});

export const profilesCalls = {
  'profiles:list': { input: z.void(), output: z.array(Profile) },
  'profiles:create': { input: ProfileInput, output: Profile },
  'profiles:update': { input: z.object({ id: z.string().min(1), profile: ProfileInput }), output: Profile },
  'profiles:duplicate': { input: ProfileId, output: Profile },
  'profiles:delete': { input: ProfileId, output: z.object({ id: z.string() }) },
  'profiles:setDefault': { input: ProfileId, output: Profile },
  /** Write-only: the secret goes to the OS keychain; the answer says only when it was set. */
  'profiles:setSecret': { input: z.object({ id: z.string().min(1), kind: SecretKind, secret: z.string() }), output: Profile },
  'profiles:removeSecret': { input: z.object({ id: z.string().min(1), kind: SecretKind }), output: Profile },
  'profiles:testConnection': { input: ProfileId, output: ConnectionTestResult },
  /** Whether the OS keychain can keep secrets now, asked when a profile opens (never a secret). */
  'profiles:keychainStatus': { input: z.void(), output: KeychainStatus },
  'profiles:export': { input: z.object({ ids: z.array(z.string()).optional() }), output: ProfileExport },
  'profiles:import': { input: z.unknown(), output: ProfileImportResult },
} as const;

export const profilesEvents = {
  /** Any profile was created, edited, deleted, got or lost a secret, or the default changed. */
  'profiles:changed': z.array(Profile),
} as const;
