import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

describe('relaydesk CLI', () => {
  it('--help lists the commands and the shared --data-dir', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/serve\s+Open the console/);
    expect(out).toContain('--data-dir');
  });

  it("a command's --help says --data-dir once, on its own line, even after a multi-line usage", async () => {
    for (const command of ['serve', 'profile']) {
      const { code, out } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(out.match(/--data-dir/g)).toHaveLength(1);
      expect(out).toMatch(/^Every command takes --data-dir DIR \(default: .+\)\.$/m);
    }
  });

  it('names an unknown command and an unknown flag', async () => {
    expect((await cli(['frobnicate'])).err).toMatch(/Unknown command 'frobnicate'/);
    const bad = await cli(['serve', '--prot', '1', '--data-dir', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--prot/);
  });

  it('rejects a bad port with the flag named', async () => {
    const { code, err } = await cli(['serve', '--port', '70000', '--data-dir', tempDir()]);
    expect(code).toBe(2);
    expect(err).toMatch(/--port: must be 0-65535/);
  });
});
