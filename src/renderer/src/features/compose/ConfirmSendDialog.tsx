import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { SendCheck } from './send-check';
import { useSendStore } from './send-store';

/** Past this many, a list of addresses says "and N more". */
const NAMED = 8;

function Named(props: { addresses: string[] }) {
  const shown = props.addresses.slice(0, NAMED);
  const more = props.addresses.length - shown.length;
  return (
    <>
      {shown.map((a, i) => (
        <span key={a + i}>
          {i > 0 && ', '}
          <code>{a}</code>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </>
  );
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

function Summary({ check }: { check: SendCheck }) {
  const { segments } = check;
  return (
    <dl className="send-facts">
      <dt>Recipients</dt>
      <dd data-testid="confirm-recipients">{check.recipients.toLocaleString()}</dd>
      <dt>Requests</dt>
      <dd>{check.requests.toLocaleString()}</dd>
      <dt>Profile</dt>
      <dd>
        {check.profileName} <span className="muted">→ {check.endpoint}</span>
      </dd>
      {segments && (
        <>
          <dt>SMS parts</dt>
          <dd data-testid="confirm-segments">
            {segments.min === segments.max
              ? `${segments.min} × ${plural(check.recipients, 'recipient')}`
              : `${segments.min}–${segments.max} each over ${plural(check.recipients, 'recipient')}`}{' '}
            = {plural(segments.total, 'part')}
          </dd>
        </>
      )}
    </dl>
  );
}

function Warnings({ check }: { check: SendCheck }) {
  const items = [
    ...(check.ucs2Recipients.length > 0
      ? [
          <li key="ucs2" data-testid="confirm-ucs2">
            {plural(check.ucs2Recipients.length, 'recipient')} get{check.ucs2Recipients.length === 1 ? 's' : ''} UCS-2 (70 characters a
            part, not 160): <Named addresses={check.ucs2Recipients} />
          </li>,
        ]
      : []),
    ...check.unresolved.map((u) => (
      <li key={'var-' + u.name}>
        <code>$({u.name})</code> has no value for {plural(u.recipients.length, 'recipient')} (they would get it as typed):{' '}
        <Named addresses={u.recipients} />
      </li>
    )),
    ...check.problems.map((p, i) => <li key={'problem-' + i}>{p}</li>),
    ...check.notes.map((n, i) => (
      <li key={'note-' + i} className="muted">
        {n}
      </li>
    )),
  ];
  if (items.length === 0) return null;
  return (
    <div className="warn-note" role="note" aria-label="Warnings">
      <strong>Check before sending</strong>
      <ul>{items}</ul>
    </div>
  );
}

/** The one confirmation every Send goes through (button or Ctrl/Cmd+Enter). */
export function ConfirmSendDialog() {
  const { phase, check, pending, error, confirm, cancel } = useSendStore();
  // A test send has no confirmation (it goes to the user's own addresses) and no pending send.
  if (phase === 'idle' || pending === null) return null;
  const blocked = check !== null && check.blockers.length > 0;
  return (
    <ConfirmDialog
      title={check ? `Send to ${plural(check.recipients, 'recipient')}?` : 'Checking the send…'}
      confirmLabel={phase === 'sending' ? 'Sending…' : check ? `Send to ${plural(check.recipients, 'recipient')}` : 'Send'}
      confirmDisabled={phase !== 'confirming' || blocked}
      onConfirm={() => void confirm()}
      onCancel={cancel}
    >
      {check === null ? (
        <p className="muted">Checking the request with the outbox…</p>
      ) : (
        <>
          <Summary check={check} />
          <Warnings check={check} />
          {blocked && (
            <div className="error-banner" role="alert" data-testid="confirm-blockers">
              <strong>This send cannot go out yet.</strong>
              <ul>
                {check.blockers.map((b) => (
                  <li key={b.code + b.message}>{b.message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {error && (
        <p className="error-banner" role="alert">
          Not queued: {error}. Sending again is safe: it cannot queue this send twice.
        </p>
      )}
    </ConfirmDialog>
  );
}
