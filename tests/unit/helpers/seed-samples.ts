import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLooseJson } from '../../../src/shared/rcs/loose-json';

// Reads the vendor documents in ../shared/seeds as published and pulls out every JSON sample in
// them, unmodified: tests run the documents' own samples, not copies someone tidied up.

const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

export interface SeedSample {
  /** Line of the sample's opening brace in the document (1-based), for failure messages. */
  line: number;
  text: string;
  value: unknown;
}

/** The text of the seed document whose name starts with `prefix` ("000", "004"). */
export function seedDocument(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(`${prefix}_`));
  if (name === undefined) throw new Error(`no seed document ${prefix}_* in ${SEEDS_DIR}`);
  return readFileSync(SEEDS_DIR + name, 'utf8');
}

/**
 * Every top-level `{...}` block of the document, read with the repo's loose-JSON reader (the
 * documents carry comments, trailing commas and missing commas). Braces inside strings do not
 * count; a string left open at a line end closes there, as the loose reader does.
 */
export function seedSamples(prefix: string): SeedSample[] {
  const text = seedDocument(prefix);
  const samples: SeedSample[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') inString = false;
      continue;
    }
    if (c === '"' && depth > 0) inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const block = text.slice(start, i + 1);
        const parsed = parseLooseJson(block);
        const line = text.slice(0, start).split('\n').length;
        if (!parsed.ok) throw new Error(`seed ${prefix} line ${line + parsed.line - 1}: ${parsed.message}`);
        samples.push({ line, text: block, value: parsed.value });
      }
    }
  }
  return samples;
}

/** A JSON Schema block ({"type": "object", "properties": ...}) documents a shape; it is not a payload. */
export function isSchemaBlock(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).type === 'object' && 'properties' in value;
}
