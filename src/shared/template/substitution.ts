/**
 * The `$(name)` substitution engine used by preview, validation and sending alike.
 * Personal values (per recipient) beat global ones. A `$(` with no closing `)` is literal text.
 */

/** A variable name: what the vendor docs use (letters, digits, _, -, .). */
const VARIABLE = /\$\(([A-Za-z0-9_.-]+)\)/g;

export type Values = Readonly<Record<string, string | number | boolean>>;

/** Distinct variable names in order of first appearance. */
export function findVariables(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) seen.add(match[1]!);
  return [...seen];
}

export interface Substituted {
  text: string;
  /** Variables that had no value (left as `$(name)` in text). */
  missing: string[];
  /** Character ranges in the output that came from a value or remain unresolved, for highlighting. */
  spans: { start: number; end: number; name: string; resolved: boolean }[];
}

export function substitute(text: string, personal: Values = {}, global: Values = {}): Substituted {
  const missing = new Set<string>();
  const spans: Substituted['spans'] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1]!;
    out += text.slice(last, match.index);
    const value = Object.hasOwn(personal, name) ? personal[name] : Object.hasOwn(global, name) ? global[name] : undefined;
    const start = out.length;
    if (value === undefined) {
      missing.add(name);
      out += match[0];
    } else {
      out += String(value);
    }
    spans.push({ start, end: out.length, name, resolved: value !== undefined });
    last = match.index + match[0].length;
  }
  out += text.slice(last);
  return { text: out, missing: [...missing], spans };
}
