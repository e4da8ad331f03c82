import type { RequestState } from '../../../../shared/contract/outbound';

export const STATE_LABELS: Record<RequestState, string> = {
  queued: 'Queued',
  sending: 'Sending',
  accepted: 'Accepted',
  failed: 'Failed',
  unknown: 'Unknown',
  cancelled: 'Cancelled',
};

export const STATE_ORDER: RequestState[] = ['queued', 'sending', 'accepted', 'failed', 'unknown', 'cancelled'];

export function formatTime(ms: number): string {
  const date = new Date(ms);
  const today = new Date();
  const sameDay = date.toDateString() === today.toDateString();
  return sameDay ? date.toLocaleTimeString() : date.toLocaleString();
}
