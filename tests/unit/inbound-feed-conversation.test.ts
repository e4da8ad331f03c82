import { describe, expect, it } from 'vitest';
import type { InboundEventRow } from '../../src/shared/inbound/event';
import type { OutboundRequestSummary, RecipientOutcome } from '../../src/shared/contract/outbound';
import { mergeConversation, sentMessages, type SentMessage } from '../../src/renderer/src/features/inbound/conversation-merge';

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

const sent = (id: string, at: number): SentMessage => ({
  id,
  requestId: id,
  at,
  channel: 'sms',
  api: 'v2',
  text: id,
  delivery: 'delivered',
  receipt: null,
});

describe('conversation order', () => {
  it('puts our sends between the replies by time, using the vendor time when there is one', () => {
    const items = mergeConversation([event('reply', 3000), event('early', 9000, 1000)], [sent('ours', 2000)]);
    expect(items.map((i) => (i.type === 'sent' ? i.sent.id : i.event.id))).toEqual(['early', 'ours', 'reply']);
  });
});

function request(id: string, createdAt: number): OutboundRequestSummary {
  return {
    id,
    jobId: `job-${id}`,
    seq: 1,
    jobSize: 1,
    profileId: 'sandbox',
    api: 'v2',
    channel: 'sms',
    destinations: 2,
    firstAddress: '447700900123',
    state: 'accepted',
    attempts: 1,
    createdAt,
    updatedAt: createdAt,
    nextAttemptAt: null,
    responseCode: null,
    responseDescription: null,
  };
}

function recipient(
  requestId: string,
  text: string,
  delivery: RecipientOutcome['delivery'],
  receipt: string | null = null,
): RecipientOutcome {
  return {
    jobId: `job-${requestId}`,
    requestId,
    requestSeq: 1,
    destination: '447700900123',
    text,
    delivery,
    api: { state: 'accepted', code: null, description: null },
    vendorId: null,
    lastReceipt: receipt === null ? null : { status: 'Failed', code: '7503', words: receipt, at: 1, eventId: '9' },
    likelyReply: null,
  };
}

describe('our sends in a conversation', () => {
  it('show what this recipient got, dated by their request, with the outcome and the last receipt', () => {
    const shown = sentMessages(
      [
        recipient('r2', 'Hi Ann, your code is 4411', 'failed', '7503: message failed'),
        recipient('r1', 'Hi Ann', 'delivered'),
        recipient('gone', 'x', 'read'),
      ],
      [request('r1', 1000), request('r2', 2000)],
    );
    expect(shown).toEqual([
      { id: 'r1:1', requestId: 'r1', at: 1000, channel: 'sms', api: 'v2', text: 'Hi Ann', delivery: 'delivered', receipt: null },
      {
        id: 'r2:1',
        requestId: 'r2',
        at: 2000,
        channel: 'sms',
        api: 'v2',
        text: 'Hi Ann, your code is 4411',
        delivery: 'failed',
        receipt: '7503: message failed',
      },
    ]);
  });

  it('keeps two rows of one request to the same address apart', () => {
    const shown = sentMessages([recipient('r1', 'first', 'delivered'), recipient('r1', 'second', 'delivered')], [request('r1', 1000)]);
    expect(shown.map((s) => [s.id, s.text])).toEqual([
      ['r1:1', 'first'],
      ['r1:2', 'second'],
    ]);
  });
});
