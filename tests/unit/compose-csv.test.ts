import { describe, expect, it } from 'vitest';
import { parseRecipientsCsv, toDestinations } from '../../src/renderer/src/features/compose/csv-recipients';

describe('recipients from CSV', () => {
  it('turns every column but the address into a personal substitution', () => {
    const out = parseRecipientsCsv('msisdn,name,code\n447700900001,Ana,A1\n+447700900002,Bo,B2\n', 'msisdn');
    expect(out.error).toBeNull();
    expect(out.addressColumn).toBe('msisdn');
    expect(out.rows).toEqual([
      { address: '447700900001', values: { name: 'Ana', code: 'A1' }, line: 2 },
      { address: '+447700900002', values: { name: 'Bo', code: 'B2' }, line: 3 },
    ]);
    expect(toDestinations(out.rows, 'msisdn')[0]).toEqual({ msisdn: ['447700900001'], substitutions: { name: 'Ana', code: 'A1' } });
  });

  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const out = parseRecipientsCsv('email,greeting\nana@example.com,"Hi, ""Ana""\nwelcome"\nbo@example.com,Yo\n', 'email');
    expect(out.rows.map((r) => [r.values.greeting, r.line])).toEqual([
      ['Hi, "Ana"\nwelcome', 2],
      ['Yo', 4],
    ]);
  });

  it('ignores a byte-order mark, CRLF line ends and empty lines', () => {
    const out = parseRecipientsCsv('\uFEFFphone,name\r\n447700900001,Ana\r\n\r\n   \r\n447700900002,Bo\r\n', 'msisdn');
    expect(out.columns).toEqual(['phone', 'name']);
    expect(out.rows.map((r) => [r.address, r.values.name, r.line])).toEqual([
      ['447700900001', 'Ana', 2],
      ['447700900002', 'Bo', 5],
    ]);
    expect(out.rejected).toEqual([]);
  });

  it('rejects bad lines with their line number and reason, and keeps the good ones', () => {
    const out = parseRecipientsCsv('msisdn,name\n12,Short\n447700900001,Ana\n447700900002\n,NoNumber\n', 'msisdn');
    expect(out.rows.map((r) => r.address)).toEqual(['447700900001']);
    expect(out.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, '"12" is not an MSISDN (international digits, 7-15, optional +)'],
      [4, '1 fields, the header has 2'],
      [5, 'no msisdn'],
    ]);
  });

  it('names the problem when there is no address column or a header is not a variable name', () => {
    expect(parseRecipientsCsv('name,code\nAna,1\n', 'msisdn').error).toMatch(/no address column/);
    expect(parseRecipientsCsv('email,first name\na@example.com,Ana\n', 'email').error).toMatch(/"first name"/);
    expect(parseRecipientsCsv('', 'email').error).toBe('the file has no rows');
  });

  it('refuses column names that would lose values: repeated ones and __proto__', () => {
    expect(parseRecipientsCsv('msisdn,name,code,name\n447700900123,Ana,1,Bea\n', 'msisdn').error).toBe(
      'each column needs a name of its own: "name" appears more than once',
    );
    expect(parseRecipientsCsv('msisdn,__proto__\n447700900123,x\n', 'msisdn').error).toBe(
      '"__proto__" cannot be a $(variable) name: rename that column',
    );
  });
});

describe('recipients pasted as text', () => {
  it('numbers the lines of a bare list as pasted, without a header to count', async () => {
    const { parseRecipientsText } = await import('../../src/renderer/src/features/compose/csv-recipients');
    const out = parseRecipientsText('447700900001\n\nnot-a-number\n447700900002,Bo\n', 'msisdn');
    expect(out.header).toBeNull();
    expect(out.rows.map((r) => [r.address, r.line])).toEqual([['447700900001', 1]]);
    expect(out.rejected.map((r) => r.line)).toEqual([3, 4]);
  });

  it('keeps the header of a CSV so what is left over can be fixed and read again', async () => {
    const { parseRecipientsText } = await import('../../src/renderer/src/features/compose/csv-recipients');
    const out = parseRecipientsText('\uFEFFmsisdn,name\n447700900001,Ana\nnope,Bo\n', 'msisdn');
    expect(out.header).toBe('msisdn,name');
    expect(out.rows.map((r) => [r.address, r.values.name, r.line])).toEqual([['447700900001', 'Ana', 2]]);
    expect(out.rejected.map((r) => [r.line, r.text])).toEqual([[3, 'nope,Bo']]);
  });
});

describe('recipients of v1 channels that are not phone numbers', () => {
  it('reads a bare list or a CSV of the channel-s own id kind, and writes that kind', async () => {
    const { parseRecipientsText } = await import('../../src/renderer/src/features/compose/csv-recipients');
    const bare = parseRecipientsText('2412345678901234\nabc-99\n', 'psid');
    expect(bare.header).toBeNull();
    expect(bare.rows.map((r) => [r.address, r.line])).toEqual([
      ['2412345678901234', 1],
      ['abc-99', 2],
    ]);
    const csv = parseRecipientsText('Twitter ID,name\n783214,Ana\n', 'twitterid');
    expect(csv.addressColumn).toBe('Twitter ID');
    expect(csv.rows.map((r) => [r.address, r.values.name])).toEqual([['783214', 'Ana']]);
    expect(parseRecipientsText('waid\n+44 7700 900001\n', 'waid').rows[0]!.address).toBe('+447700900001');
  });

  it('offers the destination kinds the chosen v1 channel documents, the usual one first', async () => {
    const { addressKinds, addressKindLabel } = await import('../../src/renderer/src/features/compose/address-kinds');
    expect(addressKinds('v1', 'fb', 'fb')[0]).toBe('psid');
    expect(addressKinds('v1', 'sms', 'Messenger')[0]).toBe('psid');
    expect(addressKinds('v1', 'twitter', 'twitter')[0]).toBe('twitterid');
    expect(addressKinds('v1', 'push', 'push')).toContain('android_pushid');
    expect(addressKinds('v2', 'email', undefined)).toEqual(['email']);
    expect(addressKindLabel('psid')).toBe('PSID');
  });
});
