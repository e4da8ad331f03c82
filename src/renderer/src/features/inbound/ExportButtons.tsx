import { useState } from 'react';
import { errorMessage } from '../../api-errors';
import { downloadText } from '../../components/browser-io';
import { exportFiltered, exportIds } from './feed-api';
import { exportFileName } from './feed-format';
import { useFeedStore } from './feed-store';

/** Saves the current filter's events, or the selected one, as NDJSON (raw and headers included). */
export function ExportButtons() {
  const selectedId = useFeedStore((s) => s.selectedId);
  const marked = useFeedStore((s) => s.marked);
  const clearMarks = useFeedStore((s) => s.clearMarks);
  const picked = marked.length > 0 ? marked : selectedId ? [selectedId] : [];
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (which: 'view' | 'selected') => {
    setBusy(true);
    setMessage(null);
    try {
      const result =
        which === 'selected' && picked.length > 0
          ? await exportIds(picked)
          : await exportFiltered(useFeedStore.getState().filter, Date.now());
      downloadText(exportFileName(), result.ndjson, 'application/x-ndjson');
      setMessage(
        `${result.count.toLocaleString()} event${result.count === 1 ? '' : 's'} exported${result.truncated ? ' (limit reached; narrow the filter for the rest)' : ''}`,
      );
    } catch (error) {
      setMessage(`Export failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  // Both exports look alike and are off while either runs.
  const exportProps = (which: 'view' | 'selected', title: string) => ({
    className: 'button',
    disabled: busy,
    onClick: () => void run(which),
    title,
  });

  return (
    <>
      {message && (
        <span className="ib-export-message" role="status">
          {message}
        </span>
      )}
      {marked.length > 0 && (
        <button type="button" className="button ib-subtle" onClick={clearMarks} title="Esc">
          Clear selection
        </button>
      )}
      {picked.length > 0 && (
        <button type="button" {...exportProps('selected', 'Ctrl/Cmd- or Shift-click rows (or x) to pick several')}>
          Export selected{marked.length > 0 ? ` (${marked.length})` : ''}
        </button>
      )}
      <button type="button" {...exportProps('view', 'Every event matching the filters, as NDJSON')}>
        {busy ? 'Exporting…' : '⇩ Export NDJSON'}
      </button>
    </>
  );
}
