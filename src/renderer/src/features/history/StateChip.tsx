import type { RequestState } from '../../../../shared/contract/outbound';
import { deliveryOfRequest } from '../../../../shared/outbound/delivery';
import { DeliveryChip } from '../../components/DeliveryChip';
import { STATE_LABELS } from './format';

/** A request's API state in the delivery colours (the API accepting it is blue, not green). */
export function StateChip(props: { state: RequestState }) {
  return (
    <DeliveryChip
      state={deliveryOfRequest(props.state)}
      label={STATE_LABELS[props.state]}
      title="The API's answer to this request; receipts are in its timeline"
    />
  );
}
