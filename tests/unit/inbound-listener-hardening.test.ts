import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BODY_BYTES } from '../../src/shared/limits/transport';
import { postJson, seeds, startInbound, type Harness } from './fixtures/inbound-harness';

// With verification on for any sender, nothing gets in unchecked: not a body the listener does not
// recognise, not a path word it reads as a token, not a signature with an odd trailing digit.

const HMAC_SECRET = 'a-shared-secret-of-some-length';
const TOKEN = 'tok-0123456789abcdef';
const sign = (body: string, secret = HMAC_SECRET, algo = 'sha256') => `${algo}=${createHmac(algo, secret).update(body).digest('hex')}`;

async function storedTotal(h: Harness): Promise<number> {
  return (await h.handlers['inbound:query']({ filters: {}, limit: 1 })).total;
}

describe('webhook verification covers every request once any sender has it on', () => {
  it('HMAC on for one sender: unrecognised bodies, arrays and /webhooks/<word> need a valid signature', async () => {
    const h = await startInbound();
    await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'hmac', secret: HMAC_SECRET });
    try {
      const forged = [
        await postJson(`${h.url}/webhooks`, { x: 'forged' }),
        await postJson(`${h.url}/webhooks`, [{ x: 'forged' }]),
        await postJson(`${h.url}/webhooks/anyword`, { x: 'forged' }),
        await postJson(`${h.url}/webhooks/anyword`, [1, 2]),
        // A path naming the other sender (verification off) does not let an unrecognised body past.
        await postJson(`${h.url}/webhooks/leadconnector`, { x: 'forged' }),
        // Looks like LeadConnector but fails its schema: not recognised, so checked too.
        await postJson(`${h.url}/webhooks`, { type: 'InboundMessage', attachments: { not: 'a list' } }),
        // Signed with the wrong secret.
        await postJson(`${h.url}/webhooks`, '{"x":"forged"}', { 'x-hub-signature': sign('{"x":"forged"}', 'not-the-secret-at-all') }),
      ];
      for (const res of forged) {
        expect(res.status, res.body).toBe(401);
        expect(res.json().error).toMatch(/not a payload of a known sender/);
      }
      expect(await storedTotal(h)).toBe(0);
      const log = await h.handlers['inbound:rejected']({ limit: 50 });
      expect(log.rejected.filter((r) => r.httpStatus === 401)).toHaveLength(forged.length);

      // The same unrecognised body signed with the sender's secret passes.
      const body = '{"x":"signed"}';
      const ok = await postJson(`${h.url}/webhooks`, body, { 'x-hub-signature': sign(body) });
      expect(ok.status, ok.body).toBe(200);
      expect(ok.json().kind).toBe('unknown');
      // A recognised payload of the sender without verification is still its own business.
      expect((await postJson(`${h.url}/webhooks`, seeds.leadconnector[0])).status).toBe(200);
      expect(await storedTotal(h)).toBe(2);
    } finally {
      await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'none' });
    }
  });

  it('URL token on for one sender: an unrecognised body passes only with that token in the path', async () => {
    const h = await startInbound();
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'token', secret: TOKEN });
    try {
      for (const url of [`${h.url}/webhooks`, `${h.url}/webhooks/guessed-word`, `${h.url}/webhooks/imiconnect`]) {
        const res = await postJson(url, { x: 'forged' });
        expect(res.status, `${url}: ${res.body}`).toBe(401);
      }
      expect(await storedTotal(h)).toBe(0);
      expect((await postJson(`${h.url}/webhooks/${TOKEN}`, { x: 'tokened' })).status).toBe(200);
      expect((await postJson(`${h.url}/webhooks/leadconnector/${TOKEN}`, { x: 'tokened too' })).status).toBe(200);
      expect(await storedTotal(h)).toBe(2);
      const log = await h.handlers['inbound:rejected']({ limit: 10 });
      expect(JSON.stringify(log)).not.toContain(TOKEN);
    } finally {
      await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'none' });
    }
  });

  it('a URL token in a mistyped path (404) never reaches the rejected log', async () => {
    const h = await startInbound();
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'token', secret: TOKEN });
    try {
      for (const path of [`/webhooks/leadconnector/${TOKEN}/extra`, `/webhook/leadconnector/${TOKEN}`, `/hooks/${TOKEN}`]) {
        expect((await postJson(`${h.url}${path}`, seeds.leadconnector[0])).status, path).toBe(404);
      }
      const log = await h.handlers['inbound:rejected']({ limit: 10 });
      expect(log.rejected.map((r) => r.path)).toEqual([
        '/hooks/<token>',
        '/webhook/leadconnector/<token>',
        '/webhooks/leadconnector/<token>/extra',
      ]);
      expect(JSON.stringify(log)).not.toContain(TOKEN);
    } finally {
      await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'none' });
    }
  });

  it('with verification off everywhere an unrecognised body is stored as before', async () => {
    const h = await startInbound();
    expect((await postJson(`${h.url}/webhooks/anyword`, { x: 'plain' })).status).toBe(200);
    expect((await postJson(`${h.url}/webhooks`, [1, 2])).status).toBe(200);
  });

  it('an HMAC signature must be exactly the digest: an extra hex digit, a short one or a non-hex character is 401', async () => {
    const h = await startInbound();
    await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'hmac', secret: HMAC_SECRET });
    try {
      const body = JSON.stringify(seeds.imiconnectMo[0]);
      const good = sign(body);
      const good512 = sign(body, HMAC_SECRET, 'sha512');
      for (const value of [`${good}f`, `${good512}0`, good.slice(0, -1), good.slice(0, -2), `${good.slice(0, -1)}g`, `${good}00`]) {
        const res = await postJson(`${h.url}/webhooks/imiconnect`, body, { 'x-hub-signature': value });
        expect(res.status, value).toBe(401);
      }
      const wrongLength = await postJson(`${h.url}/webhooks/imiconnect`, body, { 'x-hub-signature': `${good}f` });
      expect(wrongLength.json().error).toMatch(/sha256 signature must be 64 hex digits/);
      expect(await storedTotal(h)).toBe(0);
      expect(
        (await postJson(`${h.url}/webhooks/imiconnect`, body, { 'x-hub-signature': good.toUpperCase().replace('SHA256', 'sha256') }))
          .status,
      ).toBe(200);
    } finally {
      await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'none' });
    }
  });
});

/** Streams `bytes` of a JSON body and returns the answer, even if the server answers before the end. */
function postHuge(url: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(bytes) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // The server may stop reading once it has answered: that is not this test's failure.
    req.on('error', (error) => setTimeout(() => reject(error), 2_000));
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('an oversized body', () => {
  it('far past the limit is answered 413 with the reason and kept in the rejected log without its body', async () => {
    const h = await startInbound();
    const bytes = 6 * MAX_WEBHOOK_BODY_BYTES;
    const res = await postHuge(`${h.url}/webhooks`, bytes);
    expect(res.status, res.body).toBe(413);
    expect(JSON.parse(res.body).error).toMatch(new RegExp(`the limit is ${MAX_WEBHOOK_BODY_BYTES} bytes`));
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(log.total).toBe(1);
    const entry = log.rejected[0]!;
    expect(entry.httpStatus).toBe(413);
    expect(entry.bodyBytes).toBe(bytes);
    expect(entry.bodyTruncated).toBe(true);
    expect(entry.bodyPreview.length).toBe(4096);
    expect(await storedTotal(h)).toBe(0);
    // The listener keeps serving.
    expect((await postJson(`${h.url}/webhooks`, seeds.leadconnector[0])).status).toBe(200);
  }, 60_000);
});
