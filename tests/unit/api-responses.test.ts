import { describe, expect, it } from 'vitest';
import { interpretNetworkFailure, interpretV1Response, interpretV2Response } from '../../src/shared/api/responses';
import { V1_RESPONSE_CODES } from '../../src/shared/api/v1-codes';

describe('v1 response interpretation', () => {
  it('reads a queued answer with one transid per destination', () => {
    const outcome = interpretV1Response(200, {
      response: [
        { code: '1001', transid: 't-1', description: 'Queued', correlationid: 'c-1' },
        { code: '1001', transid: 't-2', description: 'Queued', correlationid: 'c-1' },
      ],
    });
    expect(outcome).toEqual({
      accepted: true,
      retryable: false,
      code: '1001',
      description: 'Queued: accepted for 2 destinations.',
      ids: { transids: ['t-1', 't-2'], correlationId: 'c-1' },
    });
  });

  it.each([
    ['7000', false, /Invalid JSON/],
    ['7001', false, /Authentication failed: the service key is wrong/],
    ['7002', false, /Service key missing/],
    ['7003', false, /Mandatory parameters missing/],
    ['7004', false, /Invalid parameters/],
    ['7005', false, /7005/],
    ['7006', true, /Internal error/],
    ['7007', false, /Service inactive/],
    ['7008', false, /7008/],
    ['7009', false, /at most 1000/],
    ['7010', false, /7010/],
    ['7020', true, /TPS exceeded.*retry after a pause/],
  ])('explains error code %s in HTTP 200 (retryable %s)', (code, retryable, words) => {
    const outcome = interpretV1Response(200, { response: { code, description: 'whatever' } });
    expect(outcome.accepted).toBe(false);
    expect(outcome.retryable).toBe(retryable);
    expect(outcome.code).toBe(code);
    expect(outcome.description).toMatch(words);
  });

  it('knows every documented code', () => {
    expect(Object.keys(V1_RESPONSE_CODES)).toEqual(
      expect.arrayContaining(['1001', '7000', '7001', '7002', '7003', '7004', '7006', '7007', '7009', '7020']),
    );
  });

  it('keeps the API description when it says more, and numeric codes work', () => {
    const outcome = interpretV1Response(200, { response: { code: 7004, description: 'Invalid parameters: destination[0].msisdn' } });
    expect(outcome.code).toBe('7004');
    expect(outcome.description).toContain('API says: Invalid parameters: destination[0].msisdn');
  });

  it('treats 5xx and network failures as retryable, a wrong body as an outcome', () => {
    expect(interpretV1Response(503, 'Service Unavailable')).toMatchObject({ accepted: false, retryable: true, code: '503' });
    expect(interpretNetworkFailure('ECONNREFUSED')).toMatchObject({ retryable: true, code: 'network' });
    expect(interpretNetworkFailure('10 s', true)).toMatchObject({ retryable: true, code: 'timeout' });
    expect(interpretV1Response(200, { hello: 'world' })).toMatchObject({ accepted: false, retryable: false, code: 'bad_response' });
    expect(interpretV1Response(200, '<html>')).toMatchObject({ code: 'bad_response' });
    expect(interpretV1Response(200, { response: [] })).toMatchObject({ code: 'bad_response' });
    expect(interpretV1Response(404, null)).toMatchObject({ accepted: false, retryable: false, code: '404' });
    expect(interpretV1Response(429, null)).toMatchObject({ retryable: true, code: '429' });
  });

  it('reports a partly queued answer as not accepted, naming the failing code', () => {
    const outcome = interpretV1Response(200, {
      response: [
        { code: '1001', transid: 'a' },
        { code: '7004', description: 'Invalid parameters' },
      ],
    });
    expect(outcome).toMatchObject({ accepted: false, code: '7004', ids: { transids: ['a'] } });
    expect(outcome.description).toMatch(/Some destinations were queued/);
  });
});

describe('v2 response interpretation', () => {
  it('reads 201 queued', () => {
    expect(
      interpretV2Response(201, { requestTimestamp: '2026-11-22T12:00:00Z', messageId: 'm-1', correlationId: 'c-1', status: 'queued' }),
    ).toEqual({
      accepted: true,
      retryable: false,
      code: '201',
      description: 'Queued (status queued), message id m-1.',
      ids: { transids: [], messageId: 'm-1', correlationId: 'c-1' },
    });
  });

  it('reads 400 with code and message, 401 with no body, 429 and 5xx', () => {
    const bad = interpretV2Response(400, { code: 'invalid_request', message: 'expireAt: use either expireAt or validity' });
    expect(bad).toMatchObject({ accepted: false, retryable: false, code: '400' });
    expect(bad.description).toContain('expireAt: use either expireAt or validity');
    expect(interpretV2Response(401, undefined)).toMatchObject({ accepted: false, retryable: false, code: '401' });
    expect(interpretV2Response(401, undefined).description).toMatch(/service key or JWT/);
    expect(interpretV2Response(429, {})).toMatchObject({ retryable: true });
    expect(interpretV2Response(500, {})).toMatchObject({ retryable: true });
    expect(interpretV2Response(502, '<html>')).toMatchObject({ retryable: true });
  });

  it('turns a 201 without messageId into a clear outcome', () => {
    expect(interpretV2Response(201, { status: 'queued' })).toMatchObject({ accepted: false, code: 'bad_response' });
    expect(interpretV2Response(201, null).description).toMatch(/no messageId/);
    expect(interpretV2Response(404, null)).toMatchObject({ accepted: false, retryable: false, code: '404' });
  });

  it('says a redirect or a missing send path means the base URL is wrong, in v1 and v2', () => {
    for (const read of [interpretV1Response, interpretV2Response]) {
      expect(read(301, '<html>Moved</html>')).toMatchObject({ accepted: false, retryable: false, code: '301' });
      expect(read(301, '<html>Moved</html>').description).toBe(
        "The server redirected the request (HTTP 301), which the messaging API never does: check the profile's region or base URL.",
      );
      expect(read(404, '<html>Not Found</html>').description).toBe(
        "The server has no messaging API at this address (HTTP 404): check the profile's region or base URL.",
      );
    }
    // The vendor's own error body on a 404/405 means its API answered: its code and words are kept.
    const v1Refusal = interpretV1Response(404, { response: { code: '7104', description: 'Invalid app id' } });
    expect(v1Refusal).toMatchObject({ accepted: false, retryable: false, code: '7104' });
    expect(v1Refusal.description).not.toMatch(/no messaging API/);
    const v2Refusal = interpretV2Response(404, { code: '7104', message: 'Invalid app id' });
    expect(v2Refusal).toMatchObject({ accepted: false, retryable: false, code: '404' });
    expect(v2Refusal.description).toBe(
      'The API refused the request (HTTP 404) (code 7104): Invalid app id. Fix what it names; retrying will not help.',
    );
    expect(interpretV2Response(404, { error: 'not found' }).description).toMatch(/no messaging API at this address/);
    expect(interpretV1Response(418, 'teapot').description).toMatch(/check that the profile's base URL points at the messaging API\.$/);
    expect(interpretV2Response(409, { message: 'duplicate' }).description).toBe(
      'The API refused the request (HTTP 409): duplicate. Fix what it names; retrying will not help.',
    );
  });
});

// Answers shaped as the vendor's published examples (seeds 001-003), with the variations real
// gateways send: a v1 `response` as a list or one object, on HTTP 200 or 400; a v2 201 with
// extra, missing or null fields; timestamps with offsets. Unknown or null fields never fail a send.
describe('liberal reading of vendor answers', () => {
  const v1Queued = {
    code: '1001',
    transid: '2137c260-dae8-4ffa-9ca8-3f5d8a4cab8e',
    description: 'Queued',
    correlationid: '32607da6-8b72-4b71-990d-15d05765c7e6',
  };

  it('v1: a queued answer as one object, or as a list, is accepted with its transids', () => {
    expect(interpretV1Response(200, { response: v1Queued })).toMatchObject({
      accepted: true,
      code: '1001',
      ids: { transids: [v1Queued.transid] },
    });
    expect(interpretV1Response(200, { response: [v1Queued, { ...v1Queued, transid: 't-2' }] }).ids.transids).toEqual([
      v1Queued.transid,
      't-2',
    ]);
  });

  it('v1: null, numeric and extra fields never fail a queued answer', () => {
    const outcome = interpretV1Response(200, {
      response: [{ code: 1001, transid: 99812, description: null, correlationid: null, extra: { any: 1 } }],
      server: 'gw-2',
    });
    expect(outcome).toMatchObject({ accepted: true, code: '1001', ids: { transids: ['99812'] } });
    expect(outcome.ids.correlationId).toBeUndefined();
    expect(outcome.uncertain).toBeUndefined();
  });

  it('v1: an error on HTTP 400, as an object or a list, fails with the vendor code in words', () => {
    const single = interpretV1Response(400, { response: { code: '7004', description: 'Invalid parameters' } });
    expect(single).toMatchObject({ accepted: false, retryable: false, code: '7004' });
    expect(single.description).toMatch(/Invalid parameters/);
    expect(interpretV1Response(400, { response: [{ code: '7003', description: 'Mandatory parameters missing' }] })).toMatchObject({
      accepted: false,
      code: '7003',
    });
    expect(interpretV1Response(400, { response: { code: '7020' } })).toMatchObject({ retryable: true, code: '7020' });
  });

  it('v1: a 2xx we cannot read is unknown (may have arrived), never failed', () => {
    for (const body of [{ hello: 'world' }, '<html>ok</html>', { response: [] }, { response: [{ note: 'queued' }] }, null]) {
      const outcome = interpretV1Response(200, body);
      expect(outcome).toMatchObject({ accepted: false, retryable: false, uncertain: true });
      expect(outcome.description).toMatch(/may well have arrived/);
    }
    // Not a 2xx and not readable: a refusal.
    expect(interpretV1Response(400, '<html>bad</html>')).toMatchObject({ accepted: false, code: '400' });
    expect(interpretV1Response(400, '<html>bad</html>').uncertain).toBeUndefined();
  });

  it('v2: 201 with a messageId is accepted whatever else it carries, lacks or nulls', () => {
    const published = {
      requestTimestamp: '2026-11-22T12:00:00.123Z',
      messageId: '3682cb0f-5dae-42fe-9a75-2aea271efeff',
      correlationId: 'na1b2b1i1',
      status: 'queued',
    };
    expect(interpretV2Response(201, published)).toMatchObject({
      accepted: true,
      code: '201',
      ids: { messageId: published.messageId, correlationId: 'na1b2b1i1' },
    });
    const nulls = interpretV2Response(201, { ...published, correlationId: null, status: null, requestTimestamp: null });
    expect(nulls).toMatchObject({ accepted: true, ids: { messageId: published.messageId } });
    expect(nulls.ids.correlationId).toBeUndefined();
    expect(interpretV2Response(201, { messageId: 'm-2' })).toMatchObject({ accepted: true, ids: { messageId: 'm-2' } });
    expect(
      interpretV2Response(201, {
        ...published,
        requestTimestamp: '2026-11-22T17:30:00.000+05:30',
        acceptedAt: 1764000000,
        details: { region: 'eu' },
      }),
    ).toMatchObject({ accepted: true });
    expect(interpretV2Response(200, { messageId: 12345, status: 'QUEUED' })).toMatchObject({
      accepted: true,
      code: '200',
      ids: { messageId: '12345' },
    });
    expect(interpretV2Response(202, [{ messageId: 'm-3', correlationId: null }])).toMatchObject({
      accepted: true,
      ids: { messageId: 'm-3' },
    });
  });

  it('v2: a 2xx without a messageId is unknown, never failed', () => {
    for (const body of [{ status: 'queued' }, { messageId: null, status: 'queued' }, { messageId: '' }, null, 'OK', []]) {
      const outcome = interpretV2Response(201, body);
      expect(outcome).toMatchObject({ accepted: false, retryable: false, uncertain: true });
    }
  });

  it('v2: error bodies are read by message, description or a nested error', () => {
    expect(interpretV2Response(400, { code: '7004', description: 'channel: required' }).description).toContain('channel: required');
    expect(interpretV2Response(400, { error: { code: 1002, message: 'to[0].msisdn: invalid' } }).description).toMatch(
      /code 1002.*to\[0\]\.msisdn: invalid/,
    );
    expect(interpretV2Response(403, { code: '7007', message: null, description: 'Service inactive' }).description).toContain(
      'Service inactive',
    );
    expect(interpretV2Response(400, { code: null, message: null })).toMatchObject({ accepted: false, code: '400' });
  });
});
