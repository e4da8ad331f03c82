import type { rcsCalls } from '../../../shared/contract/rcs';
import type { Area, CoreContext } from '../area';

// The rcs area. Builds its repositories and handlers from the shared context.
export function createRcsArea(_ctx: CoreContext): Area<typeof rcsCalls> {
  return { service: undefined, handlers: {} };
}
