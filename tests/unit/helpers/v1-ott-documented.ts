import type { Body } from './api-requests';

// v1 requests in the shapes of the vendor's current pages, with the samples' values (placeholders
// replaced by real-looking ones): the Messenger button template
// (developers.webexconnect.io/reference/facebook, "Button Template") and every WhatsApp message type
// (developers.webexconnect.io/reference/whatsapp-apis, v6.20.0). Each call returns a fresh copy.

export function fbButtonTemplate(): Body {
  return {
    deliverychannel: 'fb',
    appid: 'a_1234',
    destination: [{ psid: ['2412345678901234'] }],
    channels: {
      'OTT-Messaging': {
        fb: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'button',
              text: 'What do you want to do next?',
              buttons: [
                { type: 'web_url', url: 'https://petersapparel.parseapp.com', title: 'Show Website' },
                { type: 'postback', title: 'Start Chatting', payload: 'USER_DEFINED_PAYLOAD' },
              ],
            },
          },
        },
      },
    },
  };
}

export function wa(block: Body, extra: Body = {}): Body {
  return {
    deliverychannel: 'whatsapp',
    appid: 'a_1234',
    destination: [{ waid: ['919177000000'] }],
    channels: { 'OTT-Messaging': { wa: block } },
    ...extra,
  };
}

export const WA_BLOCKS = {
  image: () => ({
    type: 'image',
    image: { url: 'https://example.com/plant.jpg', caption: 'Our new plant', mimeType: 'image/jpg' },
    identity_key_hash: 'njbYlYcxxxxx',
  }),
  document: () => ({
    type: 'document',
    document: { url: 'http://www.africau.edu/images/default/sample.pdf', filename: 'Document test', mimeType: 'application/pdf' },
  }),
  audio: () => ({ type: 'audio', audio: { url: 'http://techslides.com/demos/samples/sample.aac', mimeType: 'audio/aac' } }),
  video: () => ({ type: 'video', video: { url: 'https://example.com/clip.mp4', mimeType: 'video/mp4' } }),
  sticker: () => ({ type: 'sticker', sticker: { url: 'https://example.com/s.webp', mimeType: 'image/WEBP' } }),
  location: () => ({
    type: 'location',
    location: { longitude: -122.425, latitude: 37.758, name: 'Dolores Park', address: 'San Francisco, CA' },
  }),
  contacts: () => ({
    type: 'contacts',
    contacts: [
      {
        addresses: [
          {
            city: 'Menlo Park',
            country: 'United States',
            country_code: 'us',
            state: 'CA',
            street: '1 Hacker Way',
            type: 'HOME',
            zip: '94025',
          },
        ],
        birthday: '2012-08-18',
        emails: [{ email: 'john@example.com', type: 'WORK' }],
        name: { first_name: 'John', formatted_name: 'John Smith', last_name: 'Smith' },
        org: { company: 'WhatsApp', department: 'Design', title: 'Manager' },
        phones: [{ phone: '+1 (940) 555-1234', type: 'HOME', wa_id: '16505551234' }],
        urls: [{ url: 'https://www.example.com', type: 'WORK' }],
      },
    ],
  }),
  list: () => ({
    type: 'list',
    list: {
      header: { type: 'text', text: 'Sample Header' },
      body: { text: 'Sample Body' },
      footer: { text: 'Sample Footer' },
      action: {
        button: 'Main Menu',
        sections: [
          { title: 'Section-title-1', rows: [{ id: 'unique-row-identifier-1', title: 'Row-title-1', description: 'Row-description' }] },
        ],
      },
    },
  }),
  reply: () => ({
    type: 'reply',
    reply: {
      header: { type: 'text', text: 'Reply button your text' },
      body: { text: 'Pick one' },
      footer: { text: 'Thanks' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'ButtonId1', title: 'First Button' } },
          { type: 'reply', reply: { id: 'ButtonId2', title: 'Second Button' } },
        ],
      },
    },
  }),
  hsm: () => ({
    type: 'hsm',
    hsm: {
      namespace: '59ae27be_a774_420c_18ae_22040d30978f',
      element_name: 'chaitanya',
      language: { code: 'en', policy: 'deterministic' },
      localizable_params: [{ default: 'Chaitanya' }, { default: 'Marella' }],
    },
  }),
};

/** The page's Template Messages "API definition": every documented kind of parameter at once. */
export function waTemplate(): Body {
  return wa(
    { identity_key_hash: 'njbYlYcxxxxx' },
    {
      message: {
        template: '513972242591830',
        parameters: {
          image: { link: 'http://mattfarmer.net/projects/thickbox/images/plant4.jpg' },
          movie: 'joker',
          venue: 'hyderabad',
          time: { type: 'date_time', fallback_value: 'Feb 20th, 2023 8:45pm', timestamp: '1782231500' },
          purchase_value: { type: 'currency', currency_code: 'USD', amount_1000: '150000', fallback_value: 'EUR 300' },
          ctaVariable: { type: 'url', payload: 'url_extension' },
          quickReply: [
            { button_text: 'Button 1', payload: 'BUTTON 1 PAYLOAD' },
            { button_text: 'Button 2', payload: 'BUTTON 2 PAYLOAD' },
          ],
          otp: { type: 'otp', value: '123456' },
        },
      },
    },
  );
}
