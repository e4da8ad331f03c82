import { ContractError, ErrorCodes, formatPath } from '../../../shared/errors';
import type { Profile } from '../../../shared/profiles/profile';
import { PROFILE_EXPORT_FORMAT, PROFILE_EXPORT_VERSION, ProfileExport } from '../../../shared/profiles/profile-export';
import { ProfileInput, type ParsedProfileInput } from '../../../shared/profiles/profile-input';
import { CUSTOM_REGION } from '../../../shared/profiles/regions';
import type { ProfileManager } from './profile-manager';

// Export and import of profile settings as JSON. Built from Profile, which has no secret fields,
// so an export cannot carry one.

export function exportProfiles(manager: ProfileManager, ids?: string[]): ProfileExport {
  const chosen = manager.list().filter((p) => !p.builtIn && (ids === undefined || ids.includes(p.id)));
  return {
    format: PROFILE_EXPORT_FORMAT,
    version: PROFILE_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profiles: chosen.map((p) => ({
      name: p.name,
      region: p.region,
      baseUrl: p.region === CUSTOM_REGION ? p.baseUrl : null,
      serviceId: p.serviceId,
      authMode: p.authMode,
      tps: p.tps,
      senders: p.senders,
    })),
  };
}

function issueText(prefix: (string | number)[], error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  const path = formatPath([...prefix, ...issue.path]);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Checks every profile before creating any, so a bad file changes nothing. A name already in use
 * gets " (imported)" appended rather than overwriting what the user has.
 */
export function importProfiles(manager: ProfileManager, json: unknown): { created: Profile[]; renamed: [string, string][] } {
  const file = ProfileExport.safeParse(json);
  if (!file.success) throw new ContractError(ErrorCodes.invalidInput, issueText([], file.error));
  const inputs: ParsedProfileInput[] = file.data.profiles.map((exported, index) => {
    const parsed = ProfileInput.safeParse(exported);
    if (!parsed.success)
      throw new ContractError(ErrorCodes.invalidInput, issueText(['profiles', index], parsed.error), formatPath(['profiles', index]));
    return parsed.data;
  });
  const seen = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const lower = input.name.toLowerCase();
    if (seen.has(lower))
      throw new ContractError(ErrorCodes.invalidInput, `profiles[${index}].name: "${input.name}" appears twice in the file`);
    seen.add(lower);
  }
  const created: Profile[] = [];
  const renamed: [string, string][] = [];
  for (const input of inputs) {
    const name = manager.find(input.name) ? manager.uniqueName(input.name, ' (imported)') : input.name;
    if (name !== input.name) renamed.push([input.name, name]);
    created.push(manager.create({ ...input, name }));
  }
  return { created, renamed };
}
