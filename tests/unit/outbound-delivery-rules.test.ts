import { describe, expect, it } from 'vitest';
import { csvFile, csvLine } from '../../src/shared/outbound/csv';
import { deliveryOf, receiptWords } from '../../src/shared/outbound/delivery';
import { stateOfStatusWord } from '../../src/shared/inbound/receipt-state';

describe('one recipient, one delivery state', () => {
  it('reads receipt words in any vendor spelling', () => {
    expect(['Delivered', 'DELIVERED', 'delivered_to_handset'].map(stateOfStatusWord)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(['Failed', 'Undelivered', 'REJECTED', 'expired', 'bounced', 'invalid'].map(stateOfStatusWord)).toEqual(Array(6).fill('failed'));
    expect(['Read', 'READ', 'seen'].map(stateOfStatusWord)).toEqual(['read', 'read', 'read']);
    expect(['Submitted', 'sent', 'queued'].map(stateOfStatusWord)).toEqual(Array(3).fill('accepted'));
    // A word no rule knows may mean anything: unknown, as the feed shows it.
    expect(stateOfStatusWord('something new')).toBe('unknown');
  });

  it('folds a request state and its receipts by the documented rules', () => {
    expect(deliveryOf('queued', [])).toBe('pending');
    expect(deliveryOf('sending', ['delivered'])).toBe('pending');
    expect(deliveryOf('failed', [])).toBe('failed');
    expect(deliveryOf('cancelled', [])).toBe('failed');
    expect(deliveryOf('accepted', [])).toBe('accepted');
    expect(deliveryOf('unknown', [])).toBe('unknown');
    expect(deliveryOf('unknown', ['accepted', 'delivered'])).toBe('delivered');
    expect(deliveryOf('accepted', ['accepted', 'failed'])).toBe('failed');
    // Out of order: a late "submitted" never undoes delivered; delivered never undoes read.
    expect(deliveryOf('accepted', ['delivered', 'accepted'])).toBe('delivered');
    expect(deliveryOf('accepted', ['read', 'delivered'])).toBe('read');
    expect(deliveryOf('accepted', ['delivered', 'failed'])).toBe('failed');
    // Doubt (DeliveryUncertain) outranks in flight, never a final word.
    expect(deliveryOf('accepted', ['accepted', 'unknown', 'accepted'])).toBe('unknown');
    expect(deliveryOf('accepted', ['delivered', 'unknown'])).toBe('delivered');
    expect(deliveryOf('accepted', ['unknown', 'delivered'])).toBe('delivered');
  });

  it('puts receipt codes in words', () => {
    expect(receiptWords('Failed', '7201', null)).toBe('7201: message failed');
    expect(receiptWords('Failed', '7201', 'Undeliverable: absent subscriber')).toBe('7201: Undeliverable: absent subscriber');
    expect(receiptWords('Delivered', null, null)).toBe('Delivered');
    expect(receiptWords('Failed', '7004', null)).toBe('7004: Invalid parameters');
  });
});

describe('CSV export cells', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', null, 3])).toBe('"a,b","say ""hi""","two\nlines",,3');
    expect(csvLine(['=HYPERLINK("http://x")', '+447700900001', '-1', '@SUM(A1)', '\tx'])).toBe(
      `"'=HYPERLINK(""http://x"")",'+447700900001,'-1,'@SUM(A1),'\tx`,
    );
    expect(csvFile(['h1', 'h2'], [['1', '2']])).toBe('h1,h2\r\n1,2\r\n');
  });
});
