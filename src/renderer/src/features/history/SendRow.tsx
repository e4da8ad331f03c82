import type { SendSummary } from '../../../../shared/contract/outbound';
import { DeliverySummary } from '../../components/DeliveryChip';
import { formatTime } from './format';
import { SendDetail } from './SendDetail';
import { useSendsStore } from './sends-store';

const JOB_STATE_WORDS: Record<SendSummary['state'], string | null> = {
  running: 'sending…',
  offline: 'waiting for the network',
  done: null,
  cancelled: 'cancelled',
};

/** One send: when, through which profile, to whom, and what happened to its recipients. */
export function SendRow(props: { send: SendSummary; expanded: boolean }) {
  const s = props.send;
  const detailId = `send-detail-${s.jobId}`;
  const others = s.destinations - 1;
  const jobWords = JOB_STATE_WORDS[s.state];
  return (
    <li className={`send-item${props.expanded ? ' expanded' : ''}`} aria-label={`Send to ${s.firstAddress ?? 'no destination'}`}>
      <button
        type="button"
        className="send-grid send-row"
        aria-expanded={props.expanded}
        aria-controls={props.expanded ? detailId : undefined}
        onClick={() => useSendsStore.getState().toggle(s.jobId)}
      >
        <span className="send-when">
          <span className="send-caret" aria-hidden="true">
            {props.expanded ? '▾' : '▸'}
          </span>
          <time dateTime={new Date(s.createdAt).toISOString()}>{formatTime(s.createdAt)}</time>
        </span>
        <span className="send-profile" title={s.profileId}>
          {s.profileName ?? s.profileId}
        </span>
        <span className="send-channel">
          {s.api} · {s.channel ?? '?'}
        </span>
        <span className="send-count">
          {s.destinations.toLocaleString()}
          {s.requests > 1 && <span className="field-hint"> in {s.requests} requests</span>}
        </span>
        <span className="send-to">
          <span className="send-address">
            {s.firstAddress ?? 'no destination'}
            {others > 0 && <span className="field-hint"> +{others.toLocaleString()}</span>}
          </span>
          {s.preview && <span className="send-preview">{s.preview}</span>}
        </span>
        <span className="send-delivery">
          <DeliverySummary counts={s.delivery} />
          {jobWords && <span className="field-hint">{jobWords}</span>}
        </span>
      </button>
      {props.expanded && <SendDetail send={s} id={detailId} />}
    </li>
  );
}
