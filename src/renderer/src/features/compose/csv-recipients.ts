import Papa from 'papaparse';
import { EMAIL_PATTERN, MSISDN_PATTERN } from '../../../../shared/api/formats';
import { addressKindLabel, type AddressKind } from './address-kinds';

/**
 * Recipients from a CSV file or a paste: one column holds the address (msisdn, email, phone...),
 * every other column becomes a personal substitution named after its header. Bad lines are kept
 * aside with the reason, never silently dropped.
 */
export type { AddressKind } from './address-kinds';

export interface CsvRecipient {
  address: string;
  values: Record<string, string>;
  /** 1-based line in the file, header included, so users can find it. */
  line: number;
}

export interface CsvRejected {
  line: number;
  text: string;
  reason: string;
}

export interface CsvRecipients {
  columns: string[];
  addressColumn: string | null;
  rows: CsvRecipient[];
  rejected: CsvRejected[];
  /** A problem with the whole file (no address column...). */
  error: string | null;
}

const GENERIC_HEADERS = ['to', 'destination', 'address'];
const HEADERS: Partial<Record<AddressKind, string[]>> = {
  msisdn: ['msisdn', 'phone', 'mobile', 'number'],
  email: ['email', 'e-mail', 'mail'],
  waid: ['waid', 'whatsapp', 'msisdn', 'phone', 'number'],
};

/** Header names that mark the address column for a kind: its own names, its label, then the generic ones. */
function addressHeaders(kind: AddressKind): string[] {
  const own = HEADERS[kind] ?? [kind, addressKindLabel(kind).toLowerCase(), 'id'];
  return [...new Set([...own, ...GENERIC_HEADERS])];
}

/** Kinds written as phone numbers: validated as MSISDNs and stripped of spaces, brackets and dashes. */
const isNumberKind = (kind: AddressKind) => kind === 'msisdn' || kind === 'waid';

const VARIABLE_NAME = /^[A-Za-z0-9_.-]+$/;

// Other ids (PSIDs, push ids...) have no documented shape here: any non-empty id is taken, and the
// request's validation judges it with the rest of the body.
function validAddress(kind: AddressKind, value: string): boolean {
  if (kind === 'email') return EMAIL_PATTERN.test(value);
  return isNumberKind(kind) ? MSISDN_PATTERN.test(value.replace(/[\s()-]/g, '')) : true;
}

function invalidReason(kind: AddressKind, address: string): string {
  return kind === 'email'
    ? `"${address}" is not an email address`
    : `"${address}" is not an MSISDN (international digits, 7-15, optional +)`;
}

export function parseRecipientsCsv(input: string, kind: AddressKind): CsvRecipients {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const out: CsvRecipients = { columns: [], addressColumn: null, rows: [], rejected: [], error: null };
  const records = parsed.data;
  if (records.length === 0) {
    out.error = 'the file has no rows';
    return out;
  }
  // Papa reports rows, not lines; count physical lines so a quoted newline does not shift numbers.
  const lineOf = lineNumbers(text);
  const header = records[0]!.map((h) => h.trim());
  out.columns = header;
  const names = addressHeaders(kind);
  const addressIndex = header.findIndex((h) => names.includes(h.toLowerCase()));
  if (addressIndex < 0) {
    out.error = `no address column: name one column ${names.slice(0, 3).join(', ')} (found ${header.map((h) => `"${h}"`).join(', ') || 'nothing'})`;
    return out;
  }
  out.addressColumn = header[addressIndex]!;
  const badHeaders = header.filter((h, i) => i !== addressIndex && !VARIABLE_NAME.test(h));
  if (badHeaders.length > 0) {
    out.error = `column names become $(variables) and may use letters, digits, _ . - only: ${badHeaders.map((h) => `"${h}"`).join(', ')}`;
    return out;
  }
  // Each name holds one value per recipient: a second column of the same name (or one named
  // __proto__, which no object keeps as a key) would lose its values without a word.
  const repeated = [...new Set(header.filter((h, i) => header.indexOf(h) !== i))];
  if (repeated.length > 0) {
    out.error = `each column needs a name of its own: ${repeated.map((h) => `"${h}"`).join(', ')} appears more than once`;
    return out;
  }
  if (header.includes('__proto__')) {
    out.error = '"__proto__" cannot be a $(variable) name: rename that column';
    return out;
  }
  for (const issue of parsed.errors) {
    if (issue.row !== undefined && issue.code !== 'UndetectableDelimiter') {
      out.rejected.push({ line: lineOf[issue.row] ?? issue.row + 1, text: (records[issue.row] ?? []).join(','), reason: issue.message });
    }
  }
  const rejectedRows = new Set(parsed.errors.map((e) => e.row));
  records.slice(1).forEach((record, i) => {
    const rowIndex = i + 1;
    if (rejectedRows.has(rowIndex)) return;
    const line = lineOf[rowIndex] ?? rowIndex + 1;
    const raw = record.join(',');
    if (record.length !== header.length) {
      out.rejected.push({ line, text: raw, reason: `${record.length} fields, the header has ${header.length}` });
      return;
    }
    const address = (record[addressIndex] ?? '').trim();
    if (address === '') {
      out.rejected.push({ line, text: raw, reason: `no ${out.addressColumn}` });
      return;
    }
    if (!validAddress(kind, address)) {
      out.rejected.push({
        line,
        text: raw,
        reason: invalidReason(kind, address),
      });
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((name, col) => {
      if (col !== addressIndex) values[name] = record[col] ?? '';
    });
    out.rows.push({ address: isNumberKind(kind) ? address.replace(/[\s()-]/g, '') : address, values, line });
  });
  return out;
}

/** The physical line each CSV record starts on (1-based), honouring quoted newlines and blank lines. */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Blank (whitespace-only) lines are skipped by the parser, so they start no record.
    if (atRecordStart && !/\s/.test(ch)) {
      starts.push(line);
      atRecordStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n') {
      line += 1;
      if (!inQuotes) atRecordStart = true;
    }
  }
  return starts;
}

/** The v2 `to[]` groups for these rows: one group per recipient, carrying their values. */
export function toDestinations(rows: CsvRecipient[], kind: AddressKind): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.keys(row.values).length > 0 ? { [kind]: [row.address], substitutions: row.values } : { [kind]: [row.address] },
  );
}

export interface PastedRecipients extends CsvRecipients {
  /** The header line as written, or null when the text was a bare list (one address per line). */
  header: string | null;
}

/**
 * Text typed, pasted or read from a file: a CSV with a header naming the address column, or a bare
 * list of addresses (optionally with values after a comma, named value1, value2...). Line numbers
 * are those of the text as given, header or not.
 */
export function parseRecipientsText(input: string, kind: AddressKind): PastedRecipients {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const firstField = firstLine.split(',')[0]!.trim();
  const bare =
    kind === 'email'
      ? /@/.test(firstField)
      : isNumberKind(kind)
        ? /^\+?[\d\s()-]{7,}$/.test(firstField)
        : !addressHeaders(kind).includes(firstField.toLowerCase());
  if (!bare) return { ...parseRecipientsCsv(text, kind), header: firstLine };
  // Give the bare list a header so one parser reads both, then take that line back out of the numbers.
  const extra = firstLine
    .split(',')
    .slice(1)
    .map((_, i) => `value${i + 1}`);
  const parsed = parseRecipientsCsv(`${[kind, ...extra].join(',')}\n${text}`, kind);
  return {
    ...parsed,
    rows: parsed.rows.map((row) => ({ ...row, line: row.line - 1 })),
    rejected: parsed.rejected.map((row) => ({ ...row, line: row.line - 1 })),
    header: null,
  };
}
