import { describe, expect, it } from 'vitest';
import { postJson, startInbound } from './fixtures/inbound-harness';

// LeadConnector events without a messageId are deduped on their conversation and timestamp, which
// two different messages can share: their content must count too, or the second one is lost.

const withoutMessageId = (body: string, extra: Record<string, unknown> = {}) => ({
  type: 'InboundMessage',
  locationId: 'loc-1',
  contactId: 'contact-1',
  conversationId: 'conv-1',
  dateAdded: '2026-12-01T10:00:00.000Z',
  direction: 'inbound',
  messageType: 'SMS',
  body,
  ...extra,
});

describe('LeadConnector events without a messageId', () => {
  it('two different messages with the same timestamp are both stored; a retry of one is stored once', async () => {
    const h = await startInbound();
    const first = await postJson(`${h.url}/webhooks/leadconnector`, withoutMessageId('Yes, 3pm works'));
    const second = await postJson(`${h.url}/webhooks/leadconnector`, withoutMessageId('Actually make it 4pm'));
    const retry = await postJson(`${h.url}/webhooks/leadconnector`, withoutMessageId('Yes, 3pm works'));
    expect(first.json()).toMatchObject({ ok: true, duplicate: false });
    expect(second.json()).toMatchObject({ ok: true, duplicate: false });
    expect(retry.json()).toMatchObject({ ok: true, duplicate: true, id: first.json().id });
    // A call's recording with no body differs by its attachment.
    const callA = await postJson(
      `${h.url}/webhooks/leadconnector`,
      withoutMessageId('', { messageType: 'CALL', attachments: ['https://example.com/a.mp3'] }),
    );
    const callB = await postJson(
      `${h.url}/webhooks/leadconnector`,
      withoutMessageId('', { messageType: 'CALL', attachments: ['https://example.com/b.mp3'] }),
    );
    expect(callB.json().id).not.toBe(callA.json().id);
    const page = await h.handlers['inbound:query']({ filters: { source: ['leadconnector'] }, limit: 10 });
    expect(page.total).toBe(4);
    expect(page.events.map((e) => e.text)).toEqual(expect.arrayContaining(['Yes, 3pm works', 'Actually make it 4pm']));
  });
});
