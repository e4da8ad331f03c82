import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_PROFILE_TPS } from '../../../../shared/limits/profiles';
import type { AuthMode, Profile } from '../../../../shared/profiles/profile';
import { SENDER_CHANNELS, SENDER_LABELS } from '../../../../shared/profiles/senders';
import { ApiError, errorMessage } from '../../api-errors';
import { draftOf, emptyDraft, inputOf, sameDraft, validateDraft, type FieldErrors, type ProfileDraft } from './profile-draft';
import { useProfilesStore } from './profiles-store';
import { RegionField } from './RegionField';

const authChoices: { value: AuthMode; label: string; hint: string }[] = [
  { value: 'key', label: 'Service key', hint: 'sent in the key header' },
  { value: 'jwt', label: 'JWT', hint: 'signed per request from the service secret' },
  { value: 'both', label: 'Both', hint: 'JWT wins, as the API does' },
];

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  ) : null;
}

/** Which version of which profile the form stands on, and that version as a draft. */
interface FormBase {
  key: string;
  id: string | undefined;
  draft: ProfileDraft;
}

const keyOf = (profile: Profile | undefined): string => (profile ? `${profile.id}:${profile.updatedAt}` : 'new');

function baseOf(profile: Profile | undefined): FormBase {
  return { key: keyOf(profile), id: profile?.id, draft: profile ? draftOf(profile) : emptyDraft() };
}

/** The form for a new profile or an existing one; inline errors use the same zod rules as the core. */
export function ProfileEditor({ profile, onCancel }: { profile?: Profile; onCancel?: () => void }) {
  const { create, update } = useProfilesStore();
  const initial = profile ? draftOf(profile) : emptyDraft();
  const [draft, setDraft] = useState<ProfileDraft>(initial);
  // The version the form was filled from or last saved as. Only a different version changes the
  // form, and never by throwing away typing: a push about the user's own save is no news.
  const [base, setBase] = useState<FormBase>(() => baseOf(profile));
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const profileKey = keyOf(profile);
  useEffect(() => {
    // While a save is on its way, its answer (not a push) says which version the form stands on.
    if (saving || profileKey === base.key) return;
    const incoming = baseOf(profile);
    setBase(incoming);
    if (profile?.id !== base.id || sameDraft(draft, base.draft)) {
      // Another profile, or no unsaved typing: the form shows the profile as it now is.
      setDraft(incoming.draft);
      setChangedElsewhere(false);
      setShowErrors(false);
      setServerErrors({});
      setFormError(null);
    } else if (!sameDraft(incoming.draft, base.draft) && !sameDraft(incoming.draft, draft)) {
      // Changed elsewhere (another window, the CLI) under unsaved typing: the typing stays, and the user is told.
      setChangedElsewhere(true);
    }
  }, [profileKey, saving]);
  useEffect(() => {
    if (!profile) nameRef.current?.focus();
  }, []);

  const errors = { ...validateDraft(draft), ...serverErrors };
  const dirty = !sameDraft(draft, initial);
  const change = (patch: Partial<ProfileDraft>) => {
    setDraft({ ...draft, ...patch });
    setServerErrors({});
    setSaved(false);
  };
  const err = (path: string) => (showErrors ? errors[path] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(validateDraft(draft)).length > 0) return;
    setSaving(true);
    setFormError(null);
    try {
      const sent = draft;
      if (profile) {
        const stored = baseOf(await update(profile.id, inputOf(sent)));
        setBase(stored);
        // As stored (trimmed, numbers as numbers) unless the user typed on while it saved: that typing stays.
        setDraft((current) => (sameDraft(current, sent) ? stored.draft : current));
        setChangedElsewhere(false);
      } else await create(inputOf(sent));
      setSaved(!!profile);
      setShowErrors(false);
    } catch (error) {
      if (error instanceof ApiError && error.path)
        setServerErrors({ [error.path]: error.message.replace(new RegExp(`^${error.path}: `), '') });
      else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="profile-editor"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={profile ? `Edit ${profile.name}` : 'New profile'}
    >
      {formError && <div className="error-banner">{formError}</div>}
      {changedElsewhere && dirty && (
        <div className="profile-changed-elsewhere" role="status">
          This profile changed elsewhere (another window or the CLI). Save keeps your version; Revert takes the new one.
        </div>
      )}
      <div className="profile-grid">
        <div className="field">
          <label htmlFor="profile-name">Name</label>
          <input
            id="profile-name"
            ref={nameRef}
            value={draft.name}
            placeholder="e.g. EU live"
            onChange={(e) => change({ name: e.target.value })}
            aria-invalid={!!err('name')}
            aria-describedby="profile-name-error"
          />
          <FieldError id="profile-name-error" message={err('name')} />
        </div>
        <div className="field">
          <label htmlFor="profile-service-id">Service ID</label>
          <input
            id="profile-service-id"
            className="mono"
            value={draft.serviceId}
            onChange={(e) => change({ serviceId: e.target.value })}
            aria-invalid={!!err('serviceId')}
            aria-describedby="profile-service-id-error"
          />
          <FieldError id="profile-service-id-error" message={err('serviceId')} />
        </div>
        <RegionField
          region={draft.region}
          baseUrl={draft.baseUrl}
          onRegion={(region) => change({ region })}
          onBaseUrl={(baseUrl) => change({ baseUrl })}
          regionError={errors.region}
          baseUrlError={errors.baseUrl}
          showErrors={showErrors}
        />
        <div className="field">
          <label htmlFor="profile-tps">TPS</label>
          <input
            id="profile-tps"
            type="number"
            min={1}
            max={MAX_PROFILE_TPS}
            value={draft.tps}
            onChange={(e) => change({ tps: e.target.value })}
            aria-invalid={!!err('tps')}
            aria-describedby="profile-tps-hint profile-tps-error"
          />
          <span id="profile-tps-hint" className="field-hint">
            Destinations per second your account is configured for
          </span>
          <FieldError id="profile-tps-error" message={err('tps')} />
        </div>
      </div>
      <fieldset className="field profile-auth">
        <legend>Authentication</legend>
        <div className="segmented" role="radiogroup" aria-label="Authentication">
          {authChoices.map((choice) => (
            <label key={choice.value} className={draft.authMode === choice.value ? 'selected' : ''} title={choice.hint}>
              <input
                type="radio"
                name="profile-auth"
                value={choice.value}
                checked={draft.authMode === choice.value}
                onChange={() => change({ authMode: choice.value })}
              />
              {choice.label}
            </label>
          ))}
        </div>
        <span className="field-hint">{authChoices.find((c) => c.value === draft.authMode)?.hint}</span>
      </fieldset>
      <details className="profile-senders">
        <summary>Default senders and app IDs</summary>
        <div className="profile-grid">
          {SENDER_CHANNELS.map((channel) => (
            <div className="field" key={channel}>
              <label htmlFor={`profile-sender-${channel}`}>{SENDER_LABELS[channel].label}</label>
              <input
                id={`profile-sender-${channel}`}
                className="mono"
                value={draft.senders[channel]}
                placeholder={SENDER_LABELS[channel].hint}
                onChange={(e) => change({ senders: { ...draft.senders, [channel]: e.target.value } })}
                aria-invalid={!!err(`senders.${channel}`)}
              />
              <FieldError id={`profile-sender-${channel}-error`} message={err(`senders.${channel}`)} />
            </div>
          ))}
        </div>
      </details>
      <div className="profile-form-actions">
        <button type="submit" className="button primary" disabled={saving || (!!profile && !dirty)}>
          {profile ? (saving ? 'Saving…' : 'Save changes') : saving ? 'Creating…' : 'Create profile'}
        </button>
        {profile && dirty && (
          <button
            type="button"
            className="button"
            onClick={() => {
              change(draftOf(profile));
              setChangedElsewhere(false);
            }}
          >
            Revert
          </button>
        )}
        {!profile && onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {saved && !dirty && (
          <span className="profile-saved" role="status">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}
