import type { profilesCalls } from '../../../shared/contract/profiles';
import type { Area, CoreContext } from '../area';

// The profiles area. Builds its repositories and handlers from the shared context.
export function createProfilesArea(_ctx: CoreContext): Area<typeof profilesCalls> {
  return { service: undefined, handlers: {} };
}
