import { useEffect, useState, type FormEvent } from 'react';
import type { VerificationSetting } from '../../../../shared/contract/inbound';
import { WEBHOOK_SECRET_MIN_LENGTH } from '../../../../shared/limits/inbound';
import { CopyButton } from './CopyButton';
import { useVerificationStore, type VerificationDraft, type VerificationMode } from './verification-store';

const SOURCE_LABEL: Record<VerificationSetting['source'], string> = {
  imiconnect: 'Webex Connect / IMIconnect',
  leadconnector: 'LeadConnector',
};

const MODE_LABEL: Record<VerificationMode, string> = {
  none: 'Off: accept every well-formed request',
  hmac: 'HMAC signature header',
  token: 'Secret token in the URL',
};

/** A random URL-safe secret (24 bytes, base64url): long enough for either mode. */
function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function summary(setting: VerificationSetting): string {
  if (setting.mode === 'none') return 'Off';
  if (!setting.secretSet) return 'On, but its secret is missing from the keychain: every request is refused until you set it';
  return setting.mode === 'hmac'
    ? `On: requests must carry ${setting.header}: sha256=… or sha512=…`
    : 'On: requests must use the URL with the token';
}

function SourceForm({ setting }: { setting: VerificationSetting }) {
  const { save, saving, saved, fieldErrors } = useVerificationStore();
  const [draft, setDraft] = useState<VerificationDraft>({ mode: setting.mode, header: setting.header, secret: '' });
  const [shown, setShown] = useState(false);
  const errors = fieldErrors[setting.source] ?? {};
  const id = (name: string) => `verify-${setting.source}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Clears the secret it sent (now in the keychain) and nothing else: edits made while the save
    // was on its way stay, and a secret typed meanwhile is not the one saved.
    if (await save(setting.source, draft)) setDraft((current) => (current.secret === draft.secret ? { ...current, secret: '' } : current));
  };
  const error = (name: string) =>
    errors[name] ? (
      <span className="field-error" role="alert">
        {errors[name]}
      </span>
    ) : null;

  return (
    <form className="ib-verify-form" onSubmit={(e) => void submit(e)} aria-label={`Verification for ${SOURCE_LABEL[setting.source]}`}>
      <h3>{SOURCE_LABEL[setting.source]}</h3>
      <p className="ib-small" data-testid={`verification-state-${setting.source}`}>
        {summary(setting)}
      </p>
      <div className="field">
        <label htmlFor={id('mode')}>Check</label>
        <select id={id('mode')} value={draft.mode} onChange={(e) => setDraft({ ...draft, mode: e.target.value as VerificationMode })}>
          {(Object.keys(MODE_LABEL) as VerificationMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABEL[mode]}
            </option>
          ))}
        </select>
        {error('mode')}
      </div>
      {draft.mode === 'hmac' && (
        <div className="field">
          <label htmlFor={id('header')}>Signature header</label>
          <input id={id('header')} value={draft.header} onChange={(e) => setDraft({ ...draft, header: e.target.value })} />
          <span className="field-hint">The sender puts sha256=&lt;hex HMAC of the raw body&gt; (or sha512=…) in this header.</span>
          {error('header')}
        </div>
      )}
      {draft.mode !== 'none' && (
        <div className="field ib-wide">
          <label htmlFor={id('secret')}>{draft.mode === 'hmac' ? 'Shared secret' : 'URL token'}</label>
          <div className="ib-secret-row">
            <input
              id={id('secret')}
              type={shown ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              placeholder={setting.secretSet ? 'Stored in the keychain' : `At least ${WEBHOOK_SECRET_MIN_LENGTH} characters`}
              value={draft.secret}
              onChange={(e) => setDraft({ ...draft, secret: e.target.value })}
            />
            <button type="button" className="button ib-small" onClick={() => setShown(!shown)}>
              {shown ? 'Hide' : 'Show'}
            </button>
            <button
              type="button"
              className="button ib-small"
              onClick={() => {
                setDraft({ ...draft, secret: generateSecret() });
                setShown(true);
              }}
            >
              Generate
            </button>
            <CopyButton text={draft.secret} label="Copy" className="button ib-small" disabled={draft.secret === ''} />
          </div>
          <span className="field-hint">
            Kept in the OS keychain and never shown again: copy it into the vendor's settings before saving. Leave empty to keep the stored
            one.
          </span>
          {error('secret')}
        </div>
      )}
      <div className="ib-verify-submit">
        {error('')}
        {saved === setting.source && (
          <span className="ib-small" role="status">
            Saved
          </span>
        )}
        <button type="submit" className="button primary" disabled={saving === setting.source}>
          {saving === setting.source ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}

/** Per-source webhook verification: a signature header or a URL token; failures land in Rejected as 401. */
export function VerificationPanel() {
  const { settings, error, load } = useVerificationStore();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Webhook verification</h2>
      <p className="ib-muted">
        Anyone who can reach the listener (for example through a tunnel) can post to it. Turn on a check per sender so only requests
        carrying your secret are stored; the others are answered 401 and kept under Rejected with the reason.
      </p>
      {error && <div className="error-banner">{error}</div>}
      <div className="ib-verify-grid">
        {settings.map((setting) => (
          // Keyed by sender alone: a key with the stored mode and header remounted the form when a
          // save answered, dropping whatever the user had changed meanwhile.
          <SourceForm key={setting.source} setting={setting} />
        ))}
      </div>
    </section>
  );
}
