import { memo } from 'react';
import type { InboundEventRow } from '../../../../shared/inbound/event';
import { channelIcon, channelLabels, formatRowTime, kindChipText, kindTone, previewText } from './feed-format';

/** One line of the feed: time, channel, kind chip, from → to, text preview. */
export const FeedRow = memo(function FeedRow(props: {
  event: InboundEventRow;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  const { event } = props;
  const sender = event.fromName ? `${event.fromName} (${event.from ?? '?'})` : (event.from ?? '—');
  return (
    <div
      role="option"
      id={`feed-row-${event.id}`}
      aria-selected={props.selected}
      className={props.selected ? 'ib-feed-row selected' : 'ib-feed-row'}
      data-kind={event.kind}
      onClick={() => props.onOpen(event.id)}
    >
      <span className="ib-feed-time mono">{formatRowTime(event.receivedAt)}</span>
      <span className={`ib-feed-channel ib-ch-${event.channel}`} title={channelLabels[event.channel]} aria-label={channelLabels[event.channel]}>
        {channelIcon(event.channel)}
      </span>
      <span className={`ib-chip ib-tone-${kindTone(event)}`}>{kindChipText(event)}</span>
      <span className="ib-feed-route" title={`${sender} → ${event.to ?? '—'}`}>
        <span className="ib-feed-from">{sender}</span>
        <span className="ib-feed-arrow" aria-hidden="true">
          →
        </span>
        <span className="ib-feed-to">{event.to ?? '—'}</span>
      </span>
      <span className="ib-feed-preview">
        {previewText(event)}
      </span>
    </div>
  );
});

export function PlaceholderRow() {
  return (
    <div className="ib-feed-row placeholder" aria-hidden="true">
      <span className="ib-skeleton" />
    </div>
  );
}
