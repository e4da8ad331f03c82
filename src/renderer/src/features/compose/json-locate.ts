import { formatPath } from '../../../../shared/errors';

/**
 * Where each value of a JSON text starts, by the path validation errors use (`to[0].msisdn[1]`),
 * so an error in the JSON tab can name its line and put the cursor on it. Only called on text
 * that already parsed (loosely: comments and stray commas are skipped), so it does not repeat JSON's error handling.
 */
export function locatePaths(text: string): Map<string, number> {
  const found = new Map<string, number>();
  let i = 0;
  // Whitespace and the comments loose JSON allows (the editor accepts them), so lines stay right.
  const ws = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      else if (text.startsWith('/*', i)) i = text.indexOf('*/', i + 2) === -1 ? text.length : text.indexOf('*/', i + 2) + 2;
      else return;
    }
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return text.slice(start + 1, i - 1); // a loose key the reader repaired: close enough to locate
    }
  };
  const value = (path: (string | number)[], keyAt: number) => {
    ws();
    found.set(formatPath(path), keyAt >= 0 ? keyAt : i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        ws();
        const at = i;
        const key = string();
        ws();
        i++; // colon
        value([...path, key], at);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '[') {
      i++;
      ws();
      let index = 0;
      while (i < text.length && text[i] !== ']') {
        value([...path, index++], -1);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value([], -1);
  return found;
}

/** The 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text[k] === '\n') line++;
  return line;
}

/** The offset of a path, else of its nearest ancestor that exists (a missing field is reported on its parent). */
export function offsetOfPath(paths: Map<string, number>, path: string): number | undefined {
  let current = path;
  for (;;) {
    const hit = paths.get(current);
    if (hit !== undefined) return hit;
    if (current === '') return undefined;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
}
