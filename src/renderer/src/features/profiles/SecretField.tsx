import { useRef, useState, type FormEvent } from 'react';
import { secretEnvName } from '../../../../shared/profiles/env-name';
import { KEYCHAIN_ERROR_CODE } from '../../../../shared/profiles/keychain-status';
import type { Profile, SecretKind } from '../../../../shared/profiles/profile';
import { parseSecret } from '../../../../shared/profiles/profile-input';
import { ApiError, errorMessage } from '../../api-errors';
import { ConfirmButton } from './ConfirmButton';
import { useProfilesStore } from './profiles-store';

const labels: Record<SecretKind, { title: string; hint: string }> = {
  key: { title: 'Service key', hint: 'From the service’s page in Webex Connect. Sent in the key header.' },
  jwt: { title: 'JWT service secret', hint: 'The base64 secret from the service’s page; Relaydesk signs a fresh token per request.' },
};

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Write-only: a secret goes in once and then shows only as "set on <date>". The value is never
 * read back, not even its length; the field clears once what it holds is saved (typing done while
 * an earlier value was saving stays, marked as not saved).
 */
export function SecretField({ profile, kind, first }: { profile: Profile; kind: SecretKind; first: boolean }) {
  const { setSecret, removeSecret, justCreated, checkKeychain } = useProfilesStore();
  const status = profile.secrets[kind];
  const [editing, setEditing] = useState(false);
  const [value, setShownValue] = useState('');
  // What the field holds now, for a save's answer to compare with what it sent.
  const typed = useRef('');
  const setValue = (next: string) => {
    typed.current = next;
    setShownValue(next);
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Typing done while an earlier value was saving: kept in the field, and not called saved.
  const [typedSince, setTypedSince] = useState(false);
  const id = `secret-${profile.id}-${kind}`;
  // The push saying a secret is set can come while the user types on: typed text is never hidden.
  const showInput = editing || status.setAt === null || busy || value !== '';
  const close = () => {
    setEditing(false);
    setValue('');
    setError(null);
    setTypedSince(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSecret(kind, value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'invalid');
      return;
    }
    const sent = value;
    setBusy(true);
    setTypedSince(false);
    try {
      await setSecret(profile.id, kind, sent);
      if (typed.current === sent) close();
      else {
        setEditing(true);
        setError(null);
        setTypedSince(true);
      }
    } catch (e) {
      // The keychain's problem is explained once, in the notice above the fields (asked again now).
      const keychain = e instanceof ApiError && e.code === KEYCHAIN_ERROR_CODE;
      setError(keychain ? 'Not saved: the system keychain is not available (see above).' : errorMessage(e));
      if (keychain) void checkKeychain();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="secret-field" data-testid={`secret-${kind}`}>
      <div className="secret-head">
        <span className="secret-title">{labels[kind].title}</span>
        {status.setAt ? (
          <span className="pill ok">Secret set on {formatWhen(status.setAt)}</span>
        ) : status.fromEnvironment ? null : (
          <span className="pill warn">Not set</span>
        )}
        {status.fromEnvironment && <span className="pill info">From {secretEnvName(profile.name, kind)}</span>}
      </div>
      {status.fromEnvironment && (
        <p className="field-hint">
          The environment variable <code>{secretEnvName(profile.name, kind)}</code> supplies this secret at run time and wins over the
          keychain.
        </p>
      )}
      {showInput ? (
        <form className="secret-form" onSubmit={(e) => void save(e)} noValidate>
          <label htmlFor={id} className="visually-hidden">
            {labels[kind].title}
          </label>
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={status.setAt ? `New ${labels[kind].title.toLowerCase()}` : `Paste the ${labels[kind].title.toLowerCase()}`}
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && status.setAt) close();
            }}
            aria-invalid={!!error}
            aria-describedby={`${id}-hint ${id}-error`}
            autoFocus={editing || (first && justCreated === profile.id)}
          />
          <button type="submit" className="button primary" disabled={busy || value.trim() === ''}>
            {busy ? 'Saving…' : 'Save to keychain'}
          </button>
          {editing && (
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          )}
        </form>
      ) : (
        <div className="secret-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Replace
          </button>
          <ConfirmButton
            label="Remove"
            confirmLabel={`Remove the ${labels[kind].title.toLowerCase()}`}
            question="Delete it from the keychain?"
            onConfirm={() => removeSecret(profile.id, kind)}
          />
        </div>
      )}
      <span id={`${id}-hint`} className="field-hint">
        {labels[kind].hint} Stored in the system keychain only.
      </span>
      {typedSince && (
        <span className="field-hint" role="status">
          The keychain holds the value saved before this one. What is in the field now is not saved yet.
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
