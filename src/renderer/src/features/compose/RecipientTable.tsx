import { useMemo, useState } from 'react';
import { listRecipients, type PreviewRecipient } from '../../../../shared/compose/recipients';
import { isRecord } from '../../../../shared/is-record';
import { addressKindLabel } from './address-kinds';
import { useComposeStore } from './compose-store';

const PAGE = 50;

/** `to[1].msisdn[0]` -> where the address sits: its group and its place in the group's list. */
function locate(recipient: PreviewRecipient): { list: string; group: number; kind: string; index: number } | null {
  const match = /^(\w+)\[(\d+)\]\.(\w+)\[(\d+)\]$/.exec(recipient.path);
  return match ? { list: match[1]!, group: Number(match[2]), kind: match[3]!, index: Number(match[4]) } : null;
}

function removeRecipient(recipient: PreviewRecipient): void {
  const at = locate(recipient);
  const store = useComposeStore.getState();
  const groups = at && Array.isArray(store.body[at.list]) ? [...(store.body[at.list] as unknown[])] : null;
  const original = at && groups ? groups[at.group] : undefined;
  if (!at || !groups || !isRecord(original)) return;
  const group = { ...original };
  const addresses = Array.isArray(group[at.kind]) ? (group[at.kind] as unknown[]).filter((_, i) => i !== at.index) : [];
  group[at.kind] = addresses;
  // A group left without any address would be a rule error: it goes, with its values.
  const empty = !Object.values(group).some((v) => Array.isArray(v) && v.length > 0);
  store.setField([at.list], empty ? groups.filter((_, i) => i !== at.group) : groups.map((g, i) => (i === at.group ? group : g)), {
    step: true,
  });
}

/**
 * The recipients in the body as an editable table: address and each personal value, a row per
 * address (values belong to the address's group, so addresses sharing a group share them).
 */
export function RecipientTable() {
  const body = useComposeStore((s) => s.body);
  const apiVersion = useComposeStore((s) => s.api);
  const setField = useComposeStore((s) => s.setField);
  const recipients = useMemo(() => listRecipients(body), [body]);
  const [shown, setShown] = useState(PAGE);
  const columns = useMemo(() => {
    const names = new Set<string>();
    for (const r of recipients) for (const name of Object.keys(r.values)) names.add(name);
    return [...names];
  }, [recipients]);
  if (recipients.length === 0) return null;
  // One kind in the list names the column (PSID, Twitter ID...); a mix says each row's kind.
  const kinds = new Set(recipients.map((r) => r.kind));
  const single = kinds.size === 1 ? recipients[0]!.kind : null;
  return (
    <div className="recipient-table-wrap">
      <table className="mini-table recipient-table" aria-label="Recipients list">
        <thead>
          <tr>
            <th>#</th>
            <th>{single === null ? 'address' : addressKindLabel(single)}</th>
            {columns.map((c) => (
              <th key={c}>$({c})</th>
            ))}
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {recipients.slice(0, shown).map((r, i) => {
            const at = locate(r);
            return (
              <tr key={r.path}>
                <td className="muted">{i + 1}</td>
                <td>
                  <input
                    className="mono"
                    aria-label={`Address ${i + 1}`}
                    title={addressKindLabel(r.kind)}
                    value={r.address}
                    onChange={(e) => at && setField([at.list, at.group, at.kind, at.index], e.target.value)}
                  />
                  {single === null && <span className="muted"> {addressKindLabel(r.kind)}</span>}
                </td>
                {columns.map((c) => (
                  <td key={c}>
                    <input
                      aria-label={`${c} of ${i + 1}`}
                      value={r.values[c] === undefined ? '' : String(r.values[c])}
                      disabled={apiVersion !== 'v2' || !at}
                      onChange={(e) => at && setField([at.list, at.group, 'substitutions', c], e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Remove ${r.address}`}
                    onClick={() => removeRecipient(r)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {recipients.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, recipients.length - shown)} more of {recipients.length - shown}
        </button>
      )}
    </div>
  );
}
