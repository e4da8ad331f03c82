import { describe, expect, it } from 'vitest';
import type { InboundEventRow } from '../../src/shared/inbound/event';
import {
  emptyFilter,
  isFilterActive,
  matchesFilter,
  searchWords,
  timeWindow,
  toFilters,
  type FeedFilter,
} from '../../src/renderer/src/features/inbound/feed-filter';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);

function row(patch: Partial<InboundEventRow> = {}): InboundEventRow {
  return {
    id: 'e1',
    source: 'imiconnect',
    kind: 'message',
    channel: 'sms',
    direction: 'inbound',
    from: '441157070619',
    to: '918886661353',
    fromName: null,
    subject: null,
    text: 'Simple Text',
    attachments: [],
    externalId: 'tid-1',
    correlation: { transid: null, messageId: null, correlationId: null, callbackData: null },
    status: null,
    eventTime: null,
    details: {},
    receivedAt: now - 60_000,
    via: 'webhook',
    pollSourceId: null,
    ...patch,
  };
}

const filter = (patch: Partial<FeedFilter>): FeedFilter => ({ ...emptyFilter, ...patch });

describe('feed filter → inbound:query filters', () => {
  it('sends nothing for the empty filter, so the core returns everything', () => {
    expect(toFilters(emptyFilter, now)).toEqual({});
    expect(isFilterActive(emptyFilter)).toBe(false);
  });

  it('maps each picked value to the contract field and trims the search', () => {
    expect(
      toFilters(filter({ source: 'leadconnector', kind: 'receipt', channel: 'facebook', direction: 'outbound', search: '  hello ' }), now),
    ).toEqual({
      source: ['leadconnector'],
      kind: ['receipt'],
      channel: ['facebook'],
      direction: 'outbound',
      search: 'hello',
    });
  });

  it('resolves a preset window against now, and a custom window in local time', () => {
    expect(toFilters(filter({ range: '1h' }), now)).toEqual({ fromTime: now - 3_600_000 });
    const custom = timeWindow(filter({ range: 'custom', fromLocal: '2026-11-20T08:00', toLocal: '' }), now);
    expect(custom).toEqual({ since: new Date('2026-11-20T08:00').getTime() });
    expect(timeWindow(filter({ range: 'custom', fromLocal: 'not a date' }), now)).toEqual({});
  });

  it('a whitespace-only search is not an active filter', () => {
    expect(isFilterActive(filter({ search: '   ' }))).toBe(false);
    expect(isFilterActive(filter({ search: 'x' }))).toBe(true);
  });
});

describe('live events against the current filter', () => {
  it('keeps events of the picked channel and kind, drops the rest', () => {
    expect(matchesFilter(row(), filter({ channel: 'sms', kind: 'message' }), now)).toBe(true);
    expect(matchesFilter(row({ channel: 'facebook' }), filter({ channel: 'sms' }), now)).toBe(false);
    expect(matchesFilter(row({ kind: 'receipt' }), filter({ kind: 'message' }), now)).toBe(false);
    expect(matchesFilter(row({ direction: 'outbound' }), filter({ direction: 'inbound' }), now)).toBe(false);
  });

  it('search matches every word in text or sender, case-insensitively', () => {
    expect(matchesFilter(row(), filter({ search: 'simple' }), now)).toBe(true);
    expect(matchesFilter(row(), filter({ search: 'SIMPLE 4411' }), now)).toBe(true);
    expect(matchesFilter(row(), filter({ search: 'simple missing' }), now)).toBe(false);
    expect(matchesFilter(row({ text: null, fromName: 'Joe James' }), filter({ search: 'joe' }), now)).toBe(true);
    expect(searchWords(' "quoted"  words ')).toEqual(['quoted', 'words']);
  });

  it('a receipt matches by destination, status word and vendor ids; the status filter reads its state as the core does', () => {
    const failed = row({
      kind: 'receipt',
      direction: 'outbound',
      from: null,
      to: '+447700900013',
      text: null,
      correlation: { transid: 'tx-13', messageId: 'a7c3e1f0-5b2d', correlationId: 'corr-13', callbackData: 'cb-13' },
      status: { deliveryStatus: 'DeliveryImpossible', code: '7503', description: 'Message failed' },
    });
    for (const search of [
      '+447700900013',
      '7700900013',
      'impossible',
      'message failed',
      'a7c3e1f0',
      'a7c3e1f0-5b2d',
      'tx-13',
      'corr-13',
      'cb-13',
    ]) {
      expect([search, matchesFilter(failed, filter({ search }), now)]).toEqual([search, true]);
    }
    expect(matchesFilter(failed, filter({ search: 'delivered' }), now)).toBe(false);
    expect(matchesFilter(failed, filter({ status: 'failed' }), now)).toBe(true);
    expect(matchesFilter(failed, filter({ status: 'delivered' }), now)).toBe(false);
    expect(matchesFilter(row(), filter({ status: 'failed' }), now)).toBe(false); // an MO has no delivery state
    expect(toFilters(filter({ status: 'read' }), now)).toEqual({ status: ['read'] });
    expect(isFilterActive(filter({ status: 'failed' }))).toBe(true);
  });

  it('drops events outside the time window', () => {
    expect(matchesFilter(row({ receivedAt: now - 2 * 3_600_000 }), filter({ range: '1h' }), now)).toBe(false);
    expect(matchesFilter(row({ receivedAt: now - 60_000 }), filter({ range: '15m' }), now)).toBe(true);
  });
});
