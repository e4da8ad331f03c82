import type { RequestState } from '../../../../shared/contract/outbound';
import { STATE_LABELS } from './format';

export function StateChip(props: { state: RequestState }) {
  return <span className={`state-chip state-${props.state}`}>{STATE_LABELS[props.state]}</span>;
}
