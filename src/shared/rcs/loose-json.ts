/*
 * The vendor's samples are "loose JSON": // comments, trailing commas, a missing comma between
 * properties, an unterminated string at the end of a line. Users paste them straight from the
 * docs, so the designer reads them leniently, says what it repaired, and points at the line and
 * column of anything it cannot repair.
 */

export type LooseJsonResult =
  { ok: true; value: unknown; repairs: string[] } | { ok: false; message: string; line: number; column: number };

function lineCol(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column };
}

/** Removes // and /* *\/ comments outside strings; closes strings left open at a line end. */
function stripComments(text: string, repairs: string[]): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '\n') {
        out += '"\n';
        inString = false;
        repairs.push(`line ${lineCol(text, i).line}: closed a string left open at the end of the line`);
      } else {
        if (c === '"') inString = false;
        out += c;
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      repairs.push(`line ${lineCol(text, i).line}: removed a // comment`);
      i = end === -1 ? text.length : end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      repairs.push(`line ${lineCol(text, i).line}: removed a /* */ comment`);
      // Keep the newlines so line numbers in later errors still match what the user pasted.
      const body = text.slice(i, end === -1 ? text.length : end + 2);
      out += body.replace(/[^\n]/g, ' ');
      i = end === -1 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return out;
}

function repairCommas(text: string, repairs: string[]): string {
  // A doubled comma between values (seed 001's email sample has `"myfile.txt",,`).
  let out = text.replace(/,(\s*),/g, (_m, gap: string) => {
    repairs.push('removed a doubled comma');
    return `,${gap}`;
  });
  // Trailing comma before } or ].
  out = out.replace(/,(\s*[}\]])/g, (_m, rest: string) => {
    repairs.push('removed a trailing comma');
    return rest;
  });
  // A value at the end of a line followed by a "key": on the next line, with no comma between.
  out = out.replace(/("|\d|true|false|null|[}\]])([ \t]*\n\s*)("[^"\n]*"\s*:)/g, (_m, end: string, gap: string, key: string) => {
    repairs.push(`added a missing comma before ${key.replace(/\s*:$/, '')}`);
    return `${end},${gap}${key}`;
  });
  return out;
}

/** Closes objects and arrays still open at the end of the text (a sample cut short by one brace). */
function closeOpenBrackets(text: string, repairs: string[]): string {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (open.pop() !== c) return text;
    }
  }
  if (open.length === 0 || inString) return text;
  repairs.push(`closed ${open.length} bracket${open.length === 1 ? '' : 's'} left open at the end`);
  return text + open.reverse().join('');
}

/**
 * Where JSON.parse would fail and what it expected there. JSON.parse's own messages do not always
 * carry a position (V8 omits it for some errors), and users need a line and column.
 */
function findJsonError(text: string): { index: number; expected: string } {
  let i = 0;
  const fail = (expected: string): never => {
    throw { index: i, expected };
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a "key" in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":" after the key');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail('a value (string, number, true, false, null, object or array)');
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i]! < ' ') fail('the closing " of the string');
      i++;
    }
    if (text[i] !== '"') fail('the closing " of the string');
    i++;
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the JSON');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'index' in error) return error as { index: number; expected: string };
    throw error;
  }
  return { index: 0, expected: 'valid JSON' };
}

export function parseLooseJson(text: string): LooseJsonResult {
  if (text.trim() === '') return { ok: false, message: 'nothing to read: paste a JSON object', line: 1, column: 1 };
  try {
    return { ok: true, value: JSON.parse(text), repairs: [] };
  } catch {
    // fall through to the lenient reading
  }
  const repairs: string[] = [];
  const repaired = closeOpenBrackets(repairCommas(stripComments(text, repairs), repairs), repairs);
  try {
    return { ok: true, value: JSON.parse(repaired), repairs: [...new Set(repairs)] };
  } catch {
    const { index, expected } = findJsonError(repaired);
    const { line, column } = lineCol(repaired, index);
    const found = index < repaired.length ? `found ${JSON.stringify(repaired.slice(index, index + 12))}` : 'found the end of the text';
    return { ok: false, message: `not JSON even after repairs: expected ${expected}, ${found}`, line, column };
  }
}
