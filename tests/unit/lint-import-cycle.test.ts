import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-dir';

// `npm run lint` refuses an import cycle (eslint.config.js, import-x/no-cycle): the project's own
// config lints small module graphs written to a temp dir, as it lints src.

const CONFIG = fileURLToPath(new URL('../../eslint.config.js', import.meta.url));

/** The files (by name) and lines the cycle rule reports. */
async function cyclesIn(files: Record<string, string>): Promise<string[]> {
  const dir = tempDir('relaydesk-lint-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const results = await new ESLint({ cwd: dir, overrideConfigFile: CONFIG }).lintFiles(Object.keys(files));
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map((m) => `${basename(result.filePath)}:${m.line}`),
  );
}

describe('lint: import cycles', () => {
  it('fails on two modules that import values from each other, as the inbound writer once did', async () => {
    const found = await cyclesIn({
      'writer.ts':
        "import { Executor } from './executor';\nexport const runBatch = (): number => 1;\nexport const create = (): Executor => new Executor();\n",
      'executor.ts': "import { runBatch } from './writer';\nexport class Executor {\n  run(): number {\n    return runBatch();\n  }\n}\n",
    });
    expect(found.sort()).toEqual(['executor.ts:1', 'writer.ts:1']);
  }, 60_000);

  it('fails on a longer cycle through a third module', async () => {
    const found = await cyclesIn({
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { c } from './c';\nexport const b = (): number => c() + 1;\n",
      'c.ts': "import { a } from './a';\nexport const c = (): number => 1;\nexport const loop = (): number => a();\n",
    });
    expect(found.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('lets type-only imports go both ways (they vanish at run time) and one-way value imports pass', async () => {
    const found = await cyclesIn({
      'repo.ts':
        "import type { Op } from './op';\nexport interface Row {\n  id: string;\n}\nexport const op = (): Op => ({ sql: 'SELECT 1' });\n",
      'op.ts': "import type { Row } from './repo';\nexport interface Op {\n  sql: string;\n  row?: Row;\n}\n",
      'main.ts': "import { op } from './repo';\nexport const sql = op().sql;\n",
    });
    expect(found).toEqual([]);
  }, 60_000);

  it('applies to the source tree', async () => {
    const eslint = new ESLint({ overrideConfigFile: CONFIG });
    for (const file of ['src/main/core/inbound/ingest-connection.ts', 'src/renderer/src/App.tsx', 'src/shared/errors.ts']) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
      expect(config.rules['import-x/no-cycle']?.[0], file).toBe(2);
    }
  }, 60_000);
});
