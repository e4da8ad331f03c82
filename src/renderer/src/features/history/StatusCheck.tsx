import type { MessageStatusCheck, RecipientOutcome, StatusDestination } from '../../../../shared/contract/outbound';
import { stateOfStatusWord } from '../../../../shared/inbound/receipt-state';
import { DeliveryChip } from '../../components/DeliveryChip';
import { formatTime } from './format';
import { useStatusCheckStore, type StatusCheckEntry } from './status-check-store';

// "Check status": the vendor's status API asked on the user's click (outbound:checkStatus), its
// answer shown where the button is: the request pane, or one recipient's row.

const DESTINATIONS_SHOWN = 10;

/** The API's time in the app's format when it parses, else as the API wrote it. */
function when(at: string | null): string {
  if (!at) return '';
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? at : formatTime(ms);
}

function useEntry(requestId: string): StatusCheckEntry | undefined {
  return useStatusCheckStore((s) => s.byRequest[requestId]);
}

function CheckButton(props: { requestId: string; label: string; className: string; ariaLabel?: string }) {
  const entry = useEntry(props.requestId);
  return (
    <button
      type="button"
      className={props.className}
      aria-label={props.ariaLabel}
      disabled={entry?.checking}
      onClick={() => void useStatusCheckStore.getState().check(props.requestId)}
    >
      {entry?.checking ? 'Checking…' : props.label}
    </button>
  );
}

/** The header button of the request pane. */
export function CheckStatusButton(props: { requestId: string }) {
  return <CheckButton requestId={props.requestId} label="Check status" className="button" />;
}

function DestinationLine(props: { d: StatusDestination }) {
  const { d } = props;
  return (
    <li>
      <span className="status-check-address">{d.address}</span>
      {d.status && <DeliveryChip state={stateOfStatusWord(d.status)} label={d.status} />}
      <span className="field-hint" title={d.words ?? undefined}>
        {[d.code ? `code ${d.code}` : null, when(d.at)].filter(Boolean).join(' · ')}
      </span>
    </li>
  );
}

function CheckAnswer(props: { check: MessageStatusCheck }) {
  const { check } = props;
  if (check.error) {
    return (
      <p className="status-check-error" role="alert">
        {check.error}
      </p>
    );
  }
  const shown = check.destinations.slice(0, DESTINATIONS_SHOWN);
  // With several destinations the message-level status is only the first one's: each is listed instead.
  return (
    <>
      {check.destinations.length <= 1 && (
        <p className="status-check-line">
          {check.delivery && <DeliveryChip state={check.delivery} label={check.status ?? undefined} />}
          <span>{check.words}</span>
          {check.at && <span className="field-hint">since {when(check.at)}</span>}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="status-check-destinations">
          {shown.map((d, i) => (
            <DestinationLine key={`${d.address}:${i}`} d={d} />
          ))}
          {check.destinations.length > shown.length && (
            <li className="field-hint">… and {check.destinations.length - shown.length} more</li>
          )}
        </ul>
      )}
    </>
  );
}

/** The request pane's answer: one block per message id, or why nothing was asked. */
export function RequestStatusCheck(props: { requestId: string }) {
  const entry = useEntry(props.requestId);
  if (!entry || (entry.checking && !entry.result)) return null;
  return (
    <section className="status-check" aria-label="Status check" aria-live="polite">
      <h3>Status from the API{entry.result ? ` · asked ${formatTime(entry.result.checkedAt)}` : ''}</h3>
      {entry.error && (
        <p className="status-check-error" role="alert">
          {entry.error}
        </p>
      )}
      {entry.result?.checks.map((check) => (
        <div key={check.messageId} className="status-check-message">
          {entry.result!.checks.length > 1 && <div className="status-check-id">{check.messageId}</div>}
          <CheckAnswer check={check} />
        </div>
      ))}
      {entry.result?.note && <p className="field-hint">{entry.result.note}</p>}
    </section>
  );
}

const digits = (address: string): string => address.replace(/\D/g, '');

/** Is the API's address this recipient's (`+44…` and `44…` are one number)? */
function sameAddress(a: string, b: string): boolean {
  const da = digits(a);
  return da.length > 0 && da === digits(b) ? true : a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** One line for a recipient row: this destination's status in the answer, or why there is none. */
function recipientLine(r: RecipientOutcome, entry: StatusCheckEntry): { text: string; error: boolean; status: string | null } {
  if (entry.error) return { text: entry.error, error: true, status: null };
  const result = entry.result;
  if (!result) return { text: '', error: false, status: null };
  const check = result.checks.find((c) => c.messageId === r.vendorId) ?? result.checks[0];
  if (!check) return { text: result.note ?? 'Nothing to check.', error: false, status: null };
  if (check.error) return { text: check.error, error: true, status: null };
  const mine = check.destinations.find((d) => sameAddress(d.address, r.destination));
  const status = mine?.status ?? check.status;
  const code = mine ? mine.code : check.code;
  const at = mine ? mine.at : check.at;
  // Short: the row's cell is narrow (the full line is its tooltip).
  return { text: [status, code, when(at)].filter(Boolean).join(' · '), error: false, status };
}

/** "Check status" on a recipient row, and the answer for that recipient in its place. */
export function RecipientStatusCheck(props: { r: RecipientOutcome }) {
  const { r } = props;
  const entry = useEntry(r.requestId);
  if (!entry || (!entry.result && !entry.error)) {
    return (
      <CheckButton
        requestId={r.requestId}
        label="Check status"
        className="link-button recipient-check"
        ariaLabel={`Check status of ${r.destination}`}
      />
    );
  }
  const line = recipientLine(r, entry);
  const state = line.status ? stateOfStatusWord(line.status) : null;
  return (
    <span
      className={`recipient-check-answer${line.error || state === 'failed' ? ' is-failed' : ''}`}
      title={line.text}
      aria-label={`Status of ${r.destination}`}
    >
      <CheckButton
        requestId={r.requestId}
        label="↻"
        className="link-button recipient-check"
        ariaLabel={`Check status of ${r.destination} again`}
      />
      {line.error ? 'Check failed: ' : 'Now: '}
      {line.text}
    </span>
  );
}
