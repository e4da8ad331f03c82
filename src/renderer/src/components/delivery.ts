import type { DeliveryState } from '../../../shared/contract/outbound';

// One vocabulary for a recipient's outcome everywhere in the app (History, the feed,
// conversations): the same word and the same colour for the same state. Colours live in
// delivery.css as --delivery-<state>, so light and dark themes follow the global palette. Which
// state a receipt's status word or a request's API answer is in is decided only in src/shared
// (inbound/receipt-state.ts, outbound/delivery.ts), never here.

export const DELIVERY_LABELS: Record<DeliveryState, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Failed',
  unknown: 'Unknown',
};

/** Problems first, so a failure is the first thing a summary shows. */
export const DELIVERY_ORDER: DeliveryState[] = ['failed', 'unknown', 'pending', 'accepted', 'delivered', 'read'];

/** What each state means, for tooltips. */
export const DELIVERY_HINTS: Record<DeliveryState, string> = {
  pending: 'Queued or on the wire: not answered by the API yet',
  accepted: 'The API took it; no receipt yet',
  delivered: 'The latest receipt says delivered',
  read: 'The latest receipt says read',
  failed: 'The API refused it or a receipt says it failed',
  unknown: 'Relaydesk cannot tell whether it arrived',
};
