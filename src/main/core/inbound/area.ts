import type { inboundCalls } from '../../../shared/contract/inbound';
import type { Area, CoreContext } from '../area';
import type { InboundService } from './service';

// The inbound area: listener, ingest, polling and the feed's queries.
export function createInboundArea(_ctx: CoreContext): Area<typeof inboundCalls, InboundService> {
  return { service: { findRelated: () => [] }, handlers: {} };
}
