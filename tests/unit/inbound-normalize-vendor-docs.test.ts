import { describe, expect, it } from 'vitest';
import { NormalizedEvent } from '../../src/shared/inbound/event';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { parseLooseJson } from '../../src/shared/rcs/loose-json';
import { LEADCONNECTOR_SAMPLES, MO_SAMPLES, RECEIPT_SAMPLES, type VendorSample } from './fixtures/inbound-vendor-docs';

// The payload families the vendors' current developer docs publish beyond the seeds (sources in
// the fixture file): each is recognised, and its sender, recipient, text, kind, channel, status,
// attachments and codes come out as the document describes them.

function normalized(sample: VendorSample | undefined): NormalizedEvent {
  if (sample === undefined) throw new Error('no such sample');
  const parsed = parseLooseJson(sample.text);
  if (!parsed.ok) throw new Error(`${sample.name}: ${parsed.message}`);
  return NormalizedEvent.parse(normalizePayload(parsed.value));
}

const byName = (list: VendorSample[], name: string) => normalized(list.find((s) => s.name === name));

describe('vendor-documented payloads beyond the seeds', () => {
  it('none of them lands as kind "unknown"', () => {
    for (const sample of [...RECEIPT_SAMPLES, ...MO_SAMPLES, ...LEADCONNECTOR_SAMPLES]) {
      const event = normalized(sample);
      expect(event.kind, `${sample.name} (${sample.doc}): ${event.details.unrecognized ?? ''}`).not.toBe('unknown');
      expect(event.externalId, sample.name).not.toBeNull();
    }
  });

  it('receipts for SMS, WhatsApp, email, push, live chat and Messenger: channel, status and the code in words', () => {
    const channels = RECEIPT_SAMPLES.map((s) => normalized(s).channel);
    expect(channels).toEqual(['sms', 'whatsapp', 'whatsapp', 'email', 'push', 'rtm', 'facebook']);
    const wa = byName(RECEIPT_SAMPLES, 'WhatsApp failed 7737');
    expect(wa).toMatchObject({
      kind: 'receipt',
      direction: 'outbound',
      to: 'XXXXXXXXXXX',
      status: { deliveryStatus: 'Failed', code: '7737', description: 'Inavlid whatsapp destination' },
    });
    expect(wa.details).toMatchObject({
      additionalInfo: 'Invalid waid',
      destinationType: 'waid',
      codeMeaning: expect.stringMatching(/no WhatsApp account/),
    });
    const rt = byName(RECEIPT_SAMPLES, 'live chat / in-app (rt) failed 7105');
    expect(rt.details.codeMeaning).toMatch(/no app user or device is registered/);
    const push = byName(RECEIPT_SAMPLES, 'push (Android) delivered 7500');
    expect(push.details).toMatchObject({ deviceid: '995D32AF2BEA4ED59438E589AE1327F1', destinationType: 'android_pushid' });
    // Receipt times carry no zone: read as UTC, whatever the machine's zone.
    expect(push.eventTime).toBe(Date.parse('2016-08-16T11:19:05.457Z'));
    const fb = byName(RECEIPT_SAMPLES, 'Facebook Messenger failed 7010');
    expect(fb.details.additionalInfo).toMatch(/^Error validating access token/);
    expect(byName(RECEIPT_SAMPLES, 'email read 7502').details.subtid).toBe('e1187b83-9566-48e2-85c4-29474c7c39c0');
  });

  it('a receipt without a Description gets the code in words; an undocumented code says so', () => {
    const receipt = (code: string) =>
      NormalizedEvent.parse(
        normalizePayload({
          deliveryInfoNotification: {
            transid: `t-${code}`,
            deliveryInfo: { destination: '1', deliveryStatus: 'Failed', deliveryChannel: 'push', code },
          },
        }),
      );
    // Push's own table first; a code only other channels list is worded with where it is listed.
    expect(receipt('7503').status?.description).toMatch(/^Expired before a delivery attempt/);
    expect(receipt('7208').status?.description).toBe('Message expired before it could be delivered (listed for SMS, voice; not for push).');
    expect(receipt('7520').status?.description).toMatch(/^Bounce: the email bounced/);
    expect(receipt('7999').status).toMatchObject({ code: '7999', description: expect.stringMatching(/^Code 7999: a channel status code/) });
  });

  it('WhatsApp MO: text, image, document, location and contact', () => {
    const text = byName(MO_SAMPLES, 'WhatsApp MO text');
    expect(text).toMatchObject({
      kind: 'message',
      channel: 'whatsapp',
      from: '919876543210',
      fromName: 'Asha',
      to: 'a_155054536910425280',
      text: 'Where is my order?',
      attachments: [],
    });
    const image = byName(MO_SAMPLES, 'WhatsApp MO image');
    expect(image.attachments).toEqual([
      {
        type: 'image',
        url: 'https://stgrtmedia.s3.amazonaws.com/dummy.jpg',
        mimeType: 'image/jpeg',
        name: 'dummy.jpg',
        label: 'Attachment text',
      },
    ]);
    expect(image.text).toBe('Attachment text');
    expect(byName(MO_SAMPLES, 'WhatsApp MO document').attachments[0]).toMatchObject({ type: 'file', mimeType: 'application/pdf' });
    expect(byName(MO_SAMPLES, 'WhatsApp MO location').attachments).toEqual([
      { type: 'location', url: null, lat: 17.434871, lng: 78.398511, label: 'Office, Rd No 44' },
    ]);
    expect(byName(MO_SAMPLES, 'WhatsApp MO contact').attachments).toEqual([
      { type: 'contact', url: null, label: 'Ravi Kumar · +91 98480 22338' },
    ]);
  });

  // WhatsApp events: quick reply, list, reply button and postback are taps; user_preference stop unsubscribes.
  it.each([
    { name: 'WhatsApp template quick reply (buttonText)', expected: { kind: 'postback', text: 'Confirm' } },
    { name: 'WhatsApp list reply event', expected: { kind: 'postback', text: 'Tomorrow 10:00', details: { postbackData: 'slot-2' } } },
    { name: 'WhatsApp reply button event', expected: { kind: 'postback', text: 'Yes', details: { postbackData: 'yes-1' } } },
    { name: 'WhatsApp postback event', expected: { kind: 'postback', text: 'Order status', details: { postbackData: 'ORDER_STATUS' } } },
    {
      name: 'WhatsApp user_preference (marketing stopped)',
      expected: { kind: 'unsubscribe', channel: 'whatsapp', from: '919876543210' },
    },
  ])('WhatsApp event: $name', ({ name, expected }) => {
    expect(byName(MO_SAMPLES, name)).toMatchObject(expected);
  });

  it('email MO and list Subscribe / Unsubscribe', () => {
    const mail = byName(MO_SAMPLES, 'email MO');
    expect(mail).toMatchObject({
      kind: 'message',
      channel: 'email',
      from: 'asha@example.com',
      fromName: 'Asha Rao',
      to: 'support@shop.example',
      subject: 'Refund',
      text: 'Please refund order 42',
    });
    expect(mail.details.cc).toBe('billing@shop.example');
    expect(mail.attachments[0]).toMatchObject({ type: 'image', name: 'receipt.png' });
    expect(byName(MO_SAMPLES, 'email Unsubscribe')).toMatchObject({
      kind: 'unsubscribe',
      channel: 'email',
      from: 'asha@example.com',
      to: 'news@shop.example',
    });
    expect(byName(MO_SAMPLES, 'email Subscribe')).toMatchObject({ kind: 'subscribe', from: 'asha@example.com' });
  });

  it('channel "Facebook Messenger" is Facebook', () => {
    expect(byName(MO_SAMPLES, 'Facebook Messenger MO')).toMatchObject({
      kind: 'message',
      channel: 'facebook',
      from: '1037878796267914',
      text: 'Hello',
    });
  });

  it('live chat / in-app: thread from its JSON string, file attachment, profile, form answers, pciInfo, typing', () => {
    const chat = byName(MO_SAMPLES, 'live chat MO with thread as JSON in a string');
    expect(chat).toMatchObject({ kind: 'message', channel: 'rtm', from: '8686', to: 'Exxxx33633' });
    expect(chat.details).toMatchObject({
      threadTitle: 'MyStore 483',
      threadType: 'Conversation',
      threadStatus: 'Active',
      threadId: 'fd321782-xxxx-4107-xxxx-ebfc473f9e0a',
    });
    expect(byName(MO_SAMPLES, 'in-app MO with a file attachment').attachments).toEqual([
      {
        type: 'file',
        url: 'https://stagingrtmedia.s3.amazonaws.com/ne05064134/97407654974538.doc',
        name: '97407654974538.doc',
        mediaId: '97407654974538',
      },
    ]);
    expect(byName(MO_SAMPLES, 'live chat OnProfileCreate')).toMatchObject({ kind: 'profile', from: '8686', fromName: 'Asha' });
    const form = byName(MO_SAMPLES, 'live chat OnFormResponse with pciInfo as JSON in a string');
    expect(form).toMatchObject({ kind: 'message', text: 'Order number: 42\nReason: Late' });
    expect(form.details).toMatchObject({ 'pciInfo.masked': 'true', threadTitle: 'MyStore 483' });
    expect(byName(MO_SAMPLES, 'live chat TypingIndicator')).toMatchObject({ kind: 'activity', channel: 'rtm', from: '8686', text: null });
  });

  it('a v2 status webhook that names its sender is still a receipt, not an MO', () => {
    expect(
      normalizePayload({ messageId: 'm-9', status: 'delivered', channel: 'sms', destination: '14155550100', from: 'ACME' }),
    ).toMatchObject({ kind: 'receipt', channel: 'sms' });
    expect(normalizePayload({ messageId: 'm-8', status: 'read', channel: 'whatsapp', to: '919876543210', appId: 'a_1' })).toMatchObject({
      kind: 'receipt',
      channel: 'whatsapp',
    });
  });

  it('MMS is an SMS with media; Apple Messages for Business MOs are messages on the Apple channel', () => {
    const mms = NormalizedEvent.parse(
      normalizePayload({
        channel: 'MMS',
        oa: '441157070619',
        da: '918886661353',
        tid: 'mms-1',
        message: 'look',
        attachments: '["https://media.example.com/cat.png"]',
      }),
    );
    expect(mms).toMatchObject({ kind: 'message', channel: 'sms', from: '441157070619', attachments: [{ type: 'image', name: 'cat.png' }] });
    expect(
      normalizePayload({
        channel: 'Apple Messages for Business',
        userId: 'urn:biz:1',
        appId: 'A1',
        tid: 'abc-1',
        event: 'MO',
        message: 'hi',
      }),
    ).toMatchObject({ kind: 'message', channel: 'apple', from: 'urn:biz:1', text: 'hi' });
  });

  it('field names in other cases read like the documented ones', () => {
    expect(byName(MO_SAMPLES, 'SMS MO with field names in other cases')).toMatchObject({
      kind: 'message',
      channel: 'sms',
      from: '441157070619',
      to: '918886661353',
      text: 'Simple Text',
      externalId: 'case-1',
      eventTime: Date.parse('2015-04-12T13:00:19Z'),
    });
  });

  it('LeadConnector: v3 numbers and fields, attachments typed by extension, provider outbound, internal comment', () => {
    const v3 = byName(LEADCONNECTOR_SAMPLES, 'InboundMessage v3 fields');
    expect(v3).toMatchObject({ kind: 'message', channel: 'sms', from: '+15551234567', to: '+15559876543', text: 'This is a test message' });
    expect(v3.details).toMatchObject({
      contactId: 'cI08i1Bls3iTB9bKgFJh',
      conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
      chatWidgetId: '67b0cc8cf14b19d85ace7s35',
      messageTypeString: 'TYPE_SMS',
    });
    expect(byName(LEADCONNECTOR_SAMPLES, 'InboundMessage SMS with a photo and a PDF').attachments.map((a) => a.type)).toEqual([
      'image',
      'file',
    ]);
    const v3Call = NormalizedEvent.parse(
      normalizePayload({
        type: 'InboundMessage',
        locationId: 'L1',
        contactId: 'C1',
        messageTypeString: 'TYPE_CALL',
        callStatus: 'voicemail',
        callDuration: 31,
        attachments: ['https://x.example/vm.mp3'],
        messageId: 'c-1',
      }),
    );
    expect(v3Call).toMatchObject({
      kind: 'call',
      channel: 'call',
      status: { deliveryStatus: 'voicemail' },
      attachments: [{ type: 'voicemail' }],
      details: { callDuration: '31' },
    });
    const sms = byName(LEADCONNECTOR_SAMPLES, 'ProviderOutboundMessage SMS');
    expect(sms).toMatchObject({
      source: 'leadconnector',
      kind: 'message',
      channel: 'sms',
      direction: 'outbound',
      to: '+15864603685',
      text: 'The text message to be sent to the contact',
      externalId: 'provider|GKJxs4P5L8dWc5CFUITM',
    });
    expect(sms.attachments[0]).toMatchObject({ type: 'image', name: 'googlelogo_color_272x92dp.png' });
    expect(byName(LEADCONNECTOR_SAMPLES, 'ProviderOutboundMessage Email')).toMatchObject({
      channel: 'email',
      from: 'from@email.com',
      fromName: 'From Name',
      to: 'abc@gmail.com',
      subject: 'Test Subject',
      text: 'This is a test email',
    });
    expect(byName(LEADCONNECTOR_SAMPLES, 'InternalComment')).toMatchObject({
      kind: 'note',
      direction: 'outbound',
      from: 'xsmF1xxhmC92ZpL1lj7aLa',
      to: 'cI08i1Bls3iTB9bKgFJh',
      text: 'Customer asked for a call back tomorrow',
    });
  });
});
