import { describe, expect, it } from 'vitest';
import { secretEnvName } from '../../src/shared/profiles/env-name';
import { JwtSecret, ProfileInput, ServiceKeySecret } from '../../src/shared/profiles/profile-input';
import { describeRegionHost, REGION_PRESETS } from '../../src/shared/profiles/regions';
import { describeZodError } from '../../src/shared/errors';

describe('profile input rules', () => {
  it('has a preset for every public Webex Connect region and the legacy IMIconnect hosts', () => {
    for (const r of ['us', 'us1', 'eu', 'uk', 'ca', 'in', 'au']) expect(describeRegionHost(r, null)).toBe(`api.${r}.webexconnect.io`);
    expect(REGION_PRESETS.find((r) => r.id === 'imiconnect')?.baseUrl).toBe('https://api.imiconnect.io');
  });

  it('accepts base64 JWT secrets (padded, unpadded, url-safe) and refuses anything else', () => {
    for (const ok of ['c2VjcmV0', 'c2VjcmV0MQ==', 'c2VjcmV0MTI=', 'c2VjcmV0MQ', 'a-_b', ' c2VjcmV0\n'])
      expect(JwtSecret.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['', 'not base64!', 'abc=d', 'a', 'ab+_', 'abcde', 'c2Vj cmV0']) {
      const result = JwtSecret.safeParse(bad);
      expect(result.success, bad).toBe(false);
    }
    expect(describeZodError(JwtSecret.safeParse('x y').error!)).toMatch(/not valid base64/);
  });

  it('trims a pasted service key but refuses one with spaces inside', () => {
    expect(ServiceKeySecret.parse('  abc-123\n')).toBe('abc-123');
    expect(ServiceKeySecret.safeParse('abc 123').success).toBe(false);
  });

  it('needs a base URL only for custom, and drops it otherwise', () => {
    const base = { name: 'x', serviceId: 's', authMode: 'key' };
    expect(ProfileInput.parse({ ...base, region: 'eu', baseUrl: 'https://ignored' }).baseUrl).toBeNull();
    expect(ProfileInput.parse({ ...base, region: 'custom', baseUrl: ' https://h.example/x/ ' }).baseUrl).toBe('https://h.example/x');
    expect(ProfileInput.parse({ ...base, region: 'eu' }).tps).toBe(10);
    const error = ProfileInput.safeParse({ ...base, region: 'custom', baseUrl: 'https://h.example?key=1' }).error!;
    expect(describeZodError(error)).toBe('baseUrl: must not contain ?query or #fragment');
  });

  it('names the environment variable after the profile', () => {
    expect(secretEnvName('EU live', 'key')).toBe('RELAYDESK_SECRET_EU_LIVE_KEY');
    expect(secretEnvName('  test/eu--2 ', 'jwt')).toBe('RELAYDESK_SECRET_TEST_EU_2_JWT');
  });
});
