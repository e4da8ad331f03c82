import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

function file(body: unknown): string {
  const path = join(tempDir(), 'request.json');
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
}

const good = {
  channel: 'sms',
  from: 'ACME',
  to: [
    { msisdn: ['447700900001'], substitutions: { name: 'Ana' } },
    { msisdn: ['447700900002'], substitutions: { name: 'Zoë’s' } },
  ],
  content: { type: 'text', text: 'Hi $(name), sale today' },
};

describe('relaydesk preview', () => {
  it('prints each recipient’s final text, encoding, characters and segments, exit 0 when all is well', async () => {
    const { code, out } = await cli(['preview', '--file', file(good), '--data-dir', tempDir()]);
    expect(code).toBe(0);
    expect(out).toContain('-- 447700900001 (to[0].msisdn[0])');
    expect(out).toContain('encoding: GSM-7, characters: 18, segments: 1');
    expect(out).toContain('  | Hi Ana, sale today');
    expect(out).toContain('encoding: UCS-2, characters: 20, segments: 1');
    expect(out).toMatch(/^OK:/m);
  });

  it('exits 1 and names unresolved variables and rule errors', async () => {
    const body = { ...good, to: [{ msisdn: ['447700900001'] }], priority: 9 };
    const { code, out } = await cli(['preview', '--file', file(body), '--data-dir', tempDir()]);
    expect(code).toBe(1);
    expect(out).toContain('unresolved: $(name)');
    expect(out).toMatch(/priority: /);
    expect(out).toMatch(/^NOT OK/m);
  });

  it('--json gives the same report as data', async () => {
    const { code, out } = await cli(['preview', '--file', file(good), '--json', '--data-dir', tempDir()]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { ok: boolean; recipients: { address: string; text: string; segments: number }[] };
    expect(report.ok).toBe(true);
    expect(report.recipients.map((r) => [r.address, r.text, r.segments])).toEqual([
      ['447700900001', 'Hi Ana, sale today', 1],
      ['447700900002', 'Hi Zoë’s, sale today', 1],
    ]);
  });

  it('says which file is missing or not JSON, exit 2', async () => {
    const missing = await cli(['preview', '--file', '/nonexistent/r.json', '--data-dir', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read \/nonexistent\/r\.json: ENOENT/);
    const broken = await cli(['preview', '--file', file('{"channel":'), '--data-dir', tempDir()]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/is not valid JSON/);
    const noFlag = await cli(['preview', '--data-dir', tempDir()]);
    expect(noFlag.err).toMatch(/--file/);
  });
});
