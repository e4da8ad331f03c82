import { useId } from 'react';
import { V2_RECEIPTS } from '../../../../shared/compose/channel-limits';
import { getIn } from './body-edit';
import { useComposeStore } from './compose-store';
import { FieldErrors, SelectField, TextField } from './FormFields';
import { usePlanStore } from './plan-store';
import { MISSING_SECRET } from '../../../../shared/outbound/send-blockers';

/** Profile and sender: which account sends, and as whom. */
export function SenderFields() {
  const id = useId();
  const profiles = useComposeStore((s) => s.profiles);
  const profileId = useComposeStore((s) => s.profileId);
  const setProfile = useComposeStore((s) => s.setProfile);
  const apiVersion = useComposeStore((s) => s.api);
  const channel = useComposeStore((s) => s.channel);
  const profile = profiles.find((p) => p.id === profileId);
  // The outbox's answer, once it is about this profile (it names a missing secret with the fix).
  const planResult = usePlanStore((s) => (s.profileId === profileId ? s.result : null));
  const blockers = (planResult?.blockers ?? []).filter((b) => b.code === MISSING_SECRET);
  const senders = Object.values(profile?.senders ?? {}).filter((v): v is string => typeof v === 'string');
  return (
    <div className="row-2">
      <div className="field">
        <label htmlFor={id}>Profile</label>
        <select id={id} value={profileId} onChange={(e) => setProfile(e.target.value)}>
          {profiles.length === 0 && <option value={profileId}>{profileId}</option>}
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.builtIn ? ' (built in)' : ''}
            </option>
          ))}
        </select>
        {blockers.map((b) => (
          <span key={b.message} className="field-error" data-testid="profile-missing-secret">
            {b.message}
          </span>
        ))}
      </div>
      {apiVersion === 'v2' ? (
        <>
          <TextField
            label={channel === 'email' ? 'From address' : channel === 'rcs' ? 'RCS app ID' : 'Sender ID'}
            path={['from']}
            list={`${id}-senders`}
          />
          <datalist id={`${id}-senders`}>
            {senders.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      ) : (
        <TextField label="Correlation ID" path={['correlationid']} />
      )}
    </div>
  );
}

/** ISO text <-> the local date-time an <input type="datetime-local"> shows. */
function toLocalInput(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function DateTimeField(props: { label: string; path: string[]; hint?: string }) {
  const id = useId();
  const value = useComposeStore((s) => getIn(s.body, props.path));
  const setField = useComposeStore((s) => s.setField);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="datetime-local"
        value={toLocalInput(value)}
        onChange={(e) => setField(props.path, e.target.value === '' ? undefined : new Date(e.target.value).toISOString())}
      />
      {props.hint && <span className="field-hint">{props.hint}</span>}
      <FieldErrors path={props.path} />
    </div>
  );
}

/** Scheduling, priority, callbacks and receipts. */
export function DeliveryFields() {
  const apiVersion = useComposeStore((s) => s.api);
  const channel = useComposeStore((s) => s.channel);
  const receipts = useComposeStore((s) => getIn(s.body, ['requestedReceipts']));
  const setField = useComposeStore((s) => s.setField);
  const chosen = Array.isArray(receipts) ? receipts.map((r) => String(r).toLowerCase()) : [];
  const allowed: readonly string[] = apiVersion === 'v2' && channel in V2_RECEIPTS ? V2_RECEIPTS[channel as keyof typeof V2_RECEIPTS] : [];
  const priorities = [
    { value: '', label: 'default' },
    { value: '1', label: '1 (lowest)' },
    { value: '2', label: '2' },
    { value: '3', label: '3 (highest)' },
  ];
  if (apiVersion === 'v1') {
    return (
      <fieldset className="options">
        <legend>Delivery</legend>
        <div className="row-2">
          <DateTimeField label="Expiry" path={['expiry']} />
          <SelectField label="Priority" path={['priority']} options={priorities} />
        </div>
        <TextField label="Notify URL" path={['notifyurl']} hint="Delivery notifications go here; prefilled with this app's listener." />
        <TextField label="Callback data" path={['callbackData']} />
      </fieldset>
    );
  }
  return (
    <fieldset className="options">
      <legend>Delivery</legend>
      <div className="row-3">
        <DateTimeField label="Send at" path={['sendAt']} hint="At most 7 days ahead" />
        <DateTimeField label="Expire at" path={['expireAt']} hint="Or a validity, not both" />
        <TextField label="Validity (seconds)" path={['validity']} type="number" numeric />
      </div>
      <SelectField label="Priority" path={['priority']} options={priorities} numeric />
      <TextField
        label="Notify URL"
        path={['notifyUrl']}
        hint="Receipts go here; prefilled with this app's listener so they show up in Inbound."
      />
      <TextField label="Callback data" path={['callbackData']} />
      {allowed.length > 0 && (
        <div className="field">
          <span className="label">Requested receipts</span>
          <div className="checks">
            {allowed.map((r) => (
              <label key={r} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(r)}
                  onChange={(e) => {
                    const next = e.target.checked ? [...chosen, r] : chosen.filter((x) => x !== r);
                    setField(
                      ['requestedReceipts'],
                      next.length === 0 ? undefined : allowed.filter((a) => next.includes(a)).map((a) => a.toUpperCase()),
                    );
                  }}
                />
                {r}
              </label>
            ))}
          </div>
          <FieldErrors path={['requestedReceipts']} below />
        </div>
      )}
    </fieldset>
  );
}
