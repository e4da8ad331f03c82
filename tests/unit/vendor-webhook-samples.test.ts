import { describe, expect, it } from 'vitest';
import { receiptStateOf } from '../../src/shared/inbound/receipt-state';
import { appleSamples } from './vendor-webhook-samples/apple';
import { emailInboundSamples } from './vendor-webhook-samples/email-inbound';
import { emailOutboundSamples } from './vendor-webhook-samples/email-outbound';
import { liveChatMessageSamples } from './vendor-webhook-samples/live-chat-messages';
import { liveChatReceiptSamples } from './vendor-webhook-samples/live-chat-receipts';
import { messengerSamples } from './vendor-webhook-samples/messenger';
import { pushSamples } from './vendor-webhook-samples/push';
import { rcsSamples } from './vendor-webhook-samples/rcs';
import { normalized, type Sample } from './vendor-webhook-samples/sample';
import { smsSamples } from './vendor-webhook-samples/sms';

// The samples Webex Connect's "Outbound Webhooks" pages publish (version 6.20), each rebuilt with
// the same shape (field names, case, nesting, types, JSON inside strings) and values of our own,
// through the normalizer the webhook listener calls. Each row says what the feed shows: kind,
// channel, addresses, text, delivery state and the details a user needs to act on the event.
// Families already covered by inbound-normalize-vendor-docs.test.ts and the seed tests are not
// repeated here.

// The cases live in ./vendor-webhook-samples/, one file per family; this order is the order they run in.
const SAMPLES: Sample[] = [
  ...emailInboundSamples,
  ...emailOutboundSamples,
  ...liveChatReceiptSamples,
  ...liveChatMessageSamples,
  ...pushSamples,
  ...smsSamples,
  ...rcsSamples,
  ...appleSamples,
  ...messengerSamples,
];

describe('Webex Connect Outbound Webhooks samples (v6.20 pages), rebuilt with our own values', () => {
  it('an email `to` that lists several mailboxes in one plain string keeps every address', () => {
    const event = normalized({
      channel: 'Email',
      event: 'Inbound Message',
      tid: 'mail-to-list',
      from: 'ravi.k@mail.example',
      to: 'Billing <billing@shop.example>, Desk <desk@shop.example>',
      textMessage: 'hi',
    });
    expect(event.to).toContain('billing@shop.example');
    expect(event.to).toContain('desk@shop.example');
  });

  it.each(SAMPLES)('$name', ({ name, doc, body, expected, state, details, absent }) => {
    const event = normalized(body);
    expect(event.kind, `${name} (${doc}): ${event.details.unrecognized ?? ''}`).not.toBe('unknown');
    expect(event).toMatchObject(expected);
    if (state !== undefined) expect(receiptStateOf(event)).toBe(state);
    if (details !== undefined) expect(event.details).toMatchObject(details);
    for (const key of absent ?? []) expect(event.details, key).not.toHaveProperty(key);
  });

  it('every documented receipt and MO has a dedupe key, so a vendor retry is stored once', () => {
    for (const { name, body } of SAMPLES) expect(normalized(body).externalId, name).not.toBeNull();
  });

  it("credentials in a payload (a copy's serviceKey, Apple's authenticateToken) never reach what the feed shows or searches", () => {
    const carriers = SAMPLES.filter((s) => 'serviceKey' in s.body || 'authenticateToken' in s.body);
    expect(carriers.length).toBeGreaterThanOrEqual(4);
    for (const { name, body } of carriers) {
      const secret = String(body.serviceKey ?? body.authenticateToken);
      expect(JSON.stringify(normalized(body)), name).not.toContain(secret);
    }
  });
});
