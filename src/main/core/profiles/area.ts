import type { profilesCalls } from '../../../shared/contract/profiles';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import { SANDBOX_PROFILE } from '../../../shared/profiles/profile';
import { SANDBOX_SERVICE_KEY } from '../../../shared/sandbox';
import type { Area, CoreContext } from '../area';
import type { ProfilesService } from './service';

// The profiles area. For now only the built-in Sandbox profile exists.
export function createProfilesArea(ctx: CoreContext): Area<typeof profilesCalls, ProfilesService> {
  const service: ProfilesService = {
    list: () => [SANDBOX_PROFILE],
    find: (idOrName) =>
      idOrName === SANDBOX_PROFILE.id || idOrName.toLowerCase() === SANDBOX_PROFILE.name.toLowerCase() ? SANDBOX_PROFILE : undefined,
    target: async (profileId) => {
      if (profileId !== SANDBOX_PROFILE.id) throw new ContractError(ErrorCodes.notFound, `No profile ${profileId}`);
      const url = ctx.status.get().sandbox.url;
      if (!url) throw new ContractError(ErrorCodes.unavailable, 'The built-in sandbox is not running; restart Relaydesk.');
      return { profile: SANDBOX_PROFILE, baseUrl: url, headers: { key: SANDBOX_SERVICE_KEY } };
    },
  };
  return { service, handlers: {} };
}
