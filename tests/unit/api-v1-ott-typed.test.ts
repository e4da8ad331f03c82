import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/shared/api/validate';
import { NOW } from './helpers/api-requests';
import { fbButtonTemplate, wa, WA_BLOCKS, waTemplate } from './helpers/v1-ott-documented';

// The Messenger button template and WhatsApp's typed messages, as the vendor's current pages send
// them: accepted with no "unknown field" warning, and a wrong value refused with its path and rule.

function check(body: unknown): { errors: string[]; warnings: string[] } {
  const result = validateRequest('v1', body, { now: NOW });
  const line = (e: { path: string; message: string }) => `${e.path}: ${e.message}`;
  return { errors: result.ok ? [] : result.errors.map(line), warnings: result.warnings.map(line) };
}

function expectClean(body: unknown): void {
  const { errors, warnings } = check(body);
  expect(errors).toEqual([]);
  expect(warnings.filter((w) => w.includes('not a field Relaydesk knows'))).toEqual([]);
}

const FB = 'channels.OTT-Messaging.fb.attachment.payload';
const WA = 'channels.OTT-Messaging.wa';

describe('Messenger button template', () => {
  it('is accepted as the Messenger page sends it, in either spelling of its type', () => {
    expectClean(fbButtonTemplate());
    const seedSpelling = fbButtonTemplate();
    seedSpelling.channels['OTT-Messaging'].fb.attachment.payload.template_type = 'buttons';
    expectClean(seedSpelling);
  });

  it('needs its text, at most 3 buttons, and each button complete', () => {
    const noText = fbButtonTemplate();
    delete noText.channels['OTT-Messaging'].fb.attachment.payload.text;
    expect(check(noText).errors).toContain(`${FB}.text: required for a button template: the text that appears above the buttons`);

    const body = fbButtonTemplate();
    const payload = body.channels['OTT-Messaging'].fb.attachment.payload;
    payload.text = 7;
    payload.buttons.push({ type: 'postback', title: 'Three', payload: '3' }, { type: 'web_url', title: 'Four' });
    const { errors } = check(body);
    expect(errors).toContain(`${FB}.text: the text above the buttons, a string`);
    expect(errors).toContain(`${FB}.buttons: at most 3 buttons (the Messenger page: "up to 3 buttons only")`);
    expect(errors).toContain(`${FB}.buttons[3].url: required for a web_url button`);
  });
});

describe('WhatsApp typed messages', () => {
  it('accepts every message type of the WhatsApp page without unknown-field warnings', () => {
    for (const block of Object.values(WA_BLOCKS)) expectClean(wa(block()));
  });

  it('media: url and mimeType are mandatory, and the block must match its type', () => {
    expect(check(wa({ type: 'image', image: { url: 'not a url', caption: 3 } })).errors).toEqual([
      `${WA}.image.url: not an http(s) URL`,
      `${WA}.image.mimeType: the MIME type (e.g. image/png): a non-empty string is required`,
      `${WA}.image.caption: a string is required`,
    ]);
    expect(check(wa({ type: 'video' })).errors).toEqual([`${WA}.video: required for "type": "video"`]);
    expect(check(wa({ document: WA_BLOCKS.document().document })).errors).toEqual([
      `${WA}.type: required with a "document" block ("type": "document")`,
    ]);
  });

  it("location: longitude and latitude are numbers (or numeric strings, as the page's schema types them)", () => {
    expectClean(wa({ type: 'location', location: { longitude: '-122.425', latitude: '37.758' } }));
    expect(check(wa({ type: 'location', location: { latitude: 'north' } })).errors).toEqual([
      `${WA}.location.longitude: the longitude, a number`,
      `${WA}.location.latitude: the latitude, a number`,
    ]);
  });

  it('contacts: formatted_name comes with another name part; birthday is YYYY-MM-DD', () => {
    const body = wa(WA_BLOCKS.contacts());
    const contact = body.channels['OTT-Messaging'].wa.contacts[0];
    contact.name = { formatted_name: 'John Smith' };
    contact.birthday = '18/08/2012';
    expect(check(body).errors).toEqual([
      `${WA}.contacts[0].birthday: a YYYY-MM-DD date`,
      `${WA}.contacts[0].name: with formatted_name, at least one of first_name, last_name, middle_name, suffix, prefix is required`,
    ]);
  });

  it('list: the documented limits on header, button, sections, titles and rows', () => {
    const body = wa(WA_BLOCKS.list());
    const list = body.channels['OTT-Messaging'].wa.list;
    list.header.text = 'h'.repeat(61);
    list.action.button = 'b'.repeat(21);
    const row = (n: number) => ({ id: `r${n}`, title: `Row ${n}` });
    list.action.sections = [{ rows: [1, 2, 3, 4, 5, 6].map(row) }, { title: 's'.repeat(25), rows: [7, 8, 9, 10, 11].map(row) }];
    expect(check(body).errors).toEqual([
      `${WA}.list.header.text: longer than 60 characters (the WhatsApp page's limit)`,
      `${WA}.list.action.button: longer than 20 characters (the WhatsApp page's limit)`,
      `${WA}.list.action.sections[1].title: longer than 24 characters (the WhatsApp page's limit)`,
      `${WA}.list.action.sections: 11 rows: at most 10 over all sections`,
      `${WA}.list.action.sections[0].title: required when the list has more than one section`,
    ]);
    delete list.body;
    expect(check(body).errors).toContain(`${WA}.list.body: the body object ({"text": "..."})`);
  });

  it('reply buttons: at most 3, each a "reply" with id and title; a media header needs its media', () => {
    const body = wa(WA_BLOCKS.reply());
    const reply = body.channels['OTT-Messaging'].wa.reply;
    reply.header = { type: 'image' };
    reply.footer.text = 'f'.repeat(61);
    reply.action.buttons.push({ type: 'reply', reply: { id: '3', title: 'Three' } }, { type: 'url', reply: { id: '4' } });
    expect(check(body).errors).toEqual([
      `${WA}.reply.header.image: required for a "image" header`,
      `${WA}.reply.footer.text: longer than 60 characters (the WhatsApp page's limit)`,
      `${WA}.reply.action.buttons[3].type: the button type: "reply"`,
      `${WA}.reply.action.buttons[3].reply.title: the button title: a non-empty string is required`,
      `${WA}.reply.action.buttons: at most 3 buttons`,
    ]);
    reply.header = { type: 'image', image: { url: 'https://example.com/h.png', provider: { name: 'cdn' } } };
    reply.footer.text = 'ok';
    reply.action.buttons.length = 3;
    expectClean(body);
  });

  it('templates through message: every documented parameter kind, and their mandatory fields', () => {
    expectClean(waTemplate());
    const body = waTemplate();
    const params = body.message.parameters;
    delete params.purchase_value.amount_1000;
    params.otp.value = '1234567890123456';
    params.image = { filename: 'x.jpg' };
    params.quickReply.push({ button_text: '3', payload: '3' }, { button_text: '4' });
    expect(check(body).errors).toEqual([
      'message.parameters.image.link: required: the media URL of the image, video or document header',
      'message.parameters.purchase_value.amount_1000: required: the amount multiplied by 1000',
      'message.parameters.otp.value: longer than 15 characters',
      'message.parameters.quickReply[3].payload: the button payload: a non-empty string is required',
      'message.parameters.quickReply: at most 3 quick-reply buttons',
    ]);
  });

  it('a type the page does not list (Meta\'s "interactive") is kept and warned about, never refused', () => {
    const body = wa({ type: 'interactive', interactive: { type: 'button', body: { text: 'Hi' } } });
    const { errors, warnings } = check(body);
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      `${WA}.type: "interactive" is not a message type of the WhatsApp page (text, image, audio, document, video, sticker, location, contacts, list, reply, hsm): it is sent as it is, unchecked`,
    );
    expect(warnings).toContain(`${WA}.interactive: not a field Relaydesk knows for a v1 request: it is sent as it is, unchecked`);
  });

  it('hsm, deprecated by WhatsApp, is sent with a warning that names the replacement', () => {
    const body = wa(WA_BLOCKS.hsm());
    body.channels['OTT-Messaging'].wa.hsm.language.policy = 'fallback';
    const { errors, warnings } = check(body);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `${WA}.hsm: HSM messages are deprecated by WhatsApp (the WhatsApp page): use a template through message.template; sent as it is`,
      `${WA}.hsm.language.policy: "fallback" is deprecated and "may lead to message delivery failures" (the WhatsApp page): use "deterministic"`,
    ]);
  });

  it('still needs some content: a block with neither text, type nor a message.template is refused', () => {
    expect(check(wa({ identity_key_hash: 'h' })).errors).toEqual([
      `${WA}.text: the text is required (or a "type" with its own block, e.g. image, or message.template)`,
    ]);
  });
});
