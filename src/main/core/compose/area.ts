import type { composeCalls } from '../../../shared/contract/compose';
import type { Area, CoreContext } from '../area';

// The compose area. Builds its repositories and handlers from the shared context.
export function createComposeArea(_ctx: CoreContext): Area<typeof composeCalls> {
  return { service: undefined, handlers: {} };
}
