import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { RetentionPolicy } from '../../../../shared/inbound/retention';
import { useRetentionStore } from './retention-store';

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toLocaleString(undefined, { maximumFractionDigits: bytes < 10 * MB ? 1 : 0 })} MiB`;
}

/** One whole-number limit with its hint and, after a refused save, the reason. */
function LimitField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
  hint: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        style={{ maxWidth: 200 }}
        type="number"
        min={0}
        step={1}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.problem !== undefined}
      />
      <span className="field-hint">{props.hint}</span>
      {props.problem && (
        <span className="field-error" role="alert">
          {props.problem}
        </span>
      )}
    </div>
  );
}

/** Settings → Data retention: age and size limits of inbound data, pruned in the background. */
export function RetentionSection() {
  const { state, error, saving, saved, load, save, edited } = useRetentionStore();
  const [days, setDays] = useState('');
  const [size, setSize] = useState('');
  const [problems, setProblems] = useState<Partial<Record<keyof RetentionPolicy, string>>>({});
  // Set by typing, cleared by a save: the section reloads on every visit while showing the previous
  // answer, and a reload that answers after the user started typing must not put the old values back.
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!state || typed) return;
    setDays(String(state.maxAgeDays));
    setSize(String(state.maxSizeMb));
  }, [state, typed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = RetentionPolicy.safeParse({ maxAgeDays: Number(days), maxSizeMb: Number(size) });
    if (!parsed.success) {
      const found: typeof problems = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as keyof RetentionPolicy] ??= issue.message;
      setProblems(found);
      return;
    }
    setProblems({});
    await save(parsed.data);
    if (useRetentionStore.getState().saved) setTyped(false);
  };
  const change = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setTyped(true);
    edited();
  };
  const changed = state !== null && (days !== String(state.maxAgeDays) || size !== String(state.maxSizeMb));

  return (
    <form className="retention-settings" onSubmit={(e) => void submit(e)} aria-label="Data retention">
      {error && <div className="error-banner">{error}</div>}
      <p>
        Received events and rejected requests are deleted in the background, oldest first, once they pass either limit. The rejected log
        also keeps only its newest {state ? state.rejectedMax.toLocaleString() : '…'} entries.
      </p>
      <LimitField
        id="retention-days"
        label="Keep for (days)"
        value={days}
        onChange={change(setDays)}
        problem={problems.maxAgeDays}
        hint="0 keeps them however old they are."
      />
      <LimitField
        id="retention-size"
        label="Largest database (MiB)"
        value={size}
        onChange={change(setSize)}
        problem={problems.maxSizeMb}
        hint={<>{state ? <span data-testid="retention-used">Now {megabytes(state.usedBytes)} in use.</span> : null} 0: no size limit.</>}
      />
      <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <button type="submit" className="button primary" disabled={saving || !changed}>
          {saving ? 'Saving…' : 'Save retention'}
        </button>
        {saved && !changed && <span role="status">Saved. Older data goes in the background.</span>}
        {state?.lastPrune && (
          <span className="field-hint" data-testid="retention-last">
            Last pruned {new Date(state.lastPrune.at).toLocaleString()}: {state.lastPrune.events.toLocaleString()} events,{' '}
            {state.lastPrune.rejected.toLocaleString()} rejected requests.
          </span>
        )}
      </div>
    </form>
  );
}
