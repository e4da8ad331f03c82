import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NormalizedEvent } from '../../src/shared/inbound/event';
import { normalizePayload } from '../../src/shared/inbound/normalize';

const seeds = JSON.parse(readFileSync(new URL('./fixtures/inbound-seed-payloads.json', import.meta.url), 'utf8')) as {
  imiconnectMo: Record<string, unknown>[];
  receipts: Record<string, unknown>[];
  rcs: Record<string, unknown>[];
  leadconnector: Record<string, unknown>[];
};

const all = [...seeds.imiconnectMo, ...seeds.receipts, ...seeds.rcs, ...seeds.leadconnector];

function normalized(body: unknown) {
  return NormalizedEvent.parse(normalizePayload(body));
}

describe('inbound normalizers: every seed example', () => {
  it('recognises every seed payload (none falls back to unknown) and keeps a dedupe key', () => {
    expect(all.length).toBeGreaterThan(30);
    for (const body of all) {
      const event = normalized(body);
      expect(event.kind, JSON.stringify(body).slice(0, 120)).not.toBe('unknown');
      expect(event.externalId, JSON.stringify(body).slice(0, 120)).not.toBeNull();
    }
  });

  it('SMS: sender, our number, text, tid and time', () => {
    const e = normalized(seeds.imiconnectMo[0]);
    expect(e).toMatchObject({
      source: 'imiconnect',
      kind: 'message',
      channel: 'sms',
      direction: 'inbound',
      from: '441157070619',
      to: '918886661353',
      text: 'Simple Text',
      externalId: '105eddec-dd53-433d-9d6f-37f10ac76a06',
    });
    expect(e.eventTime).toBe(Date.parse('2015-04-12T13:00:19.456Z'));
    expect(e.details.x_networkid).toBe('10');
  });

  it('RTM: customer id as sender, app id as recipient, empty attachments string means none', () => {
    const e = normalized(seeds.imiconnectMo[1]);
    expect(e).toMatchObject({ channel: 'rtm', from: '8953', to: 'SA28064527', text: 'Simple text', attachments: [] });
    expect(e.details.replyTo).toBe('28thJuly');
  });

  it('Facebook attachments from the JSON string: image, video, audio, sticker, location, file, link', () => {
    const fb = seeds.imiconnectMo.filter((b) => b.channel === 'Facebook' && b.event === 'MO' && !('accountstatus' in b));
    const byType = fb.slice(1).map((b) => normalized(b).attachments[0]!);
    expect(byType.map((a) => a.type)).toEqual(['image', 'video', 'audio', 'sticker', 'location', 'file', 'link']);
    expect(byType[0]!.url).toMatch(/^https:\/\/scontent\.xx\.fbcdn\.net\/v\/t35\.0-12\/13682620/);
    expect(byType[3]!.mediaId).toBe('298592933654239');
    expect(byType[4]).toMatchObject({ lat: 17.434871564442, lng: 78.398511094914, label: "Joe's Location" });
    expect(byType[5]!.name).toBe('sample.doc');
    expect(byType[6]).toMatchObject({ url: 'https://www.goal.com/', label: 'Goal.com' });
    const first = normalized(fb[0]);
    expect(first).toMatchObject({ from: '1037878796267914', to: 'a_636035637428953782', text: 'Simple Text' });
    expect(first.details).toMatchObject({ locale: 'en_US', gender: 'male', timezone: '5.5' });
  });

  it('Facebook OnOptin, OnPostback and profile events', () => {
    const optin = normalized(seeds.imiconnectMo.find((b) => b.event === 'OnOptin'));
    expect(optin).toMatchObject({ kind: 'optin', fromName: 'Jack Suraj', text: 'prod26', from: '1635633030094183' });
    const postback = normalized(seeds.imiconnectMo.find((b) => b.event === 'OnPostback'));
    expect(postback).toMatchObject({ kind: 'postback', fromName: 'Joe James', text: '1232' });
    expect(postback.details.postback).toBe('{"payload":"1232"}');
    const profile = normalized(seeds.imiconnectMo.find((b) => 'accountstatus' in b));
    expect(profile).toMatchObject({ kind: 'profile', channel: 'facebook' });
    expect(profile.details.accountstatus).toBe('active');
  });

  it('Twitter: handle as name, media ids kept exactly (beyond 2^53), image/video/gif', () => {
    const tw = seeds.imiconnectMo.filter((b) => b.channel === 'Twitter').map(normalized);
    expect(tw[0]).toMatchObject({ channel: 'twitter', from: '3223165326', fromName: 'wsophyd3', text: 'Simple Text' });
    expect(tw[1]!.attachments[0]).toMatchObject({
      type: 'image',
      url: 'https://twitter.com/messages/media/758666866600521737',
      mediaId: '758666866629804032',
    });
    expect(tw[2]!.attachments[0]).toMatchObject({ type: 'video', mediaId: '758674629770653696' });
    expect(tw[2]!.attachments[0]!.previewUrl).toMatch(/dm_video_preview/);
    expect(tw[3]!.attachments[0]).toMatchObject({ type: 'gif', mimeType: 'image/gif' });
    expect(tw[3]!.text).toBe('GIF check');
  });

  it('WeChat: voice (media id, amr), image (PicUrl), video, location (X/Y as lat/lng)', () => {
    const wc = seeds.imiconnectMo.filter((b) => b.channel === 'WeChat').map(normalized);
    expect(wc[0]).toMatchObject({ channel: 'wechat', from: 'o8E7mwXyrZEt30v_ANl518n3FEec', text: 'Simple text' });
    expect(wc[1]!.attachments[0]).toMatchObject({ type: 'voice', url: null, mimeType: 'audio/amr' });
    expect(wc[1]!.attachments[0]!.mediaId).toMatch(/^eatc3x/);
    expect(wc[2]!.attachments[0]).toMatchObject({ type: 'image', url: expect.stringMatching(/^http:\/\/mmbiz\.qpic\.cn\//) });
    expect(wc[3]!.attachments[0]).toMatchObject({ type: 'video', url: null });
    expect(wc[4]!.attachments[0]).toMatchObject({ type: 'location', lat: 17.434931, lng: 78.398493, label: 'P No 709, Rd No 44' });
  });

  it('delivery receipts: status, code, description and every correlation id', () => {
    const ok = normalized(seeds.receipts[0]);
    expect(ok).toMatchObject({
      kind: 'receipt',
      channel: 'sms',
      direction: 'outbound',
      to: '2105',
      status: { deliveryStatus: 'Delivered', code: null, description: null },
      correlation: {
        transid: '2137c260-dae8-4ffa-9ca8-3f5d8a4cab8e',
        correlationId: '32607da6-8b72-4b71-990d-15d05765c7e6',
        callbackData: 'some-use-ful-data',
        messageId: null,
      },
    });
    const failed = normalized(seeds.receipts[1]);
    expect(failed.status).toEqual({ deliveryStatus: 'Failed', code: '7004', description: 'Invalid parameters' });
    // Two statuses for one message are two events, not a duplicate.
    expect(ok.externalId).not.toBe(
      normalized({
        deliveryInfoNotification: {
          ...(seeds.receipts[0]!.deliveryInfoNotification as object),
          deliveryInfo: { destination: '2105', deliveryStatus: 'Read', deliveryChannel: 'SMS' },
        },
      }).externalId,
    );
  });

  it('a v2 receipt in the deliveryInfoNotification shape keeps its messageId, so History can match it', () => {
    const v2 = normalized({
      deliveryInfoNotification: {
        transid: 'm-1',
        messageId: 'm-1',
        correlationid: 'c-1',
        deliveryInfo: { destination: '14155550100', deliveryStatus: 'Delivered', deliveryChannel: 'rcs', code: '7500' },
      },
    });
    expect(v2.correlation).toMatchObject({ messageId: 'm-1', transid: 'm-1', correlationId: 'c-1' });
  });

  it('RCS: MO text, attachment, location, postback, subscribe, unsubscribe', () => {
    const rcs = seeds.rcs.map(normalized);
    expect(rcs.map((e) => e.kind)).toEqual(['message', 'message', 'message', 'postback', 'subscribe', 'unsubscribe']);
    expect(rcs[0]).toMatchObject({
      channel: 'rcs',
      from: '919876543210',
      to: 'rcs_agent_01',
      text: 'Yes please',
      externalId: 'rcs-msg-0001',
      correlation: { transid: 'rcs-tid-0001', messageId: 'rcs-msg-0001' },
    });
    expect(rcs[1]!.attachments[0]).toMatchObject({
      type: 'image',
      url: 'https://media.example.com/photo.jpg',
      mimeType: 'image/jpeg',
      name: 'photo.jpg',
    });
    expect(rcs[2]!.attachments[0]).toMatchObject({ type: 'location', lat: 17.434871, lng: 78.398511 });
    expect(rcs[3]).toMatchObject({ text: 'Yes', details: { postbackData: 'usr_msg_yes' } });
  });

  // LeadConnector: SMS, answered call with recording, voicemail, email with subject/thread/to.
  it.each([
    {
      name: 'SMS',
      seed: 0,
      expected: {
        source: 'leadconnector',
        kind: 'message',
        channel: 'sms',
        direction: 'inbound',
        from: 'cI08i1Bls3iTB9bKgFJh',
        text: 'This is a test message',
        status: { deliveryStatus: 'delivered' },
      },
    },
    {
      name: 'answered call with recording',
      seed: 1,
      expected: {
        kind: 'call',
        channel: 'call',
        direction: 'inbound',
        externalId: 'tyW42xCD0HQpb3hhfLcx',
        attachments: [{ type: 'recording', url: 'call recording url' }],
        status: { deliveryStatus: 'completed' },
      },
    },
    {
      name: 'voicemail',
      seed: 2,
      expected: { kind: 'call', attachments: [{ type: 'voicemail', url: 'voicemail url' }], status: { deliveryStatus: 'voicemail' } },
    },
    {
      name: 'email with subject, thread and to',
      seed: 3,
      expected: {
        channel: 'email',
        subject: 'Order Confirmed',
        text: 'Testing Email Notification',
        fromName: 'Internal Notify',
        externalId: 'sddfDSF3G56GHG',
        details: { threadId: 'sddfDSF3G56GHG' },
        to: '[email protected]',
      },
    },
  ])('LeadConnector $name', ({ seed, expected }) => {
    expect(normalized(seeds.leadconnector[seed])).toMatchObject(expected);
  });

  it('LeadConnector OutboundMessage without a direction field is outbound (to the contact)', () => {
    const e = normalized({
      type: 'OutboundMessage',
      locationId: 'L1',
      contactId: 'C1',
      messageType: 'SMS',
      body: 'hi',
      messageId: 'm1',
      userId: 'U1',
    });
    expect(e).toMatchObject({ direction: 'outbound', from: 'U1', to: 'C1' });
  });
});

describe('inbound normalizers: what they do with the unexpected', () => {
  it('valid JSON of an unknown shape is kind unknown, with the reason', () => {
    expect(normalized({ hello: 'world' })).toMatchObject({
      kind: 'unknown',
      source: 'unknown',
      details: { unrecognized: 'no known payload shape' },
    });
    expect(normalized([1, 2])).toMatchObject({ kind: 'unknown', details: { unrecognized: 'a JSON array, not an object' } });
  });

  it('a known shape with a wrong field type is unknown and names the field', () => {
    const e = normalized({ deliveryInfoNotification: { transid: 't', deliveryInfo: 'nope' } });
    expect(e.kind).toBe('unknown');
    expect(e.details.unrecognized).toMatch(/^looks like imiconnect but deliveryInfoNotification\.deliveryInfo: /);
  });

  it('a fixed source only detects that vendor', () => {
    expect(normalizePayload(seeds.leadconnector[0], 'imiconnect').kind).toBe('unknown');
    expect(normalizePayload(seeds.leadconnector[0], 'leadconnector').kind).toBe('message');
  });

  it('attachments that are not JSON keep the event and say so', () => {
    const e = normalized({ ...seeds.imiconnectMo[2], attachments: '[{broken' });
    expect(e.kind).toBe('message');
    expect(e.attachments).toEqual([]);
    expect(e.details.problem).toMatch(/attachments: not valid JSON/);
  });
});
