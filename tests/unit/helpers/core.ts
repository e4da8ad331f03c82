import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core';
import { tempDir } from './temp-dir';

const open: Core[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** A real core on a real SQLite file in a temp dir, closed after the test. */
export async function testCore(options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = await createCore({ dataDir: tempDir(), startServices: false, ...options });
  open.push(core);
  return core;
}
