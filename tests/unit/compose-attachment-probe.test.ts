import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { probeAttachments } from '../../src/main/core/compose/attachment-probe';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(): Promise<string> {
  server = createServer((req, res) => {
    if (req.url === '/big.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '7340032' });
      res.end();
    } else if (req.url === '/chunked') {
      res.writeHead(200, { 'content-type': 'image/png', 'transfer-encoding': 'chunked' });
      res.end();
    } else if (req.url === '/slow') {
      setTimeout(() => res.end(), 2_000);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('attachment size probe', () => {
  it('reads sizes from HEAD and names every URL it could not size', async () => {
    const base = await serve();
    const out = await probeAttachments([`${base}/big.pdf`, `${base}/chunked`, `${base}/missing`, `${base}/slow`, 'ftp://x/y', 'nope'], 300);
    expect(out).toEqual([
      { url: `${base}/big.pdf`, bytes: 7340032, mimeType: 'application/pdf', error: null },
      { url: `${base}/chunked`, bytes: null, mimeType: 'image/png', error: 'the server did not say how large the file is' },
      { url: `${base}/missing`, bytes: null, mimeType: null, error: 'the server answered 404' },
      { url: `${base}/slow`, bytes: null, mimeType: null, error: 'no answer within 0.3 s' },
      { url: 'ftp://x/y', bytes: null, mimeType: null, error: 'only http(s) URLs can be checked (got ftp:)' },
      { url: 'nope', bytes: null, mimeType: null, error: 'not a URL' },
    ]);
  });
});

describe('attachment totals', () => {
  it('counts the MIME-encoded size the vendor checks, and the sizes it could not learn', async () => {
    const { attachmentTotals } = await import('../../src/shared/compose/email');
    expect(attachmentTotals([5_000_000, null, 1_000_000])).toEqual({ raw: 6_000_000, encoded: 8_220_000, unknown: 1 });
  });
});
