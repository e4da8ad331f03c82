import { describe, expect, it } from 'vitest';
import { attachmentView, kindChipText, kindTone, previewText } from '../../src/renderer/src/features/inbound/feed-format';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { summarizeEvent } from '../../src/shared/inbound/summary';

// How the feed shows the kinds and attachments the vendor docs added (typing indicators, internal
// notes, shared contacts): each row says what it is instead of showing nothing.

describe('feed rows for the documented events beyond messages and receipts', () => {
  it('a live-chat typing indicator is a muted Activity row that names the event', () => {
    const typing = normalizePayload({ channel: 'Rtm', event: 'TypingIndicator', appId: 'A1', userId: '8686', tid: 't-1' });
    expect(kindChipText(typing)).toBe('Activity');
    expect(kindTone(typing)).toBe('muted');
    expect(previewText(typing)).toBe('TypingIndicator');
    const line = summarizeEvent({ ...typing, id: '1', receivedAt: Date.parse('2026-12-03T08:00:00Z'), via: 'webhook', pollSourceId: null });
    expect(line).toMatch(/activity\s+rtm\s+8686 -> A1\s+TypingIndicator$/);
  });

  it('a LeadConnector internal comment is a Note with its text', () => {
    const note = normalizePayload({
      type: 'InternalComment',
      locationId: 'L1',
      contactId: 'C1',
      userId: 'U1',
      body: 'Call back tomorrow',
      messageId: 'n-1',
    });
    expect(kindChipText(note)).toBe('Note');
    expect(previewText(note)).toBe('Call back tomorrow');
  });

  it('a WhatsApp contact card and location read as who and where', () => {
    const shared = normalizePayload({
      channel: 'WhatsApp',
      event: 'MO',
      waid: '919876543210',
      appId: 'A1',
      tid: 't-2',
      message: '',
      contacts: '[{"name":{"formatted_name":"Ravi Kumar"},"phones":[{"phone":"+91 98480 22338"}]}]',
      location: '{"latitude":17.43,"longitude":78.39,"name":"Office"}',
    });
    expect(previewText(shared)).toBe('[location: Office] [contact: Ravi Kumar · +91 98480 22338]');
    expect(attachmentView(shared.attachments[1]!)).toEqual({ as: 'other', title: 'Ravi Kumar · +91 98480 22338' });
  });
});
