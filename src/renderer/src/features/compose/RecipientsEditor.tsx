import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { listRecipients } from '../../../../shared/compose/recipients';
import { isRecord } from '../../../../shared/is-record';
import { useComposeStore } from './compose-store';
import { addressKindLabel, addressKinds, type AddressKind } from './address-kinds';
import { parseRecipientsText, toDestinations, type CsvRejected } from './csv-recipients';
import { FieldErrors } from './FormFields';
import { RecipientTable } from './RecipientTable';

interface AddReport {
  added: number;
  rejected: CsvRejected[];
  error: string | null;
}

const EXAMPLES: Partial<Record<AddressKind, string>> = {
  msisdn: '447700900001',
  waid: '447700900001',
  email: 'ana@example.com',
  firefox_pushid: 'pushid@key',
};

/** A group with at least one address (the starter's empty `{ msisdn: [] }` is not worth keeping). */
const hasAddresses = (group: unknown) => isRecord(group) && Object.values(group).some((v) => Array.isArray(v) && v.length > 0);

/**
 * Recipients by paste, typing or CSV file: one address per line, or a CSV whose header names the
 * address column and one column per variable. A paste or a file is added at once; lines that cannot
 * be read stay in the box with the reason, to fix and add again. The list shows as an editable table.
 */
export function RecipientsEditor() {
  const body = useComposeStore((s) => s.body);
  const apiVersion = useComposeStore((s) => s.api);
  const channel = useComposeStore((s) => s.channel);
  const setField = useComposeStore((s) => s.setField);
  // The kinds the chosen channel documents (PSID for Messenger, push ids for push...), the usual one first.
  const kinds = addressKinds(apiVersion, channel, body.deliverychannel);
  const [chosenKind, setChosenKind] = useState<AddressKind | null>(null);
  const kind = chosenKind !== null && kinds.includes(chosenKind) ? chosenKind : kinds[0]!;
  const label = addressKindLabel(kind);
  const listKey = apiVersion === 'v1' ? 'destination' : 'to';
  const [text, setText] = useState('');
  const [report, setReport] = useState<AddReport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const kindSelect = useId();
  const count = useMemo(() => listRecipients(body).length, [body]);
  // What the last paste added belongs to the work it was pasted into, not to the next one opened.
  const session = useComposeStore((s) => s.session);
  useEffect(() => setReport(null), [session]);
  const typed = useMemo(() => (text.trim() === '' ? null : parseRecipientsText(text, kind)), [text, kind]);

  const add = (input: string) => {
    const parsed = parseRecipientsText(input, kind);
    if (parsed.error) {
      setText(input);
      setReport({ added: 0, rejected: [], error: parsed.error });
      return;
    }
    if (parsed.rows.length > 0) {
      const groups = apiVersion === 'v1' ? [{ [kind]: parsed.rows.map((r) => r.address) }] : toDestinations(parsed.rows, kind);
      const current = useComposeStore.getState().body[listKey];
      const existing = Array.isArray(current) ? current.filter(hasAddresses) : [];
      setField([listKey], [...existing, ...groups], { step: true });
    }
    // What could not be read stays in the box, under its header, to fix and add again.
    const leftover = parsed.rejected.map((r) => r.text);
    setText(leftover.length === 0 ? '' : [...(parsed.header ? [parsed.header] : []), ...leftover].join('\n'));
    setReport({ added: parsed.rows.length, rejected: parsed.rejected, error: null });
  };

  return (
    <fieldset className="options recipients">
      <legend>
        Recipients <span className="muted">({count})</span>
      </legend>
      {kinds.length > 1 && (
        <div className="field">
          <label htmlFor={kindSelect}>Recipients are</label>
          <select id={kindSelect} aria-label="Recipient kind" value={kind} onChange={(e) => setChosenKind(e.target.value as AddressKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {addressKindLabel(k)} ({k})
              </option>
            ))}
          </select>
        </div>
      )}
      <textarea
        aria-label="Paste recipients"
        rows={3}
        className="mono"
        placeholder={`Paste ${label}s, one a line: ${EXAMPLES[kind] ?? 'id-1'}\nor CSV with a header: ${kind},name,code`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text');
          if (pasted.trim() === '') return;
          e.preventDefault();
          const box = e.currentTarget;
          add(box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd));
        }}
      />
      <div className="button-row">
        {typed && !typed.error && typed.rows.length > 0 && (
          <button type="button" className="button primary" onClick={() => add(text)}>
            Add {typed.rows.length}
          </button>
        )}
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import CSV file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv,text/plain"
          hidden
          data-testid="csv-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(add);
            e.target.value = '';
          }}
        />
        {count > 0 && (
          <button type="button" className="button danger" onClick={() => setField([listKey], [], { step: true })}>
            Clear recipients
          </button>
        )}
      </div>
      {report && (
        <div className="add-report" role="status" aria-label="Added recipients">
          {report.error ? (
            <p className="field-error">{report.error}</p>
          ) : (
            <p>
              Added <strong>{report.added}</strong> recipient{report.added === 1 ? '' : 's'}
              {report.rejected.length > 0 &&
                `; ${report.rejected.length} line${report.rejected.length === 1 ? '' : 's'} left in the box to fix`}
              .
            </p>
          )}
          {report.rejected.length > 0 && (
            <ul className="rejected-lines" aria-label="Rejected lines">
              {report.rejected.map((r) => (
                <li key={r.line + r.reason}>
                  line {r.line}: {r.reason} <code>{r.text}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {typed?.error && !report?.error && <p className="field-error">{typed.error}</p>}
      <RecipientTable />
      <FieldErrors path={[listKey]} below />
    </fieldset>
  );
}
