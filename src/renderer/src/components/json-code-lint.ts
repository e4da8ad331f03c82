import type { Text } from '@codemirror/state';
import type { Diagnostic } from '@codemirror/lint';
import { parseLooseJson } from '../../../shared/rcs/loose-json';

/**
 * The JSON editors' lint: the same loose reading the RCS designer loads with (comments, trailing
 * commas and missing commas are fine), so the editor never underlines what the app accepts. A
 * problem is marked where the reader stopped; the reader keeps line numbers, so the line is right
 * even after its repairs.
 */
export function looseJsonDiagnostics(doc: Text): Diagnostic[] {
  const text = doc.toString();
  if (text.trim() === '') return [];
  const read = parseLooseJson(text);
  if (read.ok) return [];
  const line = doc.line(Math.min(Math.max(read.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(read.column - 1, 0), line.to);
  // Underline the character the reader stopped at, or the line's last one when it stopped at the end.
  const to = from < line.to ? from + 1 : from;
  const start = from === to && from > line.from ? from - 1 : from;
  return [{ from: start, to, severity: 'error', message: `Line ${read.line}: ${read.message}` }];
}
