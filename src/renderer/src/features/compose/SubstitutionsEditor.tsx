import { useState } from 'react';
import { isRecord } from '../../../../shared/is-record';
import { findVariables } from '../../../../shared/template/substitution';
import { useComposeStore } from './compose-store';
import { FieldErrors } from './FormFields';

/** Global `substitutions`: used for every recipient who has no personal value of that name. */
export function SubstitutionsEditor() {
  const body = useComposeStore((s) => s.body);
  const setField = useComposeStore((s) => s.setField);
  const values = isRecord(body.substitutions) ? body.substitutions : {};
  const [newName, setNewName] = useState('');
  const used = findVariables(JSON.stringify(body.content ?? body.channels ?? {}));
  const unsetUsed = used.filter((name) => !(name in values) && name !== 'unsubscribe');
  const add = (name: string) => {
    const trimmed = name.trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(trimmed)) return;
    setField(['substitutions'], { ...values, [trimmed]: '' }, { step: true });
    setNewName('');
  };
  return (
    <fieldset className="options">
      <legend>Global substitutions</legend>
      {Object.entries(values).map(([name, value]) => (
        <div key={name} className="kv-row">
          <code>$({name})</code>
          <input
            aria-label={`Global value of ${name}`}
            value={String(value)}
            onChange={(e) => setField(['substitutions'], { ...values, [name]: e.target.value })}
          />
          <button
            type="button"
            className="button"
            aria-label={`Remove ${name}`}
            onClick={() => {
              const rest = { ...values };
              delete rest[name];
              setField(['substitutions'], rest, { step: true });
            }}
          >
            ✕
          </button>
        </div>
      ))}
      <div className="kv-row">
        <input
          aria-label="New variable name"
          placeholder="variable name"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add(newName))}
        />
        <button type="button" className="button" onClick={() => add(newName)} disabled={!/^[A-Za-z0-9_.-]+$/.test(newName.trim())}>
          Add
        </button>
      </div>
      {unsetUsed.length > 0 && (
        <p className="field-hint">
          Used in the message without a global value:{' '}
          {unsetUsed.map((name) => (
            <button key={name} type="button" className="link-button" onClick={() => add(name)}>
              $({name})
            </button>
          ))}
          <span className="muted"> (click to add)</span>
        </p>
      )}
      <FieldErrors path={['substitutions']} below />
    </fieldset>
  );
}
