import { describe, expect, it } from 'vitest';
import { previewAll } from '../../src/shared/compose/preview';
import { listLinks, findPreheader } from '../../src/shared/compose/email';
import { V2_MAX_EMAIL_HTML_BYTES } from '../../src/shared/limits/v2';

describe('per-recipient preview', () => {
  it('flags a v2 SMS that grows past 1024 characters only for the recipient whose value makes it so', () => {
    const body = {
      channel: 'sms',
      to: [
        { msisdn: ['447700900001'], substitutions: { x: 'short' } },
        { msisdn: ['447700900002'], substitutions: { x: 'y'.repeat(1030) } },
      ],
      content: { type: 'text', text: 'A $(x)' },
    };
    const [ok, long] = previewAll(body);
    expect(ok!.problems).toEqual([]);
    expect(long!.problems).toEqual([
      { path: 'content.text', message: '447700900002: 1032 characters after substitution; the limit is 1024' },
    ]);
  });

  it('shows an email’s subject, from name, preheader, text, links and size per recipient', () => {
    const html =
      '<html><body><div class="preheader" style="display:none">Deals for $(name)</div>' +
      '<p>Hello $(name)</p><a no-track-connect href="http://example.com/a">track-free</a>' +
      "<a href='https://shop.example/$(code)'>shop</a><a href='$(unsubscribe)'>unsubscribe</a></body></html>";
    const [p] = previewAll({
      channel: 'email',
      from: 'news@example.com',
      to: [{ email: ['ana@example.com'], substitutions: { name: 'Ana', code: 'X9' } }],
      options: { fromName: 'Shop of $(name)' },
      content: { type: 'html', subject: 'For $(name)', html, text: 'Hello $(name)' },
    });
    expect(p!.email).toMatchObject({
      from: 'news@example.com',
      fromName: { text: 'Shop of Ana' },
      subject: { text: 'For Ana' },
      preheader: { text: 'Deals for Ana', explicit: true },
      text: { text: 'Hello Ana' },
    });
    expect(p!.email!.links).toEqual([
      { href: 'http://example.com/a', text: 'track-free', noTrack: true, unsubscribe: false },
      { href: 'https://shop.example/X9', text: 'shop', noTrack: false, unsubscribe: false },
      { href: '$(unsubscribe)', text: 'unsubscribe', noTrack: false, unsubscribe: true },
    ]);
    expect(p!.missing).toEqual([]);
  });

  it('flags HTML past the 350 KB limit', () => {
    const [p] = previewAll({
      channel: 'email',
      to: [{ email: ['a@example.com'] }],
      content: { type: 'html', subject: 's', html: 'x'.repeat(V2_MAX_EMAIL_HTML_BYTES + 1) },
    });
    expect(p!.problems[0]).toMatchObject({ path: 'content.html' });
  });

  it('substitutes every string of RCS content and previews the SMS fallback when it is on', () => {
    const [p] = previewAll({
      channel: 'rcs',
      to: [{ msisdn: ['+447700900001'], substitutions: { name: 'Jo' } }],
      options: { smsFallback: true, text: 'Hi $(name), open RCS' },
      content: { type: 'standalone', richCard: { title: 'For $(name)', suggestions: [{ type: 'reply', displayText: 'Yes $(name)' }] } },
    });
    expect(p!.rcs!.content).toEqual({
      type: 'standalone',
      richCard: { title: 'For Jo', suggestions: [{ type: 'reply', displayText: 'Yes Jo' }] },
    });
    expect(p!.rcs!.fallback!.text.text).toBe('Hi Jo, open RCS');
  });

  it('says a body that references a vendor template has nothing to render locally', () => {
    const [p] = previewAll({ channel: 'sms', to: [{ msisdn: ['447700900001'] }], template: { id: 'tpl-42' } });
    expect(p!.vendorTemplateId).toBe('tpl-42');
  });

  it('reads v1 bodies: destination groups and channels.sms.text with message.parameters', () => {
    const previews = previewAll({
      deliverychannel: 'sms',
      message: { parameters: { name: 'all' } },
      channels: { sms: { type: '1', text: 'Hello $(name)' } },
      destination: [{ msisdn: ['447700900001', '447700900002'] }],
    });
    expect(previews.map((p) => [p.api, p.recipient?.path, p.sms?.text.text])).toEqual([
      ['v1', 'destination[0].msisdn[0]', 'Hello all'],
      ['v1', 'destination[0].msisdn[1]', 'Hello all'],
    ]);
  });

  it('falls back to the visible text when there is no preheader element', () => {
    expect(findPreheader('<body><h1>Big &amp; bold</h1><p>sale</p></body>')).toEqual({ text: 'Big & bold sale', explicit: false });
    expect(listLinks('<a>no href</a>')[0]!.href).toBe('');
  });
});

describe('send summary', () => {
  it('adds up SMS parts and counts recipients with unresolved values or broken limits', async () => {
    const { summarizePreviews } = await import('../../src/shared/compose/preview');
    const body = {
      channel: 'sms',
      to: [
        { msisdn: ['447700900001'], substitutions: { name: 'Ana' } },
        { msisdn: ['447700900002'], substitutions: { name: 'Zoë 😀' + 'x'.repeat(80) } },
        { msisdn: ['447700900003'] },
      ],
      content: { type: 'text', text: 'Hi $(name)' },
    };
    expect(summarizePreviews(previewAll(body))).toEqual({
      recipients: 3,
      smsParts: 1 + 2 + 1,
      ucs2Recipients: 1,
      unresolvedRecipients: 1,
      problemRecipients: 0,
    });
  });
});

describe('declared SMS type', () => {
  it('prices a v2 type unicode and a v1 type 4 message as UCS-2', () => {
    const [v2] = previewAll({ channel: 'sms', to: [{ msisdn: ['447700900001'] }], content: { type: 'unicode', text: 'a'.repeat(100) } });
    expect(v2!.sms!.analysis).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    const [v1] = previewAll({
      deliverychannel: 'sms',
      channels: { sms: { type: '4', text: 'plain' } },
      destination: [{ msisdn: ['447700900001'] }],
    });
    expect(v1!.sms!.analysis.encoding).toBe('UCS-2');
  });
});
