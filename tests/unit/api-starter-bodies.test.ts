import { describe, expect, it } from 'vitest';
import { v1ChannelOf, v1PrimaryDestinationKind, V1_CHANNELS } from '../../src/shared/api/v1-channels';
import { validateRequest } from '../../src/shared/api/validate';
import { V2_CHANNELS } from '../../src/shared/compose/model';
import type { Profile } from '../../src/shared/profiles/profile';
import { withDefaults } from '../../src/renderer/src/features/compose/body-defaults';
import { starterBody } from '../../src/renderer/src/features/compose/starter-bodies';

// A new draft of any channel, once it has a recipient and the profile's sender, is a request the
// API takes: the starter is written in the channel's documented shape, not SMS's for every channel.

const profile = { senders: { sms: 'BRAND', email: 'news@example.com', rcs: 'a_156887855308557980' } } as unknown as Profile;
const ADDRESS: Record<string, string> = {
  msisdn: '447700900001',
  psid: '2412345678901234',
  twitterid: '783214',
  wechat_user_id: 'oXyz123',
  customerid: 'cust-1',
};

describe('starter bodies', () => {
  it.each(V1_CHANNELS.map((c) => [c]))('v1 %s: the starter with one recipient validates with no errors', (channel) => {
    const body = withDefaults(starterBody('v1', channel), 'v1', channel, profile, 'http://127.0.0.1:4000');
    const kind = v1PrimaryDestinationKind(v1ChannelOf(channel)!);
    expect(body.destination).toEqual([{ [kind]: [] }]);
    body.destination = [{ [kind]: [ADDRESS[kind]] }];
    const result = validateRequest('v1', body);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each(V2_CHANNELS.map((c) => [c]))('v2 %s: the starter with one recipient validates with no errors', (channel) => {
    const body = withDefaults(starterBody('v2', channel), 'v2', channel, profile, 'http://127.0.0.1:4000');
    body.to = [
      channel === 'email'
        ? { email: ['ann@example.com'], substitutions: { name: 'Ann' } }
        : { msisdn: ['447700900001'], substitutions: { name: 'Ann' } },
    ];
    const result = validateRequest('v2', body);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('puts the text where each channel reads it', () => {
    expect(starterBody('v1', 'wa').channels).toEqual({ 'OTT-Messaging': { wa: { text: 'Hello, this is a test message.' } } });
    expect(starterBody('v1', 'rt').channels).toEqual({ appmessaging: { text: 'Hello, this is a test message.' } });
    expect(starterBody('v1', 'voice').channels).toEqual({ voice: { callflowid: 'your-call-flow-id' } });
  });
});
