import type { z } from 'zod';
import { formatPath } from '../errors';
import type { RequestIssue } from './issues';
import { isRecord } from '../is-record';

// Unknown keys in a request are kept and sent (the vendor adds fields faster than we do), but
// the user should know Relaydesk does not check them: one warning per unknown key, at its path.

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The object option of a union this value belongs to (by discriminator, else the first that fits). */
function pickOption(def: Def, value: Record<string, unknown>): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator !== undefined) {
    const tag = value[def.discriminator];
    return options.find((option) => {
      const values = (option as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues?.[def.discriminator!];
      return values?.has(tag) ?? false;
    });
  }
  return options.find((option) => option.safeParse(value).success) ?? options.find((option) => defOf(unwrap(option)).type === 'object');
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'catch') && def.innerType)
      current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function walk(schema: z.ZodType, value: unknown, path: PropertyKey[], out: RequestIssue[], what: string): void {
  const def = defOf(unwrap(schema));
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => walk(def.element!, item, [...path, index], out, what));
    return;
  }
  if (!isRecord(value)) return;
  if (def.type === 'union') {
    const option = pickOption(def, value);
    if (option) walk(option, value, path, out, what);
    return;
  }
  if (def.type !== 'object' || !def.shape) return;
  for (const [key, child] of Object.entries(value)) {
    const known = def.shape[key];
    if (known) walk(known, child, [...path, key], out, what);
    else out.push({ path: formatPath([...path, key]), message: `not a field Relaydesk knows for ${what}: it is sent as it is, unchecked` });
  }
}

/** A warning for every key of `value` that `schema` does not name (records and unions followed). */
export function unknownKeyWarnings(schema: z.ZodType, value: unknown, what: string): RequestIssue[] {
  const out: RequestIssue[] = [];
  walk(schema, value, [], out, what);
  return out;
}
