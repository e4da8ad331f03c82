import { memo } from 'react';
import type { InboundEventRow } from '../../../../shared/inbound/event';
import { receiptStateOf } from '../../../../shared/inbound/receipt-state';
import { DeliveryChip } from '../../components/DeliveryChip';
import { channelIcon, channelLabels, formatRowTime, kindChipText, kindTone, previewText, receiptDestination } from './feed-format';

/** One line of the feed: time, channel, kind chip, from → to, text preview. */
export const FeedRow = memo(function FeedRow(props: {
  event: InboundEventRow;
  selected: boolean;
  marked: boolean;
  onOpen: (id: string, how: { toggle: boolean; range: boolean }) => void;
}) {
  const { event } = props;
  // A receipt is drawn in the delivery colours History uses (failed red, delivered/read green).
  const state = event.kind === 'receipt' ? receiptStateOf(event) : null;
  return (
    <div
      role="option"
      id={`feed-row-${event.id}`}
      aria-selected={props.selected}
      className={`ib-feed-row${props.selected ? ' selected' : ''}${props.marked ? ' marked' : ''}`}
      data-kind={event.kind}
      data-marked={props.marked || undefined}
      onClick={(e) => props.onOpen(event.id, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey })}
    >
      <span className="ib-feed-time mono">
        {props.marked && (
          <span className="ib-mark" aria-label="Marked for export">
            ✓{' '}
          </span>
        )}
        {formatRowTime(event.receivedAt)}
      </span>
      <span
        className={`ib-feed-channel ib-ch-${event.channel}`}
        title={channelLabels[event.channel]}
        aria-label={channelLabels[event.channel]}
      >
        {channelIcon(event.channel)}
      </span>
      {state ? (
        <DeliveryChip state={state} label={kindChipText(event)} />
      ) : (
        <span className={`ib-chip ib-tone-${kindTone(event)}`}>{kindChipText(event)}</span>
      )}
      <FeedRoute event={event} />
      <span className="ib-feed-preview">{previewText(event)}</span>
    </div>
  );
});

/** From → to; a receipt without a sender says which destination it is about ("to 447…"). */
function FeedRoute({ event }: { event: InboundEventRow }) {
  const about = receiptDestination(event);
  if (about !== null) {
    return (
      <span className="ib-feed-route" title={`Receipt about the message to ${about}`}>
        <span className="ib-feed-from">
          <span className="ib-feed-to">to</span> <span className="ib-feed-from-address">{about}</span>
        </span>
      </span>
    );
  }
  const sender = event.fromName ? `${event.fromName} (${event.from ?? '?'})` : (event.from ?? '—');
  // A display name gives way first, an address only when it alone overflows (ellipsis); the whole route is on hover.
  return (
    <span className="ib-feed-route" title={`${sender} → ${event.to ?? '—'}`}>
      <span className="ib-feed-from">
        {event.fromName ? (
          <>
            <span className="ib-feed-from-name">{event.fromName}</span>
            <span className="ib-feed-from-address">({event.from ?? '?'})</span>
          </>
        ) : (
          <span className="ib-feed-from-address">{event.from ?? '—'}</span>
        )}
      </span>
      <span className="ib-feed-to-line">
        <span className="ib-feed-arrow" aria-hidden="true">
          →
        </span>
        <span className="ib-feed-to">{event.to ?? '—'}</span>
      </span>
    </span>
  );
}

export function PlaceholderRow() {
  return (
    <div className="ib-feed-row placeholder" aria-hidden="true">
      <span className="ib-skeleton" />
    </div>
  );
}
