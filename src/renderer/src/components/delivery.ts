import type { DeliveryCounts, DeliveryState, RequestState } from '../../../shared/contract/outbound';

// One vocabulary for a recipient's outcome everywhere in the app (History, the feed,
// conversations): the same word and the same colour for the same state. Colours live in
// delivery.css as --delivery-<state>, so light and dark themes follow the global palette.

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

/**
 * A receipt's status word (any vendor spelling: "DELIVERED", "Undelivered", "submitted") as a
 * delivery state. Words in flight ("submitted", "sent") mean the API has it: accepted.
 */
export function deliveryOfReceipt(status: string | null | undefined): DeliveryState {
  const s = (status ?? '').toLowerCase();
  if (/(fail|reject|undeliver|not.?deliver|expire|error|invalid|bounce|block|cancel|drop)/.test(s)) return 'failed';
  if (/(read|seen)/.test(s)) return 'read';
  if (/(deliver|complete|success)/.test(s)) return 'delivered';
  if (/(pending|queue|submit|accept|sent|enroute|buffer|progress)/.test(s)) return 'accepted';
  return 'unknown';
}

/** A request's API state in the same colours: the API's "accepted" is not yet a delivery. */
export function deliveryOfRequest(state: RequestState): DeliveryState | 'cancelled' {
  if (state === 'queued' || state === 'sending') return 'pending';
  return state;
}

export function countOf(counts: DeliveryCounts): number {
  return DELIVERY_ORDER.reduce((sum, state) => sum + counts[state], 0);
}
