import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './command';

/** The built renderer sits beside the built CLI: out/main/cli.js -> out/renderer. */
export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, '..', 'renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new CliError(`The console is not built (${dir} is missing). Run: npm run build`);
  }
  return dir;
}
