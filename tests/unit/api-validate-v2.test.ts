import { describe, expect, it } from 'vitest';
import { countDestinations, destinationGroups } from '../../src/shared/api/destinations';
import { detectApi } from '../../src/shared/api/api-version';
import { validateRequest } from '../../src/shared/api/validate';
import { V2_MAX_DESTINATIONS } from '../../src/shared/limits';
import { NOW, v2Email, v2Rcs, v2Sms } from './helpers/api-requests';

function errorsOf(body: unknown): string[] {
  const result = validateRequest('v2', body, { now: NOW });
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

function warningsOf(body: unknown): string[] {
  return validateRequest('v2', body, { now: NOW }).warnings.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

function substitutionWarnings(body: unknown): string[] {
  return warningsOf(body).filter((w) => /substitutions: no value/.test(w));
}

function expectError(body: unknown, pattern: RegExp): void {
  const errors = errorsOf(body);
  expect(
    errors.some((line) => pattern.test(line)),
    `expected ${pattern} in ${JSON.stringify(errors)}`,
  ).toBe(true);
}

describe('v2 request validation', () => {
  it("accepts a complete request for sms, email and rcs (the seeds' own samples, unmodified: api-seed-samples.test.ts)", () => {
    for (const sample of [v2Sms(), v2Email(), v2Rcs()]) expect(errorsOf(sample)).toEqual([]);
    expect(detectApi(v2Sms())).toBe('v2');
  });

  it('an email text or html that is not a string is named as such, never a crash', () => {
    for (const [type, field] of [
      ['text', 'text'],
      ['html', 'html'],
    ] as const) {
      const body = v2Email();
      body.content = { type, subject: 'Hi', [field]: 5 };
      expect(() => errorsOf(body)).not.toThrow();
      expect(errorsOf(body)).toContain(`content.${field}: a string is required`);
    }
  });

  it('a substitution value that is not a scalar says what it must be', () => {
    const body = v2Sms();
    body.to[0].substitutions = { area: null };
    expect(errorsOf(body)).toContain('to[0].substitutions.area: must be a string, number or true/false');
  });

  it('names the bad MSISDN by its path', () => {
    const body = v2Sms();
    body.to[0].msisdn = ['447700900001', '447700900002', '447700900003', '12ab'];
    expect(errorsOf(body)).toContain('to[0].msisdn[3]: not an MSISDN (international digits, 7-15, optional +)');
  });

  it('rejects an unknown channel and a missing from/to', () => {
    expectError({ ...v2Sms(), channel: 'fax' }, /^channel: must be "sms", "email" or "rcs"/);
    const body = v2Sms();
    delete body.from;
    body.to = [];
    expectError(body, /^from: /);
    expectError(body, /^to: at least one destination group/);
  });

  it('wants email addresses for email and MSISDNs for sms', () => {
    const email = v2Email();
    email.to[1].email = ['not-an-address'];
    expectError(email, /^to\[1\]\.email\[0\]: not an email address/);
    const sms = v2Sms();
    sms.to = [{ email: ['ann@example.com'] }];
    expectError(sms, /^to\[0\]\.msisdn: an array of MSISDNs is required for sms/);
  });

  it('rejects expireAt together with validity', () => {
    const body = v2Sms();
    body.expireAt = '2026-11-23T10:00:00Z';
    body.validity = 3600;
    expect(errorsOf(body)).toContain('expireAt: use either expireAt or validity, not both');
  });

  it('accepts sendAt as ISO with or without offset or epoch seconds, at most 7 days ahead', () => {
    for (const sendAt of [
      '2026-11-25T13:47:18.000Z',
      '2026-11-25T13:47:18.000+05:30',
      '2026-11-25T13:47:18',
      Math.floor(NOW / 1000) + 3600,
      String(Math.floor(NOW / 1000) + 60),
    ]) {
      expect(errorsOf({ ...v2Sms(), sendAt }), String(sendAt)).toEqual([]);
    }
    expect(errorsOf({ ...v2Sms(), sendAt: '2026-12-01T00:00:00Z' })).toContain(
      'sendAt: more than 7 days ahead: schedule at most 7 days from now',
    );
    expectError({ ...v2Sms(), sendAt: 'tomorrow' }, /^sendAt: not a date-time/);
    expectError({ ...v2Sms(), sendAt: '2026-02-30T10:00:00Z' }, /^sendAt: not a date-time/);
  });

  it('rejects an expireAt in the past or before sendAt', () => {
    expectError({ ...v2Sms(), expireAt: '2020-01-01T00:00:00Z' }, /^expireAt: already in the past/);
    expectError({ ...v2Sms(), sendAt: '2026-11-23T10:00:00Z', expireAt: '2026-11-23T09:00:00Z' }, /^expireAt: not after sendAt/);
  });

  it('accepts priority 1-3 only', () => {
    expect(errorsOf({ ...v2Sms(), priority: 3 })).toEqual([]);
    expectError({ ...v2Sms(), priority: '4' }, /^priority: priority from 1 to 3/);
    expectError({ ...v2Sms(), priority: 'high' }, /^priority: /);
  });

  it('limits callbackData to 2000 characters', () => {
    expect(errorsOf({ ...v2Sms(), callbackData: 'x'.repeat(2000) })).toEqual([]);
    expectError({ ...v2Sms(), callbackData: 'x'.repeat(2001) }, /^callbackData: longer than 2000 characters/);
  });

  it('wants notifyUrl on https, allowing http only on loopback for the sandbox', () => {
    expect(errorsOf({ ...v2Sms(), notifyUrl: 'http://127.0.0.1:4000/webhooks' })).toEqual([]);
    expect(errorsOf({ ...v2Sms(), notifyUrl: 'http://localhost:4000/x' })).toEqual([]);
    expectError({ ...v2Sms(), notifyUrl: 'http://example.com/hook' }, /^notifyUrl: must be an https URL/);
    expectError({ ...v2Sms(), notifyUrl: 'not a url' }, /^notifyUrl: must be an https URL/);
  });

  it('warns about requested receipts the docs do not list for the channel, and sends them', () => {
    const odd = { ...v2Sms(), requestedReceipts: ['delivered', 'read'] };
    expect(errorsOf(odd)).toEqual([]);
    expect(warningsOf(odd).some((w) => /^requestedReceipts\[1\]: "read" is not a receipt the docs list for sms/.test(w))).toBe(true);
    // SENT: "supported for legacy implementations" on the current SMS page.
    expect(warningsOf({ ...v2Sms(), requestedReceipts: ['SENT', 'Clicked'] })).toEqual([]);
    expect(errorsOf({ ...v2Rcs(), requestedReceipts: ['READ', 'failed'] })).toEqual([]);
    expect(errorsOf({ ...v2Email(), requestedReceipts: ['bounced', 'not verified', 'complaint'] })).toEqual([]);
  });

  it('wants exactly one of content and template', () => {
    const neither = v2Sms();
    delete neither.content;
    expect(errorsOf(neither)).toContain('content: content or template is required');
    expect(errorsOf({ ...v2Sms(), template: { id: 'T1' } })).toContain('template: use either content or template, not both');
    expect(errorsOf({ ...neither, template: { id: 'T1' } })).toEqual([]);
  });

  it('counts SMS text in characters: 1024 multi-byte characters pass, past 1024 warns naming both documents, past 4000 refuses', () => {
    expectError({ ...v2Sms(), content: { type: 'binary', text: 'x' } }, /^content\.type: must be "text" or "unicode"/);
    const sms = v2Sms();
    sms.content = { type: 'unicode', text: 'é'.repeat(1024) };
    expect(errorsOf(sms)).toEqual([]);
    expect(warningsOf(sms).filter((w) => w.startsWith('content.text'))).toEqual([]);
    sms.content.text = 'é'.repeat(1025);
    expect(errorsOf(sms)).toEqual([]);
    expect(
      warningsOf(sms).some((w) =>
        /^content\.text: 1025 characters: Send Message v2 \(seed 001\) says up to 1024, the current SMS page .* up to 4000/.test(w),
      ),
    ).toBe(true);
    sms.content.text = 'x'.repeat(4001);
    expectError(sms, /^content\.text: longer than 4000 characters/);
  });

  it('checks email content: subject, html for type html, html size, attachment total, replyTo, cc', () => {
    const email = v2Email();
    email.content.subject = '';
    delete email.content.html;
    email.content.replyTo = 'nobody';
    email.options.cc = ['bad'];
    const errors = errorsOf(email);
    expect(errors.some((e) => e.startsWith('content.subject'))).toBe(false);
    expect(warningsOf(email).some((w) => w.startsWith('content.subject: the subject is empty'))).toBe(true);
    expect(warningsOf(email).some((w) => w.startsWith('content.html: no html for type "html"'))).toBe(true);
    expect(errors.some((e) => e.startsWith('content.replyTo: not an email address'))).toBe(true);
    expect(errors.some((e) => e.startsWith('options.cc[0]: not an email address'))).toBe(true);

    const big = v2Email();
    big.content.html = '<p>' + 'x'.repeat(350_000) + '</p>';
    expectError(big, /^content\.html: larger than 350 KB/);

    const heavy = v2Email();
    heavy.content.attachments = [
      { mimeType: 'application/pdf', name: 'a.pdf', mediaUrl: 'https://example.com/a.pdf', size: 6_000_000 },
      { mimeType: 'application/pdf', name: 'b.pdf', mediaUrl: 'https://example.com/b.pdf', size: 4_000_001 },
    ];
    expectError(
      heavy,
      /^content\.attachments: declared sizes add up to 10\.0 MB \(10000001 bytes\): at most 10\.0 MB \(10000000 bytes\) per email/,
    );
    heavy.content.attachments[1].size = 4_000_000;
    expect(errorsOf(heavy)).toEqual([]);
  });

  it('applies the RCS content model to rcs content, with paths under content', () => {
    const rcs = v2Rcs();
    rcs.content.suggestions = Array.from({ length: 11 }, () => ({ type: 'reply', displayText: 'Yes', postbackData: 'x' }));
    expect(errorsOf(rcs).some((line) => line.startsWith('content.suggestions: '))).toBe(true);
    const text = v2Rcs();
    text.content = { type: 'text', text: 'Hi $(name), from $(company)' };
    expect(errorsOf(text)).toEqual([]);
  });

  it('reads NOT_VERIFIED as the "not verified" email receipt', () => {
    expect(errorsOf({ ...v2Email(), requestedReceipts: ['NOT_VERIFIED', 'Bounced'] })).toEqual([]);
  });

  it('checks rcs options', () => {
    const rcs = v2Rcs();
    rcs.options.text = 'x'.repeat(1025);
    rcs.options.smsFallback = 'maybe';
    const errors = errorsOf(rcs);
    expect(errors).toContain('options.text: longer than 1024 characters');
    expect(errors).toContain('options.smsFallback: use true or false');
  });

  it('warns about variables with no value (sent with $(name) left in), per recipient group, personal values beating global ones', () => {
    const email = v2Email();
    email.content.subject = 'Offer $(offerName) for $(accountNumber) $(first)';
    email.to[0].substitutions.first = 'Ann';
    expect(errorsOf(email)).toEqual([]);
    expect(substitutionWarnings(email)).toEqual([
      'to[1].substitutions: no value for $(first) used in the content (recipients: cy@example.com): add it here or in the global substitutions',
    ]);

    const sms = v2Sms();
    sms.content.text = 'Hi $(nobody)';
    expect(substitutionWarnings(sms)).toEqual([
      'substitutions: no value for $(nobody) used in the content, for any recipient: add it here or in each to[].substitutions',
    ]);

    const rcs = v2Rcs();
    rcs.substitutions = {};
    rcs.to.push({ msisdn: ['447700900001', '447700900002', '447700900003', '447700900004'] });
    expect(substitutionWarnings(rcs)).toEqual([
      'to[1].substitutions: no value for $(name) used in the content (recipients: 447700900001, 447700900002, 447700900003 and 1 more): add it here or in the global substitutions',
    ]);
  });

  it(`caps the request at ${V2_MAX_DESTINATIONS} destinations and flags the rule`, () => {
    const sms = v2Sms();
    sms.to = [
      { msisdn: Array.from({ length: 600 }, (_, i) => `4477009${String(i).padStart(5, '0')}`) },
      { msisdn: Array.from({ length: 401 }, (_, i) => `4477019${String(i).padStart(5, '0')}`) },
    ];
    const result = validateRequest('v2', sms, { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({
        path: 'to',
        message: '1001 destinations: at most 1000 per request',
        rule: 'max_destinations',
      });
    expect(countDestinations('v2', sms)).toBe(1001);
    sms.to[1].msisdn.pop();
    expect(errorsOf(sms)).toEqual([]);
  });

  it('lists destination groups for the outbox', () => {
    expect(destinationGroups('v2', v2Email())).toEqual([
      { index: 0, kind: 'email', addresses: ['ann@example.com', 'bob@example.com'], correlationId: 'na1b2b1i1' },
      { index: 1, kind: 'email', addresses: ['cy@example.com'], correlationId: 'na1b2b1i1' },
    ]);
  });

  it('never throws on odd bodies', () => {
    for (const body of [
      null,
      42,
      'x',
      [],
      { channel: 'sms', to: 'x', content: 5 },
      { channel: 'email', to: [null, 3], content: { attachments: 'x' } },
    ]) {
      const result = validateRequest('v2', body, { now: NOW });
      expect(result.ok).toBe(false);
    }
    expect(errorsOf(null)).toEqual(['the request body must be a JSON object']);
  });
});
