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
    // A generous timeout for the servers that answer (a busy machine must not turn them into timeouts).
    const out = await probeAttachments([`${base}/big.pdf`, `${base}/chunked`, `${base}/missing`, 'ftp://x/y', 'nope'], 20_000);
    expect(out).toEqual([
      { url: `${base}/big.pdf`, bytes: 7340032, mimeType: 'application/pdf', error: null },
      { url: `${base}/chunked`, bytes: null, mimeType: 'image/png', error: 'the server did not say how large the file is' },
      { url: `${base}/missing`, bytes: null, mimeType: null, error: 'the server answered 404' },
      { url: 'ftp://x/y', bytes: null, mimeType: null, error: 'only http(s) URLs can be checked (got ftp:)' },
      { url: 'nope', bytes: null, mimeType: null, error: 'not a URL' },
    ]);
    expect(await probeAttachments([`${base}/slow`], 300)).toEqual([
      { url: `${base}/slow`, bytes: null, mimeType: null, error: 'no answer within 0.3 s' },
    ]);
  }, 60_000);

  it('says why a server could not be reached in words, not "fetch failed"', async () => {
    const base = await serve();
    const port = (server!.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const [refused] = await probeAttachments([`${base}/big.pdf`], 20_000);
    expect(refused!.error).toBe('unreachable (connection refused)');
    // A server that takes the connection and drops it.
    server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    const [dropped] = await probeAttachments([`${base}/big.pdf`], 20_000);
    expect(dropped!.error).toBe('unreachable (the connection was closed)');
  }, 60_000);
});

describe('attachment totals', () => {
  it('counts the MIME-encoded size the vendor checks, and the sizes it could not learn', async () => {
    const { attachmentTotals } = await import('../../src/shared/compose/email');
    expect(attachmentTotals([5_000_000, null, 1_000_000])).toEqual({ raw: 6_000_000, encoded: 8_220_000, unknown: 1 });
  });
});

describe('attachment sizes against the 10 MB limit', () => {
  const email = (attachments: unknown[]) => ({ channel: 'email', from: 'a@example.com', to: [], content: { type: 'text', attachments } });
  const probe = (url: string, bytes: number | null, error: string | null = null) => [url, { url, bytes, mimeType: null, error }] as const;

  it('asks the servers only about attachments without a declared size', async () => {
    const { emailAttachmentRefs, undeclaredAttachmentUrls } = await import('../../src/shared/compose/attachment-sizes');
    const refs = emailAttachmentRefs(
      email([
        { mediaUrl: 'https://x/a.pdf', size: 100 },
        { mediaUrl: 'https://x/b.pdf' },
        { mediaUrl: 'https://x/b.pdf' },
        { name: 'no url' },
      ]),
    );
    expect(refs).toEqual([
      { url: 'https://x/a.pdf', declaredBytes: 100 },
      { url: 'https://x/b.pdf', declaredBytes: null },
      { url: 'https://x/b.pdf', declaredBytes: null },
    ]);
    expect(undeclaredAttachmentUrls(refs)).toEqual(['https://x/b.pdf']);
    expect(emailAttachmentRefs({ ...email([{ mediaUrl: 'https://x/a' }]), channel: 'sms' })).toEqual([]);
  });

  it('refuses 11 MB learnt from a server with the documented limit, adding the declared sizes', async () => {
    const { checkAttachmentSizes, emailAttachmentRefs } = await import('../../src/shared/compose/attachment-sizes');
    const refs = emailAttachmentRefs(email([{ mediaUrl: 'https://x/a.pdf', size: 4_000_000 }, { mediaUrl: 'https://x/b.pdf' }]));
    const over = checkAttachmentSizes(refs, new Map([probe('https://x/b.pdf', 7_000_000)]));
    expect(over?.error).toBe(
      'attachment sizes (declared, or from the files’ servers) add up to 11.0 MB (11000000 bytes): at most 10.0 MB (10000000 bytes) per email',
    );
    const under = checkAttachmentSizes(refs, new Map([probe('https://x/b.pdf', 1_000_000)]));
    expect(under?.error).toBeNull();
    expect(under?.warnings).toEqual([]);
  });

  it('warns, without refusing, when a size cannot be known or MIME encoding takes it over', async () => {
    const { checkAttachmentSizes, emailAttachmentRefs } = await import('../../src/shared/compose/attachment-sizes');
    const refs = emailAttachmentRefs(email([{ mediaUrl: 'https://x/gone.pdf' }, { mediaUrl: 'https://x/late.pdf' }]));
    const unknown = checkAttachmentSizes(refs, new Map([probe('https://x/gone.pdf', null, 'the server answered 404')]));
    expect(unknown?.error).toBeNull();
    expect(unknown?.warnings).toEqual([
      'the size of 2 attachments cannot be known: https://x/gone.pdf (the server answered 404), https://x/late.pdf (not checked yet). The vendor refuses more than 10.0 MB of attachments per email; check the files yourself.',
    ]);
    const encoded = checkAttachmentSizes(refs, new Map([probe('https://x/gone.pdf', 4_000_000), probe('https://x/late.pdf', 4_000_000)]));
    expect(encoded?.error).toBeNull();
    expect(encoded?.warnings[0]).toMatch(/^attachments are 8\.0 MB, about 11\.0 MB after MIME encoding/);
    // Every size declared: the request's own validation holds them against the limit.
    expect(checkAttachmentSizes(emailAttachmentRefs(email([{ mediaUrl: 'https://x/a', size: 20_000_000 }])), new Map())).toBeNull();
  });
});
