import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePollBody } from '../../src/main/core/inbound/poll-parse';
import { withoutSecretFields } from '../../src/main/core/inbound/raw-secrets';
import { postJson, rawRequest, startInbound } from './fixtures/inbound-harness';

// The vendor's email and RCS "Outbound Message" events copy a send back with the sending
// service's serviceKey; a stored body must never keep it (nor the rejected log, nor search).
const SERVICE_KEY = 'svc-key-5d1c9e7a-0b2f-4c3e-9f81-77aa00bb11cc';

const outboundCopy = {
  attachments: [],
  subject: 'Your order',
  transid: 'c0ffee00-1111-4222-8333-444455556666',
  body: 'Your order has shipped',
  tid: 'c0ffee00-1111-4222-8333-444455556666',
  appId: 'a_000000000000000001',
  fromName: 'Shop',
  from: 'orders@shop.example',
  to: ['pat@example.com'],
  serviceKey: SERVICE_KEY,
  serviceId: 12345,
  dataIntegration: { context: { note: JSON.stringify({ serviceKey: SERVICE_KEY, keep: 'this' }) }, appContext: {} },
};

describe("a credential in a vendor payload's own fields", () => {
  it('is replaced in the stored raw body, and the feed cannot find the event by it', async () => {
    const h = await startInbound();
    const res = await postJson(`${h.url}/webhooks`, outboundCopy);
    expect(res.status, res.body).toBe(200);
    const stored = await h.handlers['inbound:get']({ id: res.json().id as string });
    expect(stored.raw).not.toContain(SERVICE_KEY);
    expect(stored.raw).not.toContain('5d1c9e7a');
    // Everything else is kept as received, the nested JSON string included.
    expect(JSON.parse(stored.raw)).toMatchObject({ serviceKey: '[redacted]', body: 'Your order has shipped', serviceId: 12345 });
    expect(JSON.parse((JSON.parse(stored.raw) as typeof outboundCopy).dataIntegration.context.note)).toEqual({
      serviceKey: '[redacted]',
      keep: 'this',
    });
    expect(JSON.stringify(stored)).not.toContain(SERVICE_KEY);
    const found = await h.handlers['inbound:query']({ filters: { search: '5d1c9e7a' }, limit: 10 });
    expect(found.total).toBe(0);
    const byText = await h.handlers['inbound:query']({ filters: { search: 'shipped' }, limit: 10 });
    expect(byText.total).toBe(1);
  });

  it('is replaced in the preview of a refused body', async () => {
    const h = await startInbound();
    const cut = JSON.stringify(outboundCopy).slice(0, -20);
    const res = await rawRequest(`${h.url}/webhooks`, 'POST', cut, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(log.rejected).toHaveLength(1);
    expect(log.rejected[0]!.bodyPreview).toContain('"serviceKey":"[redacted]"');
    expect(JSON.stringify(log)).not.toContain(SERVICE_KEY);
  });

  it('is replaced when it is a number or a list, inside JSON nested twice, around escaped newlines, or cut off inside a string', async () => {
    const h = await startInbound();
    const deep = JSON.stringify({ outer: JSON.stringify({ serviceKey: SERVICE_KEY }) });
    const body = {
      ...outboundCopy,
      serviceKey: 5_123_456_789,
      accessToken: [SERVICE_KEY],
      dataIntegration: { context: { note: JSON.stringify({ serviceKey: SERVICE_KEY }, null, 2), deep } },
    };
    const res = await postJson(`${h.url}/webhooks`, body);
    expect(res.status, res.body).toBe(200);
    const stored = await h.handlers['inbound:get']({ id: res.json().id as string });
    for (const secret of [SERVICE_KEY, '5d1c9e7a', '5123456789']) expect(stored.raw).not.toContain(secret);
    const raw = JSON.parse(stored.raw) as typeof body;
    expect(raw).toMatchObject({ serviceKey: '[redacted]', accessToken: '[redacted]', serviceId: 12345 });
    expect(JSON.parse(raw.dataIntegration.context.note)).toEqual({ serviceKey: '[redacted]' });
    expect(JSON.parse(JSON.parse(raw.dataIntegration.context.deep).outer)).toEqual({ serviceKey: '[redacted]' });

    // A refused body cut inside the nested copy's key keeps none of it in the rejected log.
    const whole = JSON.stringify({ ...outboundCopy, serviceKey: undefined });
    const cut = whole.slice(0, whole.indexOf('5d1c9e7a') + 13);
    expect(cut.endsWith('\\"serviceKey\\":\\"svc-key-5d1c9e7a-0b2f')).toBe(true);
    const refused = await rawRequest(`${h.url}/webhooks`, 'POST', cut, { 'content-type': 'application/json' });
    expect(refused.status).toBe(400);
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(JSON.stringify(log)).not.toContain('5d1c9e7a');
  });

  it("is kept out of a refused body's preview and reason when a template left the value unquoted", async () => {
    const h = await startInbound();
    const res = await rawRequest(`${h.url}/webhooks`, 'POST', '{"to":"pat@example.com","serviceKey": d1c9e7a5-0b2f-4c3e}', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(log.rejected[0]!.bodyPreview).toBe('{"to":"pat@example.com","serviceKey": "[redacted]"}');
    // JSON.parse quotes the text around the fault, here the unquoted key's start: not kept either.
    expect(log.rejected[0]!.reason).toMatch(/^body is not valid JSON: Unexpected token 'd'/);
    expect(JSON.stringify(log)).not.toContain('d1c9');
    expect(res.body).not.toContain('d1c9');
    const polled = parsePollBody('{"id":1}\n{"serviceKey": d1c9e7a5-0b2f}\n', 10);
    expect(polled.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^line 2 is not valid JSON: Unexpected token 'd'/)]);
    expect(polled.problems[0]!.reason).not.toContain('d1c9');
    // A null says nothing and is kept as sent.
    expect(withoutSecretFields('{"serviceKey":null,"accessToken": true}')).toBe('{"serviceKey":null,"accessToken": true}');
  });

  it("is kept out of a stored event's headers when the sender's flow attaches it, and a signature header of any name still verifies", async () => {
    const h = await startInbound();
    const secret = 'hmac-secret-of-some-length';
    // A user may name the signature header anything, a name that reads like a credential's included.
    await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'hmac', header: 'x-webhook-token', secret });
    const body = JSON.stringify(outboundCopy);
    const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    const res = await postJson(`${h.url}/webhooks`, body, {
      'x-webhook-token': signature,
      key: SERVICE_KEY,
      'x-api-key': 'api-7f3e2d1c',
      'X-Auth-Token': 'auth-6b5a4c3d',
      'x-correlation-id': 'corr-kept',
    });
    expect(res.status, res.body).toBe(200);
    const stored = await h.handlers['inbound:get']({ id: res.json().id as string });
    expect(stored.headers).toMatchObject({
      key: '[redacted]',
      'x-api-key': '[redacted]',
      'x-auth-token': '[redacted]',
      'x-webhook-token': '[redacted]',
      'x-correlation-id': 'corr-kept',
    });
    for (const secretText of ['5d1c9e7a', '7f3e2d1c', '6b5a4c3d']) expect(JSON.stringify(stored)).not.toContain(secretText);
  });

  it('leaves bodies without such fields, and the word itself in text, untouched', () => {
    const text = '{"keyword":"serviceKey","message":"my serviceKey is 1234","token":"abc"}';
    expect(withoutSecretFields(text)).toBe(text);
    expect(withoutSecretFields('{ "Service_Key" : "a\\"b", "x": 1 }')).toBe('{ "Service_Key" : "[redacted]", "x": 1 }');
    // A preview cut inside the value loses the rest of it, not the start.
    expect(withoutSecretFields('{"serviceKey":"svc-5d1c9e7a-0b')).toBe('{"serviceKey":"[redacted]"');
  });
});
