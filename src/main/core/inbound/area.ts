import type { inboundCalls } from '../../../shared/contract/inbound';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { Area, CoreContext } from '../area';
import type { InboundService } from './service';

const pending = (): never => {
  throw new ContractError(ErrorCodes.unavailable, 'The inbound area is still being built.');
};

// The inbound area: listener, ingest, polling and the feed's queries.
export function createInboundArea(_ctx: CoreContext): Area<typeof inboundCalls, InboundService> {
  return {
    service: { findRelated: () => [] },
    handlers: {
      'inbound:query': pending,
      'inbound:get': pending,
      'inbound:rejected': pending,
      'inbound:replay': pending,
      'inbound:export': pending,
      'inbound:conversation': pending,
      'inbound:listenerInfo': pending,
      'inbound:verification': pending,
      'inbound:setVerification': pending,
      'inbound:pollSources': pending,
      'inbound:addPollSource': pending,
      'inbound:removePollSource': pending,
      'inbound:setPollSourceEnabled': pending,
      'inbound:pollNow': pending,
    },
  };
}
