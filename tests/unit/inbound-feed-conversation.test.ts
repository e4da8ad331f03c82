import { describe, expect, it } from 'vitest';
import type { InboundEventRow } from '../../src/shared/inbound/event';
import { findText, mergeConversation, type SentMessage } from '../../src/renderer/src/features/inbound/conversation-merge';

function event(id: string, receivedAt: number, eventTime: number | null = null): InboundEventRow {
  return {
    id,
    source: 'imiconnect',
    kind: 'message',
    channel: 'sms',
    direction: 'inbound',
    from: '447700900123',
    to: null,
    fromName: null,
    subject: null,
    text: id,
    attachments: [],
    externalId: id,
    correlation: { transid: null, messageId: null, correlationId: null, callbackData: null },
    status: null,
    eventTime,
    details: {},
    receivedAt,
    via: 'webhook',
    pollSourceId: null,
  };
}

const sent = (id: string, at: number): SentMessage => ({ id, at, channel: 'sms', state: 'accepted', api: 'v2', text: id });

describe('conversation order', () => {
  it('puts our sends between the replies by time, using the vendor time when there is one', () => {
    const items = mergeConversation([event('reply', 3000), event('early', 9000, 1000)], [sent('ours', 2000)]);
    expect(items.map((i) => (i.type === 'sent' ? i.sent.id : i.event.id))).toEqual(['early', 'ours', 'reply']);
  });
});

describe('text of a request body', () => {
  it('finds v2 content text, v1 channel text, and email subjects', () => {
    expect(findText({ channel: 'sms', content: { type: 'text', text: 'Hi v2' }, to: [] })).toBe('Hi v2');
    expect(findText({ deliverychannel: 'sms', channels: { sms: { text: 'Hi v1', type: '1' } } })).toBe('Hi v1');
    expect(findText({ channel: 'email', content: { subject: 'Order', html: '<p>x</p>' } })).toBe('Order');
  });

  it('prefers the outermost text and gives null when there is none', () => {
    expect(findText({ content: { text: 'outer', card: { text: 'inner' } } })).toBe('outer');
    expect(findText({ content: { text: '   ' } })).toBeNull();
    expect(findText(null)).toBeNull();
    expect(findText([{ text: 'in an array' }])).toBe('in an array');
  });
});
