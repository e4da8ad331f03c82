import { useEffect, useState } from 'react';
import type { DeliveryCounts } from '../../../../shared/contract/outbound';
import { emptyCounts } from '../../../../shared/outbound/delivery';
import { api } from '../../api';
import { DeliverySummary } from '../../components/DeliveryChip';
import { useSendsStore } from '../history/sends-store';
import { useNavStore } from '../shell/nav-store';

/** Sends this large are counted in History only (one page of recipients is read here). */
const COUNTED_HERE = 1000;
/** Receipts come in bursts (two per recipient): one count per burst. */
const RECOUNT_DELAY_MS = 800;

interface Tally {
  counts: DeliveryCounts;
  total: number;
}

async function tally(jobId: string): Promise<Tally> {
  const page = await api['outbound:recipients']({ jobId, failedOnly: false, offset: 0, limit: COUNTED_HERE });
  const counts = emptyCounts();
  for (const recipient of page.items) counts[recipient.delivery]++;
  return { counts, total: page.total };
}

/**
 * What the receipts say so far about a send from Compose. "Accepted by the API" is not
 * "delivered": a number can still fail on its receipt seconds later, so this follows them.
 */
export function SendDelivery(props: { jobId: string }) {
  const { jobId } = props;
  const [seen, setSeen] = useState<Tally | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    // Once no recipient waits for the API or a receipt, other sends' receipts need no recount.
    let settled = false;
    const recount = () => {
      if (settled) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        tally(jobId).then(
          (next) => {
            if (!live) return;
            settled = next.total > 0 && next.counts.pending + next.counts.accepted === 0;
            setSeen(next);
          },
          () => undefined, // The count stays as it was; History has the full story.
        );
      }, RECOUNT_DELAY_MS);
    };
    recount();
    const offReceived = api.on('inbound:received', recount);
    const offProgress = api.on('outbound:progress', (p) => p.jobId === jobId && recount());
    return () => {
      live = false;
      clearTimeout(timer);
      offReceived();
      offProgress();
    };
  }, [jobId]);

  const openInHistory = () => {
    useSendsStore.setState({ expandedJobId: jobId });
    useNavStore.getState().go('history');
  };
  return (
    <div className="send-delivery" data-testid="send-delivery">
      {seen && seen.total <= COUNTED_HERE && (
        <>
          <span>Receipts so far:</span>
          <DeliverySummary counts={seen.counts} label="Delivery so far" />
        </>
      )}
      <button type="button" className="link-button" onClick={openInHistory}>
        See this send in History
      </button>
    </div>
  );
}
