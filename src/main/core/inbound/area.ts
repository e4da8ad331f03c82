import type { inboundCalls } from '../../../shared/contract/inbound';
import type { Area, CoreContext } from '../area';

// The inbound area. Builds its repositories and handlers from the shared context.
export function createInboundArea(_ctx: CoreContext): Area<typeof inboundCalls> {
  return { service: undefined, handlers: {} };
}
