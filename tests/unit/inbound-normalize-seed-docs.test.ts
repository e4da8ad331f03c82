import { describe, expect, it } from 'vitest';
import { NormalizedEvent } from '../../src/shared/inbound/event';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { seedSamples, type SeedSample } from './helpers/seed-samples';

// Every sample seeds 000 (IMIconnect inbound notifications) and 004 (LeadConnector message
// events) publish, read from the documents as they are, goes through the normalizer: none may be
// "unknown", and the concrete examples must come out with the sender, recipient, text, channel,
// kind and status the document describes.

type Expected = Pick<NormalizedEvent, 'kind' | 'channel' | 'from' | 'to' | 'text'> & { status: string | null };

const FB_APP = 'a_636035637428953782';
const FB_USER = '1037878796267914';
const fbMedia = (): Expected => ({ kind: 'message', channel: 'facebook', from: FB_USER, to: FB_APP, text: null, status: null });
const twitter = (text: string | null): Expected => ({
  kind: 'message',
  channel: 'twitter',
  from: '3223165326',
  to: 'a_636035705699961900',
  text,
  status: null,
});
const wechat = (text: string | null): Expected => ({
  kind: 'message',
  channel: 'wechat',
  from: 'o8E7mwXyrZEt30v_ANl518n3FEec',
  to: 'a_636052880766626341',
  text,
  status: null,
});

/** Seed 000's examples by tid. */
const IMICONNECT: Record<string, Expected> = {
  '105eddec-dd53-433d-9d6f-37f10ac76a06': {
    kind: 'message',
    channel: 'sms',
    from: '441157070619',
    to: '918886661353',
    text: 'Simple Text',
    status: null,
  },
  '44003228-0498-4559-9342-c9e05c7fdfa6': {
    kind: 'message',
    channel: 'rtm',
    from: '8953',
    to: 'SA28064527',
    text: 'Simple text',
    status: null,
  },
  '38b0b8da-c3ed-44cd-bc9e-2403bea529cd_0': { ...fbMedia(), text: 'Simple Text' },
  '158828d0-9242-472b-bf25-e67026c69636_0': fbMedia(),
  'cd5c3fea-0169-4075-a50c-ddfd731d73eb_0': fbMedia(),
  'f4feefdc-f16c-4de2-887a-9b22bcbc4b9d_0': fbMedia(),
  '3c131e54-1a3e-46d7-9a84-e9985a8e2f33_0': fbMedia(),
  '6488520b-2f43-4d6d-98b2-65f7f9f087d8_0': fbMedia(),
  '66a810e7-7800-4567-9316-f2f580e9e6c4_0': fbMedia(),
  '9aef3e3c-6fa0-431d-9ab4-17dd57cde2c5_0': { ...fbMedia(), text: 'https://www.goal.com' },
  '0db0a903-aa44-4b6b-8851-8e0f068b5608_0': {
    kind: 'optin',
    channel: 'facebook',
    from: '1635633030094183',
    to: 'a_635984672401175940',
    text: 'prod26',
    status: null,
  },
  '20cbc7d1-be4e-416b-8250-d8bd4f303d0f_0': {
    kind: 'postback',
    channel: 'facebook',
    from: FB_USER,
    to: FB_APP,
    text: '1232',
    status: null,
  },
  '274decc5-aebe-4d6f-89c2-a4842f2333d0': twitter('Simple Text'),
  '5b2a7dbe-a995-4b0b-a471-eb8c9b025249': twitter(null),
  '6b6e5bb2-4888-4fdc-b6a7-ee6f413391c8': twitter(null),
  'a7629520-c83c-46bc-8c02-17dd7fbd0835': twitter('GIF check'),
  '49a50726-0328-44cd-9cac-4b54fa33a94b': wechat('Simple text'),
  'c42b4b48-da75-4498-a115-1adb2444a254': wechat(null),
  'd34e611c-10fc-4397-b645-eb6bcd1d7a47': wechat(null),
  'e5c67032-8876-435c-b7f0-60bed360db73': wechat(null),
  '5fe70751-d9e0-4284-9195-08e63f12f84e': wechat(null),
};

/** Seed 004's examples by conversationId. */
const LEADCONNECTOR: Record<string, Expected> = {
  fcanlLgpbQgQhderivVs: {
    kind: 'message',
    channel: 'sms',
    from: 'cI08i1Bls3iTB9bKgFJh',
    to: 'l1C08ntBrFjLS0elLIYU',
    text: 'This is a test message',
    status: 'delivered',
  },
  // Typed OutboundMessage but documented as an inbound call: direction wins, the contact called us.
  SGDqZrzmwTr19d10aHkt9F: {
    kind: 'call',
    channel: 'call',
    from: 'gblakL5aYQC4glDtP1r2t3',
    to: 'xsmF1xxhmC92ZpL1lj7aLa',
    text: null,
    status: 'completed',
  },
  SGDqZrzmwTA5P7LHkt9F: {
    kind: 'call',
    channel: 'call',
    from: 'gb7laj5aYQC4glDtP1r5',
    to: '0dalah57827q67DAuXUxbpy',
    text: null,
    status: 'voicemail',
  },
  yCdNo6pwyTLYKgg6V2gj: {
    kind: 'message',
    channel: 'email',
    from: '[email protected]',
    to: '[email protected]',
    text: 'Testing Email Notification',
    status: null,
  },
};

/** The channel the document's `channel` / `messageType` names, as Relaydesk calls it. */
const DOC_CHANNELS: Record<string, NormalizedEvent['channel']> = {
  sms: 'sms',
  rtm: 'rtm',
  facebook: 'facebook',
  twitter: 'twitter',
  wechat: 'wechat',
  call: 'call',
  email: 'email',
};

/** A JSON Schema block ({"type": "object", "properties": ...}) documents a shape; it is not a payload. */
function isSchemaBlock(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).type === 'object' && 'properties' in value;
}

function isTemplate(sample: SeedSample): boolean {
  return sample.text.includes('$(');
}

function check(file: string, keyField: string, expectations: Record<string, Expected>): void {
  const samples = seedSamples(file).filter((s) => !isSchemaBlock(s.value));
  const used = new Set<string>();
  expect(samples.length).toBeGreaterThan(3);
  for (const sample of samples) {
    const where = `seed ${sample.where}`;
    expect(sample.value, `${where} is not readable JSON`).toBeDefined();
    const event = NormalizedEvent.parse(normalizePayload(sample.value));
    const body = sample.value as Record<string, unknown>;
    expect(event.kind, `${where}: ${event.details.unrecognized ?? ''}`).not.toBe('unknown');
    const docChannel = String(body.channel ?? body.messageType).toLowerCase();
    expect(event.channel, where).toBe(DOC_CHANNELS[docChannel]);
    if (isTemplate(sample)) continue;
    const key = String(body[keyField]);
    const expected = expectations[key];
    expect(expected, `${where}: no expectation for ${keyField} ${key}`).toBeDefined();
    used.add(key);
    expect(
      {
        kind: event.kind,
        channel: event.channel,
        from: event.from,
        to: event.to,
        text: event.text,
        status: event.status?.deliveryStatus ?? null,
      },
      where,
    ).toEqual(expected);
  }
  expect([...used].sort()).toEqual(Object.keys(expectations).sort());
}

describe('every sample the seed documents publish, unmodified, through the normalizer', () => {
  it('seed 000 (IMIconnect MO notifications): templates and examples', () => {
    check('000_6f40d65046e9a0f8.txt', 'tid', IMICONNECT);
  });

  it('seed 004 (LeadConnector InboundMessage / OutboundMessage)', () => {
    check('004_0f375481c23baaa2.txt', 'conversationId', LEADCONNECTOR);
  });
});
