import { useMemo, useRef, useState } from 'react';
import { listRecipients } from '../../../../shared/compose/recipients';
import { useComposeStore } from './compose-store';
import { parseRecipientsCsv, toDestinations, type AddressKind } from './csv-recipients';
import { FieldErrors } from './FormFields';

const PREVIEW_ROWS = 8;

/**
 * Recipients by paste or CSV file: one address per line, or a CSV whose header names the address
 * column and one column per variable. Parsed rows and rejected lines show before anything changes.
 */
export function RecipientsEditor() {
  const body = useComposeStore((s) => s.body);
  const apiVersion = useComposeStore((s) => s.api);
  const channel = useComposeStore((s) => s.channel);
  const setField = useComposeStore((s) => s.setField);
  const kind: AddressKind = channel === 'email' ? 'email' : 'msisdn';
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const current = useMemo(() => listRecipients(body), [body]);

  const parsed = useMemo(() => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    const firstLine = trimmed.split(/\r?\n/)[0]!;
    // A bare list of addresses (no header): give it one so the same parser reads it.
    const looksLikeAddress = kind === 'email' ? /@/.test(firstLine) : /^\+?[\d\s()-]{7,}$/.test(firstLine.split(',')[0]!.trim());
    return parseRecipientsCsv(looksLikeAddress ? `${kind}${firstLine.includes(',') ? ',' + firstLine.split(',').slice(1).map((_, i) => `value${i + 1}`).join(',') : ''}\n${trimmed}` : text, kind);
  }, [text, kind]);

  const apply = (mode: 'replace' | 'append') => {
    if (!parsed || parsed.rows.length === 0) return;
    const groups = apiVersion === 'v1' ? [{ [kind]: parsed.rows.map((r) => r.address) }] : toDestinations(parsed.rows, kind);
    const key = apiVersion === 'v1' ? 'destination' : 'to';
    const existing = Array.isArray(body[key]) ? (body[key] as unknown[]) : [];
    setField([key], mode === 'replace' ? groups : [...existing, ...groups], { step: true });
    setText('');
  };

  return (
    <fieldset className="options recipients">
      <legend>
        Recipients <span className="muted">({current.length})</span>
      </legend>
      <textarea
        aria-label="Paste recipients"
        rows={4}
        className="mono"
        placeholder={kind === 'email' ? 'ana@example.com\nor CSV: email,name,code' : '447700900001\nor CSV: msisdn,name,code'}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
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
            if (file) void file.text().then(setText);
            e.target.value = '';
          }}
        />
        {current.length > 0 && (
          <button type="button" className="button danger" onClick={() => setField([apiVersion === 'v1' ? 'destination' : 'to'], [], { step: true })}>
            Clear recipients
          </button>
        )}
      </div>
      {parsed?.error && <p className="field-error">{parsed.error}</p>}
      {parsed && !parsed.error && (
        <div className="csv-preview" aria-label="Parsed recipients">
          <p>
            <strong>{parsed.rows.length}</strong> recipient{parsed.rows.length === 1 ? '' : 's'} read
            {parsed.rejected.length > 0 && (
              <>
                , <strong className="field-error">{parsed.rejected.length} line{parsed.rejected.length === 1 ? '' : 's'} rejected</strong>
              </>
            )}
            .
          </p>
          {parsed.rows.length > 0 && (
            <table className="mini-table">
              <thead>
                <tr>
                  <th>line</th>
                  <th>{parsed.addressColumn}</th>
                  {parsed.columns
                    .filter((c) => c !== parsed.addressColumn)
                    .map((c) => (
                      <th key={c}>$({c})</th>
                    ))}
                </tr>
              </thead>
              <tbody>
                {parsed.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.line}>
                    <td className="muted">{r.line}</td>
                    <td className="mono">{r.address}</td>
                    {Object.values(r.values).map((v, i) => (
                      <td key={i}>{v}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {parsed.rows.length > PREVIEW_ROWS && <p className="field-hint">…and {parsed.rows.length - PREVIEW_ROWS} more.</p>}
          {parsed.rejected.length > 0 && (
            <ul className="rejected-lines" aria-label="Rejected lines">
              {parsed.rejected.map((r) => (
                <li key={r.line + r.reason}>
                  line {r.line}: {r.reason} <code>{r.text}</code>
                </li>
              ))}
            </ul>
          )}
          <div className="button-row">
            <button type="button" className="button primary" disabled={parsed.rows.length === 0} onClick={() => apply('replace')}>
              Use these {parsed.rows.length}
            </button>
            {current.length > 0 && (
              <button type="button" className="button" disabled={parsed.rows.length === 0} onClick={() => apply('append')}>
                Add to the {current.length} already there
              </button>
            )}
          </div>
        </div>
      )}
      <FieldErrors path={[apiVersion === 'v1' ? 'destination' : 'to']} below />
    </fieldset>
  );
}
