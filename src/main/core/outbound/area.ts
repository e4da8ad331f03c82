import type { outboundCalls } from '../../../shared/contract/outbound';
import type { Area, CoreContext } from '../area';
import type { InboundService } from '../inbound/service';
import type { ProfilesService } from '../profiles/service';

export interface OutboundDeps {
  profiles: ProfilesService;
  inbound: InboundService;
}

// The outbound area: outbox, worker, history and the in-app sandbox.
export function createOutboundArea(_ctx: CoreContext, _deps: OutboundDeps): Area<typeof outboundCalls> {
  return { service: undefined, handlers: {} };
}
