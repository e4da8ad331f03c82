import { useState } from 'react';
import { errorMessage } from '../../api-errors';
import { downloadText } from './browser-io';
import { exportFiltered, exportIds } from './feed-api';
import { exportFileName } from './feed-format';
import { useFeedStore } from './feed-store';

/** Saves the current filter's events, or the selected one, as NDJSON (raw and headers included). */
export function ExportButtons() {
  const selectedId = useFeedStore((s) => s.selectedId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (which: 'view' | 'selected') => {
    setBusy(true);
    setMessage(null);
    try {
      const result = which === 'selected' && selectedId ? await exportIds([selectedId]) : await exportFiltered(useFeedStore.getState().filter, Date.now());
      downloadText(exportFileName(), result.ndjson);
      setMessage(`${result.count.toLocaleString()} event${result.count === 1 ? '' : 's'} exported${result.truncated ? ' (limit reached; narrow the filter for the rest)' : ''}`);
    } catch (error) {
      setMessage(`Export failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {message && (
        <span className="ib-export-message" role="status">
          {message}
        </span>
      )}
      {selectedId && (
        <button type="button" className="button" disabled={busy} onClick={() => void run('selected')}>
          Export selected
        </button>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void run('view')} title="Every event matching the filters, as NDJSON">
        {busy ? 'Exporting…' : '⇩ Export NDJSON'}
      </button>
    </>
  );
}
