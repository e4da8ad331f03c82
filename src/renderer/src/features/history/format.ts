import type { RequestState } from '../../../../shared/contract/outbound';
import { formatRowTime } from '../inbound/feed-format';

/** A request's API state. "API accepted", never a bare "Accepted": the API taking it is not a delivery. */
export const STATE_LABELS: Record<RequestState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  accepted: 'API accepted',
  failed: 'Failed',
  unknown: 'Unknown',
  cancelled: 'Cancelled',
};

/** 24-hour, like Inbound: the time for today, the date and time otherwise. */
export const formatTime = (ms: number): string => formatRowTime(ms);
