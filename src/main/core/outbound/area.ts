import type { outboundCalls } from '../../../shared/contract/outbound';
import type { Area, CoreContext } from '../area';

// The outbound area. Builds its repositories and handlers from the shared context.
export function createOutboundArea(_ctx: CoreContext): Area<typeof outboundCalls> {
  return { service: undefined, handlers: {} };
}
