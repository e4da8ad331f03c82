import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../src/renderer/src/features/sandbox/describe-entry';
import { Msisdn, NotifyUrl, parseInstant, utf8Bytes } from '../../src/shared/api/formats';

describe('API formats', () => {
  it("reads ISO 8601 with Z, offsets (also the vendor's +5:30), no offset as UTC, and epoch seconds", () => {
    const utc = Date.UTC(2015, 3, 12, 13, 0, 19, 456);
    expect(parseInstant('2015-04-12T13:00:19.456Z')).toBe(utc);
    expect(parseInstant('2015-04-12T18:30:19.456+5:30')).toBe(utc);
    expect(parseInstant('2015-04-12T18:30:19.456+05:30')).toBe(utc);
    expect(parseInstant('2015-04-12T08:00:19.456-0500')).toBe(utc);
    expect(parseInstant('2015-04-12T13:00:19.456')).toBe(utc);
    expect(parseInstant(1624782447)).toBe(1624782447000);
    expect(parseInstant('1624782447')).toBe(1624782447000);
    for (const bad of [
      '2015-13-01T00:00:00Z',
      '2015-04-31T00:00:00Z',
      '2015-04-12T25:00:00Z',
      '2015-04-12T10:00:00+15:00',
      'soon',
      '',
      null,
      -5,
    ]) {
      expect(parseInstant(bad), String(bad)).toBeUndefined();
    }
  });

  it('counts UTF-8 bytes without Buffer', () => {
    expect(utf8Bytes('')).toBe(0);
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('£')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    expect(utf8Bytes('नमस्ते')).toBe(18);
  });

  it('accepts MSISDNs of 7-15 international digits with an optional +', () => {
    for (const ok of ['447700900123', '+447700900123', '1234567', '123456789012345']) expect(Msisdn.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['07700900123', '123456', '1234567890123456', '+44 7700 900123', '44-7700', 447700900123]) {
      expect(Msisdn.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('allows plain http notify URLs only on loopback', () => {
    expect(NotifyUrl.safeParse('https://example.com/hook').success).toBe(true);
    expect(NotifyUrl.safeParse('http://127.0.0.1:4747/webhooks').success).toBe(true);
    expect(NotifyUrl.safeParse('http://localhost/webhooks').success).toBe(true);
    expect(NotifyUrl.safeParse('http://127.0.0.1.evil.example/x').success).toBe(false);
    expect(NotifyUrl.safeParse('http://192.168.1.5/x').success).toBe(false);
    expect(NotifyUrl.safeParse('ftp://example.com').success).toBe(false);
  });
});

describe('sandbox activity lines', () => {
  it('says in plain words what each log entry was', () => {
    expect(
      describeEntry({
        at: '',
        kind: 'request',
        method: 'POST',
        path: '/resources/v1/messaging',
        api: 'v1',
        status: 200,
        response: { response: { code: '7001', description: 'Authentication failed' } },
      }),
    ).toMatchObject({ title: 'v1 POST /resources/v1/messaging · HTTP 200 · 7001', detail: 'Authentication failed', tone: 'warn' });
    expect(
      describeEntry({
        at: '',
        kind: 'request',
        method: 'POST',
        path: '/v2/messages',
        api: 'v2',
        status: 201,
        response: { messageId: 'm-1' },
      }),
    ).toMatchObject({
      detail: 'message m-1',
      tone: 'ok',
    });
    const receipt = { deliveryInfoNotification: { deliveryInfo: { destination: '447700900013', deliveryStatus: 'Failed', code: '7503' } } };
    expect(
      describeEntry({ at: '', kind: 'receipt', url: 'http://x', attempt: 1, ok: true, status: 200, error: null, payload: receipt }),
    ).toMatchObject({
      title: 'Receipt Failed (7503) for 447700900013',
      tone: 'warn',
    });
    expect(
      describeEntry({
        at: '',
        kind: 'reply',
        url: 'http://x',
        attempt: 3,
        ok: false,
        status: null,
        error: 'ECONNREFUSED',
        payload: { oa: '447700900001', message: 'Hi' },
      }),
    ).toMatchObject({
      title: 'Reply from 447700900001: Hi',
      detail: 'not posted (attempt 3): ECONNREFUSED',
      tone: 'danger',
    });
  });
});
