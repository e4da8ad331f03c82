import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as runInProcess } from './helpers/cli';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';
import { wa, WA_BLOCKS } from './helpers/v1-ott-documented';

// Never asked to stop: each command runs to its end.
const cli = (args: string[]) => runInProcess(args, { stop: new Promise<void>(() => {}) });

/** The files the emails attach by URL: each path answers HEAD with its own size, or fails. */
let files: Server;
let base = '';
const requests: string[] = [];

beforeAll(async () => {
  files = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === '/big.pdf') res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '11000000' });
    else if (req.url === '/five.pdf') res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '5000000' });
    else if (req.url === '/small.png') res.writeHead(200, { 'content-type': 'image/png', 'content-length': '200000' });
    else if (req.url === '/big.jpg') res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': '6000000' });
    else res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => files.close(() => resolve())));

function email(dir: string, name: string, attachments: Record<string, unknown>[]): string {
  const body = {
    channel: 'email',
    from: 'news@example.com',
    to: [{ email: ['ana@example.com'] }],
    content: {
      type: 'text',
      subject: 'Report',
      text: 'Attached.',
      attachments: attachments.map((a) => ({ mimeType: 'application/pdf', ...a })),
    },
  };
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
}

async function sendsIn(dir: string): Promise<number> {
  const core = await testCore({ dataDir: dir });
  const page = await core.dispatch('outbound:sends', {});
  if (!page.ok) throw new Error(page.error.message);
  return (page.output as { total: number }).total;
}

describe('relaydesk send: email attachments given by URL without a size', () => {
  it('refuses 11 MB its server reports, naming the file and its size, before anything is queued (also with --dry-run)', async () => {
    const dir = tempDir();
    const request = email(dir, 'big.json', [{ name: 'big.pdf', mediaUrl: `${base}/big.pdf` }]);
    const sent = await cli(['send', '--profile', 'Sandbox', '--file', request, '--data-dir', dir]);
    expect(sent.code).toBe(1);
    expect(sent.err).toMatch(
      /^content\.attachments: attachment sizes \(declared, or from the files’ servers\) add up to 11\.0 MB \(11000000 bytes\): at most 10\.0 MB \(10000000 bytes\) per email/m,
    );
    expect(sent.err).toContain(`${base}/big.pdf 11.0 MB (from its server)`);
    expect(sent.err).toMatch(/relaydesk: not sent: 1 problem\(s\)/);
    expect(sent.out).toBe('');
    expect(requests).toContain('HEAD /big.pdf');
    // Never downloaded, and nothing in History.
    expect(requests).not.toContain('GET /big.pdf');
    expect(await sendsIn(dir)).toBe(0);

    const dry = await cli(['send', '--profile', 'Sandbox', '--file', request, '--dry-run', '--json', '--data-dir', dir]);
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.out)).toMatchObject({
      ok: false,
      errors: [{ path: 'content.attachments', message: expect.stringMatching(/add up to 11\.0 MB/) }],
    });
  }, 30_000);

  it('adds declared sizes to the sizes its servers report, and still refuses declared sizes alone without asking', async () => {
    const dir = tempDir();
    const mixed = email(dir, 'mixed.json', [
      { name: 'declared.pdf', mediaUrl: `${base}/declared.pdf`, size: 6_000_000 },
      { name: 'five.pdf', mediaUrl: `${base}/five.pdf` },
    ]);
    const refused = await cli(['send', '--profile', 'Sandbox', '--file', mixed, '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`add up to 11.0 MB (11000000 bytes)`);
    expect(refused.err).toContain(`${base}/declared.pdf 6.0 MB (declared), ${base}/five.pdf 5.0 MB (from its server)`);
    // A declared size is the request's word: its server is not asked.
    expect(requests).not.toContain('HEAD /declared.pdf');

    const declared = email(dir, 'declared.json', [{ name: 'huge.pdf', mediaUrl: `${base}/huge.pdf`, size: 12_000_000 }]);
    const before = requests.length;
    const alone = await cli(['send', '--profile', 'Sandbox', '--file', declared, '--data-dir', dir]);
    expect(alone.code).toBe(1);
    expect(alone.err).toMatch(/^content\.attachments: declared sizes add up to 12\.0 MB \(12000000 bytes\): at most 10\.0 MB/m);
    expect(requests.length).toBe(before);
    expect(await sendsIn(dir)).toBe(0);
  }, 30_000);

  it('sends with a warning naming the URL when its size cannot be known, and says nothing more for a size within the limit', async () => {
    const dir = tempDir();
    const unknown = email(dir, 'unknown.json', [
      { name: 'gone.pdf', mediaUrl: `${base}/gone.pdf` },
      { name: 'small.png', mediaUrl: `${base}/small.png`, mimeType: 'image/png' },
    ]);
    const sent = await cli(['send', '--profile', 'Sandbox', '--file', unknown, '--data-dir', dir]);
    expect(sent.err).toContain(
      `relaydesk: warning: content.attachments: the size of 1 attachment cannot be known: ${base}/gone.pdf (the server answered 500). The vendor refuses more than 10.0 MB of attachments per email; check the file yourself.`,
    );
    expect(sent.out).toMatch(/^sent: 1 of 1 destination\(s\) accepted in 1 request\(s\)/);
    expect(sent.code).toBe(0);
    expect(await sendsIn(dir)).toBe(1);

    const json = await cli(['send', '--profile', 'Sandbox', '--file', unknown, '--json', '--data-dir', dir]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: true,
      sent: 1,
      warnings: [{ path: 'content.attachments', message: expect.stringContaining(`${base}/gone.pdf (the server answered 500)`) }],
    });

    const small = email(dir, 'small.json', [{ name: 'small.png', mediaUrl: `${base}/small.png`, mimeType: 'image/png' }]);
    const quiet = await cli(['send', '--profile', 'Sandbox', '--file', small, '--dry-run', '--json', '--data-dir', dir]);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.out)).not.toHaveProperty('warnings');
    expect(quiet.err).toBe('');
  }, 40_000);
});

// A v1 WhatsApp media message carries only a URL: held against the WhatsApp page's "Maximum Size" for its type.
function imageRequest(dir: string, url: string): string {
  const block = WA_BLOCKS.image();
  block.image.url = url;
  const path = join(dir, 'image.json');
  writeFileSync(path, JSON.stringify(wa(block)));
  return path;
}

describe('relaydesk send: v1 WhatsApp media given by URL', () => {
  it('refuses a 6 MB image its server reports (at most 5 MB), naming the media, never downloading it', async () => {
    const dir = tempDir();
    const request = imageRequest(dir, `${base}/big.jpg`);
    const dry = await cli(['send', '--profile', 'Sandbox', '--file', request, '--dry-run', '--json', '--data-dir', dir]);
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.out)).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'channels.OTT-Messaging.wa.image.url',
          message: expect.stringMatching(/^the image is 6\.0 MB \(6000000 bytes, from its server\): at most 5\.0 MB for a WhatsApp image/),
        },
      ],
    });
    expect(requests).toContain('HEAD /big.jpg');
    expect(requests).not.toContain('GET /big.jpg');
  }, 30_000);

  it('goes on with a warning naming the URL when its size cannot be known', async () => {
    const dir = tempDir();
    const request = imageRequest(dir, `${base}/gone.jpg`);
    const dry = await cli(['send', '--profile', 'Sandbox', '--file', request, '--dry-run', '--json', '--data-dir', dir]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({
      ok: true,
      warnings: [
        {
          path: 'channels.OTT-Messaging.wa.image.url',
          message: expect.stringContaining(`the size of ${base}/gone.jpg cannot be known (the server answered 500)`),
        },
      ],
    });
  }, 30_000);
});
