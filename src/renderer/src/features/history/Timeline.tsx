import { useState } from 'react';
import type { TimelineEntry } from '../../../../shared/contract/outbound';
import { stateOfStatusWord } from '../../../../shared/inbound/receipt-state';
import { DeliveryChip } from '../../components/DeliveryChip';
import { formatTime } from './format';

/** Receipts shown one by one before the list is folded (a 1000-destination request has thousands). */
const SHOWN_RECEIPTS = 8;

function receiptStatus(entry: TimelineEntry): string {
  return entry.title.replace(/^Receipt: /, '').replace(/ for .*$/, '');
}

/** The request's story; many receipts fold into per-status counts plus the latest few. */
export function Timeline(props: { entries: TimelineEntry[] }) {
  const [expanded, setExpanded] = useState(false);
  const receipts = props.entries.filter((e) => e.kind === 'receipt');
  const folded = !expanded && receipts.length > SHOWN_RECEIPTS;
  const keep = new Set(folded ? receipts.slice(-SHOWN_RECEIPTS) : receipts);
  const shown = props.entries.filter((e) => e.kind !== 'receipt' || keep.has(e));
  const counts = new Map<string, number>();
  for (const r of receipts) counts.set(receiptStatus(r), (counts.get(receiptStatus(r)) ?? 0) + 1);
  return (
    <>
      {receipts.length > 0 && (
        <p className="history-receipt-summary" aria-label="Receipt summary">
          {receipts.length} receipt{receipts.length === 1 ? '' : 's'}:{' '}
          {[...counts].map(([status, n]) => (
            <DeliveryChip key={status} state={stateOfStatusWord(status)} label={status} count={n} />
          ))}
          {receipts.length > SHOWN_RECEIPTS && (
            <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show the latest only' : `Show all ${receipts.length}`}
            </button>
          )}
        </p>
      )}
      <ol className="history-timeline">
        {shown.map((entry, index) => (
          <li
            key={index}
            className={`timeline-${entry.kind}${entry.kind === 'receipt' ? ` timeline-delivery-${stateOfStatusWord(receiptStatus(entry))}` : ''}`}
          >
            <time>{formatTime(entry.at)}</time>
            <div>
              <strong>{entry.title}</strong>
              {entry.detail && <div className="timeline-detail">{entry.detail}</div>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
