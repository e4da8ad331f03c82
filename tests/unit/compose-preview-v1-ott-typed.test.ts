import { describe, expect, it } from 'vitest';
import { previewAll } from '../../src/shared/compose/preview';
import { fbButtonTemplate, wa, WA_BLOCKS, waTemplate } from './helpers/v1-ott-documented';

// The preview shows what a Messenger button template and each WhatsApp message type really send:
// the texts the recipient reads, and the media, places, contacts, buttons, rows and templates in words.

function shown(body: unknown): { parts: string[]; details: string[] } {
  const message = previewAll(body)[0]!.message!;
  return {
    parts: message.parts.map((part) => `${part.label}: ${part.text.text}`),
    details: message.details.map((detail) => `${detail.label}: ${detail.value}`),
  };
}

describe('v1 preview of the Messenger button template', () => {
  it('shows the text above the buttons and each button title', () => {
    expect(shown(fbButtonTemplate())).toEqual({
      parts: ['Template text: What do you want to do next?'],
      details: ['Attachment: template · button', 'Buttons: Show Website, Start Chatting'],
    });
  });
});

describe('v1 preview of WhatsApp typed messages', () => {
  it('media: the caption as text, the file and its type in words', () => {
    expect(shown(wa(WA_BLOCKS.image()))).toEqual({
      parts: ['Caption: Our new plant'],
      details: ['Image: https://example.com/plant.jpg · image/jpg'],
    });
    expect(shown(wa(WA_BLOCKS.document())).details).toEqual([
      'Document: http://www.africau.edu/images/default/sample.pdf · application/pdf',
      'File name: Document test',
    ]);
  });

  it('location and contacts', () => {
    expect(shown(wa(WA_BLOCKS.location())).details).toEqual([
      'Location: Dolores Park',
      'Address: San Francisco, CA',
      'Coordinates: 37.758, -122.425',
    ]);
    expect(shown(wa(WA_BLOCKS.contacts())).details).toEqual(['Contact 1: John Smith · +1 (940) 555-1234']);
  });

  it('list: header, body and footer as text; the list button and each section with its rows', () => {
    expect(shown(wa(WA_BLOCKS.list()))).toEqual({
      parts: ['Header: Sample Header', 'Body: Sample Body', 'Footer: Sample Footer'],
      details: ['List button: Main Menu', 'Section-title-1: Row-title-1 (Row-description)'],
    });
  });

  it('reply buttons: the texts and the button titles; a media header in words', () => {
    const body = wa(WA_BLOCKS.reply());
    expect(shown(body)).toEqual({
      parts: ['Header: Reply button your text', 'Body: Pick one', 'Footer: Thanks'],
      details: ['Buttons: First Button, Second Button'],
    });
    body.channels['OTT-Messaging'].wa.reply.header = { type: 'image', image: { url: 'https://example.com/h.png' } };
    expect(shown(body).details).toEqual(['Header image: https://example.com/h.png', 'Buttons: First Button, Second Button']);
  });

  it("flags a list or reply body over 1024 characters once the recipient's values are in", () => {
    const body = wa(WA_BLOCKS.reply(), { message: { template: 'T', parameters: { name: 'x'.repeat(1021) } } });
    body.channels['OTT-Messaging'].wa.reply.body.text = 'Hi $(name)!';
    expect(previewAll(body)[0]!.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'channels.OTT-Messaging.wa.reply.body.text: 919177000000: 1025 characters after substitution; the limit is 1024',
    ]);
  });

  it('a template through message: its id, header media, parameters, CTA extension, quick replies and OTP', () => {
    expect(shown(waTemplate()).details).toEqual([
      'Template: 513972242591830',
      'Header image: http://mattfarmer.net/projects/thickbox/images/plant4.jpg',
      'Button ctaVariable URL extension: url_extension',
      'Quick replies: Button 1, Button 2',
      'One-time code: 123456',
      'Parameters: movie: joker, venue: hyderabad, time: Feb 20th, 2023 8:45pm, purchase_value: EUR 300',
    ]);
    expect(shown(wa(WA_BLOCKS.hsm())).details).toEqual([
      'Template: 59ae27be_a774_420c_18ae_22040d30978f · chaitanya',
      'Language: en',
      'Parameters: Chaitanya, Marella',
    ]);
  });
});
