import { describe, expect, it } from 'vitest';
import type { ApiVersion } from '../../src/shared/api/api-version';
import { validateRequest } from '../../src/shared/api/validate';
import { seedSamples, type SeedSample } from './helpers/seed-samples';

// Every sample request the vendor documents publish (seeds 001, 002, 003), exactly as published,
// read with the app's loose-JSON reader, validates without errors. Placeholders, masked addresses
// and listed choices only warn. Content and options fragments are checked inside a minimal request
// of their channel; the fragment itself is untouched.

const SEED_FILES: Record<string, string> = {
  '001': '001_41c4b639e6b3e426.txt',
  '002': '002_aa5bc4def22401d1.txt',
  '003': '003_3eb3767d761360b9.txt',
};
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const RCS_TYPES = ['text', 'media', 'standalone', 'carousel', 'agentEvent'];

type Json = Record<string, unknown>;

function asRequest(value: Json): { api: ApiVersion; body: Json; kind: string } | undefined {
  if ('deliverychannel' in value && ('channels' in value || 'destination' in value)) return { api: 'v1', body: value, kind: 'v1 request' };
  if ('channel' in value && ('to' in value || 'content' in value))
    return { api: 'v2', body: value, kind: `v2 ${String(value.channel)} request` };
  const shell = (channel: string, to: Json) => ({ channel, from: channel === 'email' ? 'news@example.com' : 'SENDER', to: [to] });
  const msisdn = { msisdn: ['447700900001'] };
  if (typeof value.type === 'string' && 'subject' in value)
    return { api: 'v2', body: { ...shell('email', { email: ['ann@example.com'] }), content: value }, kind: 'emailMessage' };
  if (
    typeof value.type === 'string' &&
    RCS_TYPES.includes(value.type) &&
    !('subject' in value) &&
    Object.keys(value).some((k) => k !== 'type' && k !== 'text')
  )
    return { api: 'v2', body: { ...shell('rcs', msisdn), content: value }, kind: 'rcsMessage' };
  if (typeof value.type === 'string' && typeof value.text === 'string' && Object.keys(value).length === 2)
    return { api: 'v2', body: { ...shell('sms', msisdn), content: value }, kind: 'smsMessage' };
  const withOptions = (channel: string, content: Json, to: Json) => ({ ...shell(channel, to), options: value, content });
  if ('smsFallback' in value) return { api: 'v2', body: withOptions('rcs', { type: 'text', text: 'Hi' }, msisdn), kind: 'rcsOptions' };
  if ('shortenLinks' in value) return { api: 'v2', body: withOptions('sms', { type: 'text', text: 'Hi' }, msisdn), kind: 'smsOptions' };
  if ('trackOpens' in value || 'fromName' in value)
    return {
      api: 'v2',
      body: withOptions('email', { type: 'text', subject: 'Hi', text: 'Hi' }, { email: ['ann@example.com'] }),
      kind: 'emailOptions',
    };
  return undefined;
}

function samples(prefix: string): { sample: SeedSample; api: ApiVersion; body: Json; kind: string }[] {
  return seedSamples(SEED_FILES[prefix]!).flatMap((sample) => {
    const value = sample.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    const request = asRequest(value as Json);
    return request ? [{ sample, ...request }] : [];
  });
}

function errorsOf(api: ApiVersion, body: unknown): string[] {
  const result = validateRequest(api, body, { now: NOW });
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe("the vendor documents' own samples, unmodified", () => {
  it.each([
    ['001', 15],
    ['002', 1],
    ['003', 6],
  ])('seed %s: every sample request validates with no errors', (prefix, expected) => {
    const found = samples(prefix);
    // The count guards the extraction itself: a sample silently skipped would pass vacuously.
    expect(found.length).toBe(expected);
    for (const { sample, api, body, kind } of found) expect(errorsOf(api, body), `${sample.where} (${kind})`).toEqual([]);
  });

  it('turns what the samples cannot mean literally into warnings that say what to fill in', () => {
    const [sms] = samples('001').filter((s) => s.kind === 'v2 sms request');
    const warnings = validateRequest('v2', sms!.body, { now: NOW }).warnings.map((w) => `${w.path}: ${w.message}`);
    expect(warnings.some((w) => w.startsWith('to[0].msisdn[0]: "9196zzzzzzzz" is a masked number from the vendor\'s docs'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('substitutions: no value for $(area)'))).toBe(true);

    const [email] = samples('001').filter((s) => s.kind === 'v2 email request');
    const emailWarnings = validateRequest('v2', email!.body, { now: NOW }).warnings.map((w) => w.path);
    expect(emailWarnings).toEqual(expect.arrayContaining(['from', 'to[0].email[0]', 'cc[0]', 'content.replyTo']));

    const [rcs] = samples('001').filter((s) => s.kind === 'v2 rcs request');
    const rcsWarnings = validateRequest('v2', rcs!.body, { now: NOW }).warnings.map((w) => `${w.path}: ${w.message}`);
    expect(rcsWarnings.some((w) => w.startsWith('content.richCard.orientation: "VERTICAL/HORIZONTAL" lists the documented choices'))).toBe(
      true,
    );

    const calendar = samples('001').find((s) => s.kind === 'rcsMessage' && (s.body.content as Json).type === 'text');
    const calendarWarnings = validateRequest('v2', calendar!.body, { now: NOW }).warnings.map((w) => `${w.path}: ${w.message}`);
    expect(calendarWarnings.some((w) => w.startsWith('content.suggestions[4].endTime: the event does not end after it starts'))).toBe(true);
  });

  it("still refuses what the documents forbid, in a sample's shape", () => {
    const [sms] = samples('001').filter((s) => s.kind === 'v2 sms request');
    expect(errorsOf('v2', { ...sms!.body, priority: '7' })).toContain('priority: priority from 1 to 3');
    expect(errorsOf('v2', { ...sms!.body, validity: 60, expireAt: '2026-11-23T00:00:00Z' })).toContain(
      'expireAt: use either expireAt or validity, not both',
    );
  });
});
