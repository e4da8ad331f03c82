import { describe, expect, it } from 'vitest';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { v1Sms, v2Sms } from './helpers/api-requests';
import { decoded, jwt, post, testSandbox } from './helpers/sandbox';

const V1 = '/resources/v1/messaging';
const V2 = '/v2/messages';

function sms(): Record<string, unknown> {
  const body = v2Sms();
  delete body.notifyUrl;
  return body;
}

describe('sandbox authentication and the test-connection protocol', () => {
  it('v1: missing key 7002, wrong key 7001, inactive 7007, good key with {} 7004, all in HTTP 200', async () => {
    const sandbox = await testSandbox({
      credentials: [
        { serviceId: 'on', key: 'good-key', jwtSecret: 'c2VjcmV0' },
        { serviceId: 'off', key: 'paused-key', jwtSecret: 'c2VjcmV0', active: false },
      ],
    });
    const missing = await post(sandbox.url + V1, {});
    expect(missing).toMatchObject({ status: 200, json: { response: { code: '7002' } } });
    const wrong = await post(sandbox.url + V1, {}, { key: 'nope' });
    expect(wrong).toMatchObject({ status: 200, json: { response: { code: '7001', description: 'Authentication failed' } } });
    const inactive = await post(sandbox.url + V1, {}, { key: 'paused-key' });
    expect(inactive.json).toMatchObject({ response: { code: '7007', description: 'Service inactive' } });
    const bad = await post(sandbox.url + V1, {}, { key: 'good-key' });
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({ response: { code: '7004', field: 'deliverychannel' } });
    expect((bad.json as { response: { description: string } }).response.description).toMatch(
      /^Invalid parameters: deliverychannel: must be one of/,
    );
  });

  it('v1: invalid JSON is 7000, a good request is 1001 with one transid per destination', async () => {
    const sandbox = await testSandbox();
    expect((await post(sandbox.url + V1, '{nope', { key: SANDBOX_SERVICE_KEY })).json).toMatchObject({ response: { code: '7000' } });
    const body = v1Sms();
    body.destination = [{ msisdn: ['447700900001', '447700900002'], correlationid: 'c-1' }];
    const ok = await post(sandbox.url + V1, body, { key: SANDBOX_SERVICE_KEY });
    const response = (ok.json as { response: { code: string; transid: string; correlationid: string }[] }).response;
    expect(response).toHaveLength(2);
    expect(response.every((entry) => entry.code === '1001' && entry.correlationid === 'c-1')).toBe(true);
    expect(new Set(response.map((entry) => entry.transid)).size).toBe(2);
  });

  it('v2: {} with a good key is 400 {code, message}, a bad key 401 with no body', async () => {
    const sandbox = await testSandbox();
    const bad = await post(sandbox.url + V2, {}, { key: SANDBOX_SERVICE_KEY });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: '7004' });
    expect((bad.json as { message: string }).message).toMatch(/channel: must be "sms", "email" or "rcs"/);
    const unauthorised = await post(sandbox.url + V2, {}, { key: 'wrong' });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.text).toBe('');
    expect((await post(sandbox.url + V2, {})).status).toBe(401);
  });

  it('v2: accepts a JWT signed with the decoded secret, refuses the raw secret, wrong iss, and lets JWT win over the key', async () => {
    const sandbox = await testSandbox();
    const good = await jwt(SANDBOX_SERVICE_ID, decoded(SANDBOX_JWT_SECRET));
    const accepted = await post(sandbox.url + V2, sms(), { authorization: `Bearer ${good}` });
    expect(accepted.status).toBe(201);
    expect(accepted.json).toMatchObject({
      status: 'queued',
      messageId: expect.any(String),
      correlationId: expect.any(String),
      requestTimestamp: expect.any(String),
    });

    const rawSecret = await jwt(SANDBOX_SERVICE_ID, new TextEncoder().encode(SANDBOX_JWT_SECRET));
    expect((await post(sandbox.url + V2, sms(), { authorization: `Bearer ${rawSecret}` })).status).toBe(401);
    const wrongIss = await jwt('someone-else', decoded(SANDBOX_JWT_SECRET));
    expect((await post(sandbox.url + V2, sms(), { authorization: `Bearer ${wrongIss}` })).status).toBe(401);

    // JWT wins: a bad JWT fails even with a good key; a good JWT passes even with a bad key.
    expect((await post(sandbox.url + V2, sms(), { authorization: `Bearer ${rawSecret}`, key: SANDBOX_SERVICE_KEY })).status).toBe(401);
    expect((await post(sandbox.url + V2, sms(), { authorization: `Bearer ${good}`, key: 'wrong' })).status).toBe(201);
    expect((await post(sandbox.url + V2, sms(), { key: SANDBOX_SERVICE_KEY })).status).toBe(201);
  });

  it('uses its own credentials when given and refuses the well-known ones then', async () => {
    const secret = Buffer.from('my own secret').toString('base64');
    const sandbox = await testSandbox({ credentials: [{ serviceId: 'svc-9', key: 'k-9', jwtSecret: secret }] });
    expect((await post(sandbox.url + V2, sms(), { key: SANDBOX_SERVICE_KEY })).status).toBe(401);
    expect((await post(sandbox.url + V2, sms(), { key: 'k-9' })).status).toBe(201);
    const token = await jwt('svc-9', decoded(secret));
    expect((await post(sandbox.url + V2, sms(), { authorization: `Bearer ${token}` })).status).toBe(201);
  });

  it('never writes a key or JWT to its log, only whether it was valid', async () => {
    const { tempDir } = await import('./helpers/temp-dir');
    const { join } = await import('node:path');
    const { readFileSync } = await import('node:fs');
    const logFile = join(tempDir(), 'sandbox.ndjson');
    const sandbox = await testSandbox({ logFile });
    const token = await jwt(SANDBOX_SERVICE_ID, decoded(SANDBOX_JWT_SECRET));
    await post(sandbox.url + V2, sms(), { authorization: `Bearer ${token}`, key: SANDBOX_SERVICE_KEY });
    await post(sandbox.url + V2, sms(), { key: 'a-wrong-key-value' });
    await post(sandbox.url + V1, v1Sms(), { key: SANDBOX_SERVICE_KEY });
    const entries = sandbox.log.entries().filter((entry) => entry.kind === 'request');
    expect(entries.map((entry) => entry.kind === 'request' && entry.headers)).toEqual([
      expect.objectContaining({ key: '(ignored: JWT sent)', authorization: 'Bearer (valid JWT)' }),
      expect.objectContaining({ key: '(invalid)' }),
      expect.objectContaining({ key: '(valid)' }),
    ]);
    const everything = JSON.stringify(sandbox.log.entries()) + readFileSync(logFile, 'utf8');
    for (const secret of [SANDBOX_SERVICE_KEY, 'a-wrong-key-value', token, SANDBOX_JWT_SECRET]) expect(everything).not.toContain(secret);
    expect(readFileSync(logFile, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it('v2: an inactive service is 403 with code 7007', async () => {
    const sandbox = await testSandbox({ credentials: [{ serviceId: 'off', key: 'paused-key', jwtSecret: 'c2VjcmV0', active: false }] });
    const answer = await post(sandbox.url + V2, sms(), { key: 'paused-key' });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ code: '7007', message: 'Service inactive' });
  });

  it('lists at most ten problems in a 7004 / 400 answer, then a count', async () => {
    const sandbox = await testSandbox();
    const body = v1Sms();
    body.destination = [{ msisdn: Array.from({ length: 25 }, (_, i) => `bad-${i}`) }];
    const answer = await post(sandbox.url + V1, body, { key: SANDBOX_SERVICE_KEY });
    const description = (answer.json as { response: { code: string; description: string; field: string } }).response;
    expect(description).toMatchObject({ code: '7004', field: 'destination[0].msisdn[0]' });
    expect(description.description).toMatch(/destination\[0\]\.msisdn\[9\]: not an MSISDN.*; and 15 more$/);
  });

  it('answers 404 and 405 with a hint, says what it is at /, and survives odd input', async () => {
    const sandbox = await testSandbox({ tps: 20 });
    const home = await fetch(sandbox.url + '/');
    expect(home.status).toBe(200);
    expect(await home.json()).toMatchObject({ service: 'Relaydesk sandbox', tps: 20 });
    const missing = await post(sandbox.url + '/v3/whatever', {});
    expect(missing.status).toBe(404);
    expect((missing.json as { message: string }).message).toContain('/v2/messages');
    const get = await fetch(sandbox.url + V2);
    expect(get.status).toBe(405);
    expect((await post(sandbox.url + V2, 'null', { key: SANDBOX_SERVICE_KEY })).status).toBe(400);
    expect((await post(sandbox.url + V1, '[1,2]', { key: SANDBOX_SERVICE_KEY })).json).toMatchObject({ response: { code: '7004' } });
  });
});
