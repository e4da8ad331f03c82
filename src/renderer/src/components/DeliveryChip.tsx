import type { DeliveryCounts, DeliveryState } from '../../../shared/contract/outbound';
import { DELIVERY_HINTS, DELIVERY_LABELS, DELIVERY_ORDER } from './delivery';
import './delivery.css';

const GLYPHS: Record<DeliveryState | 'cancelled', string> = {
  pending: '○',
  accepted: '→',
  delivered: '✓',
  read: '✓✓',
  failed: '✕',
  unknown: '?',
  cancelled: '–',
};

/**
 * One outcome in the app's delivery colours (failed red, delivered/read green, pending grey,
 * accepted blue, unknown amber), with a glyph so colour is never the only cue. `label` replaces
 * the state's word (e.g. a receipt's own "Undelivered") and `count` prefixes a number.
 */
export function DeliveryChip(props: { state: DeliveryState | 'cancelled'; label?: string; count?: number; title?: string }) {
  const word = props.label ?? (props.state === 'cancelled' ? 'Cancelled' : DELIVERY_LABELS[props.state]);
  const title = props.title ?? (props.state === 'cancelled' ? 'Withdrawn before it was sent' : DELIVERY_HINTS[props.state]);
  return (
    <span className={`delivery-chip delivery-${props.state}`} title={title}>
      <span className="delivery-glyph" aria-hidden="true">
        {GLYPHS[props.state]}
      </span>
      {props.count !== undefined && <span className="delivery-count">{props.count.toLocaleString()}</span>}
      {word}
    </span>
  );
}

/** A send's recipients by outcome: one chip per state that has any, problems first. */
export function DeliverySummary(props: { counts: DeliveryCounts; label?: string }) {
  const shown = DELIVERY_ORDER.filter((state) => props.counts[state] > 0);
  return (
    <span className="delivery-summary" role="group" aria-label={props.label ?? 'Delivery summary'}>
      {shown.length === 0 ? (
        <span className="delivery-none">no recipients</span>
      ) : (
        shown.map((state) => <DeliveryChip key={state} state={state} count={props.counts[state]} />)
      )}
    </span>
  );
}
