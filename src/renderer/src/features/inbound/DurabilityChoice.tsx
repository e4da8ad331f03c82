import type { AckDurability } from '../../../../shared/contract/inbound';
import { useListenerStore } from './listener-store';

const CHOICES: { value: AckDurability; label: string; detail: string }[] = [
  {
    value: 'crash-safe',
    label: 'Once it is written (recommended)',
    detail: 'A crash or a killed app cannot lose an answered event; a power cut can take the last 0.1 s. Fastest.',
  },
  {
    value: 'power-safe',
    label: 'Once it is on the disk (power-safe)',
    detail:
      'Each answer waits for the disk to confirm the write, so not even a power cut loses an answered event. Slower under heavy traffic.',
  },
];

/** When the listener answers 200, which tells the sender not to retry. */
export function DurabilityChoice() {
  const { info, setDurability } = useListenerStore();
  if (!info) return null;
  return (
    <fieldset className="ib-durability">
      <legend>Answer a webhook with 200…</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="ib-durability-choice">
          <input
            type="radio"
            name="ack-durability"
            value={choice.value}
            checked={info.durability === choice.value}
            onChange={() => void setDurability(choice.value)}
          />
          <span>
            <strong>{choice.label}</strong>
            <span className="ib-muted ib-small">{choice.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
