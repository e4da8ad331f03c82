import type { JsonObject } from '../../../../shared/compose/recipients';
import { isRecord } from '../../../../shared/is-record';
import { parseLooseJson } from '../../../../shared/rcs/loose-json';

/**
 * Immutable edits of a request body by path, so the form can change one field and leave every
 * other field (including ones only the JSON editor knows about) exactly as it was.
 */
export type BodyPath = readonly (string | number)[];

export function getIn(body: unknown, path: BodyPath): unknown {
  let node: unknown = body;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (isRecord(value) && Object.keys(value).length === 0);
}

/** Sets the value at path; an empty value ('' / undefined / {}) removes the key, and empty parents with it. */
export function setIn(body: JsonObject, path: BodyPath, value: unknown): JsonObject {
  return setNode(body, path, value) as JsonObject;
}

function setNode(node: unknown, path: BodyPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    const next = setNode(list[key], rest, value);
    if (next === undefined) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object: JsonObject = isRecord(node) ? { ...node } : {};
  const next = setNode(object[key], rest, value);
  if (isEmpty(next)) delete object[key];
  else object[key] = next;
  return object;
}

export function prettyJson(body: unknown): string {
  return JSON.stringify(body, null, 2);
}

/**
 * Parses editor text as the JSON editor's lint does: loose JSON (comments, trailing commas, as the
 * docs' samples are written) is accepted; the error names the line and column so the user can find it.
 */
export function parseJsonText(text: string): { ok: true; body: JsonObject } | { ok: false; message: string } {
  const read = parseLooseJson(text);
  if (!read.ok) return { ok: false, message: `${read.message} at line ${read.line}, column ${read.column}` };
  const value = read.value;
  if (!isRecord(value)) return { ok: false, message: 'the request body must be a JSON object ({ ... })' };
  return { ok: true, body: value };
}
