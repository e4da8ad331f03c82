import { describe, expect, it } from 'vitest';
import { buildSendCheck } from '../../src/renderer/src/features/compose/send-check';
import { SANDBOX_PROFILE, type Profile } from '../../src/shared/profiles/profile';

const plan = (destinations: number) => ({
  api: 'v2' as const,
  errors: [],
  warnings: [],
  blockers: [],
  batches: { count: 1, destinations, maxPerRequest: 10, estimatedSeconds: 0 },
});
const live: Profile = { ...SANDBOX_PROFILE, id: 'p1', name: 'EU live', region: 'eu', baseUrl: null, builtIn: false, isDefault: false };

describe('what the send confirmation says', () => {
  it('names the UCS-2 recipients and the ones a variable has no value for, and counts parts', () => {
    const body = {
      channel: 'sms',
      content: { type: 'text', text: 'Hi $(name) $(code)' },
      to: [
        { msisdn: ['447700900001'], substitutions: { name: 'Ana', code: 'A1' } },
        { msisdn: ['447700900002'], substitutions: { name: 'Łukasz' } },
      ],
    };
    const check = buildSendCheck(body, plan(2), SANDBOX_PROFILE, 'sandbox');
    expect(check.ucs2Recipients).toEqual(['447700900002']);
    expect(check.unresolved).toEqual([{ name: 'code', recipients: ['447700900002'] }]);
    expect(check.segments).toEqual({ min: 1, max: 1, total: 2 });
    expect(check.endpoint).toBe('local sandbox (127.0.0.1)');
    expect(check.blockers).toEqual([]);
  });

  it('lists what the outbox notes but sends anyway', () => {
    const result = { ...plan(1), warnings: [{ path: 'content.foo', message: 'not in the documents; sent as given' }] };
    const check = buildSendCheck(
      { channel: 'sms', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: ['447700900001'] }] },
      result,
      SANDBOX_PROFILE,
      'sandbox',
    );
    expect(check.notes).toEqual(['content.foo: not in the documents; sent as given']);
    expect(check.blockers).toEqual([]);
  });

  it('counts no SMS parts for a v1 channel that only borrows the SMS bubble', () => {
    const body = { deliverychannel: 'push', channels: { push: { android: { text: 'Hi' } } }, destination: [{ android_pushid: ['abc'] }] };
    expect(buildSendCheck(body, plan(1), SANDBOX_PROFILE, 'sandbox').segments).toBeNull();
  });

  it('refuses with the blockers the outbox gives, adding none of its own', () => {
    const body = { channel: 'sms', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: ['447700900001'] }] };
    const outbox = { code: 'missing_secret', message: 'Profile "EU live" has no service key: save it in Settings → Profiles' };
    expect(buildSendCheck(body, { ...plan(1), blockers: [outbox] }, live, 'p1').blockers).toEqual([outbox]);
    // A profile with no secret that the outbox did not refuse (it knows the environment) is not second-guessed.
    expect(buildSendCheck(body, plan(1), live, 'p1').blockers).toEqual([]);
    const invalid = buildSendCheck(body, { ...plan(1), errors: [{ path: 'to', message: 'bad' }] }, live, 'p1');
    expect(invalid.blockers.map((b) => b.code)).toEqual(['invalid_request']);
  });
  it('refuses an email whose attachments the servers size over 10 MB, and only warns when a size is unknown', () => {
    const body = {
      channel: 'email',
      from: 'news@example.com',
      to: [{ email: ['ana@example.com'] }],
      content: { type: 'text', text: 'Hi', attachments: [{ name: 'big', mimeType: 'application/pdf', mediaUrl: 'http://files/big.pdf' }] },
    };
    const sized = (bytes: number | null, error: string | null) =>
      new Map([['http://files/big.pdf', { url: 'http://files/big.pdf', bytes, mimeType: null, error }]]);
    const over = buildSendCheck(body, plan(1), SANDBOX_PROFILE, 'sandbox', sized(11_000_000, null));
    expect(over.blockers).toEqual([
      {
        code: 'attachments_too_large',
        message:
          'content.attachments: attachment sizes (declared, or from the files’ servers) add up to 11.0 MB (11000000 bytes): at most 10.0 MB (10000000 bytes) per email',
      },
    ]);
    const unknown = buildSendCheck(body, plan(1), SANDBOX_PROFILE, 'sandbox', sized(null, 'no answer within 8 s'));
    expect(unknown.blockers).toEqual([]);
    expect(unknown.problems).toEqual([expect.stringContaining('http://files/big.pdf (no answer within 8 s)')]);
  });
});
