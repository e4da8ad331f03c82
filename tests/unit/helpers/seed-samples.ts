import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLooseJson } from '../../../src/shared/rcs/loose-json';

// The JSON samples of the vendor documents (tests/fixtures/vendor-docs: byte-for-byte copies of
// the seeds the product is built from, so a clone tests without anything beside it), exactly as
// published: each block
// that starts with "{" at the start of a line, up to its last closing line, read with the app's
// loose-JSON reader (comments, trailing or doubled commas, a missing last brace). Nothing is
// edited; a block even the loose reader cannot read (seed 001's `object(smsOptions)||...`) keeps
// value undefined instead of throwing, so each test decides what it needs.

export const SEEDS_DIR = fileURLToPath(new URL('../../fixtures/vendor-docs/', import.meta.url));

export interface SeedSample {
  /** `001:100`: seed number and the line the sample starts on. */
  where: string;
  text: string;
  /** The parsed value, or undefined when even the loose reader cannot read it (prose in braces). */
  value: unknown;
}

export function seedSamples(file: string): SeedSample[] {
  const lines = readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n');
  const out: SeedSample[] = [];
  let current: string[] | null = null;
  let start = 0;
  const flush = (): void => {
    if (!current) return;
    while (current.length > 0 && !/^\s*[}\]]/.test(current[current.length - 1]!)) current.pop();
    const text = current.join('\n');
    const parsed = parseLooseJson(text);
    out.push({ where: `${file.slice(0, 3)}:${start}`, text, value: parsed.ok ? parsed.value : undefined });
    current = null;
  };
  lines.forEach((line, index) => {
    if (line.startsWith('{')) {
      flush();
      current = [line];
      start = index + 1;
    } else if (current) {
      // Prose at the start of a line ends the sample.
      if (/^[\p{L}#\p{Extended_Pictographic}]/u.test(line)) flush();
      else current.push(line);
    }
  });
  flush();
  return out;
}
