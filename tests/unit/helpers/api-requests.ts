// Complete, valid requests in the shape of the vendor's samples (seeds 001, 002, 003), with
// real-looking values, for tests to mutate. They are not the samples: those are read from the
// documents, unmodified, by helpers/seed-samples.ts (api-seed-samples.test.ts). Each returns a
// fresh copy.

/** Sample bodies are mutated freely by tests (including into invalid shapes), so they are untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = Record<string, any>;

export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

export function v2Sms(): Body {
  return {
    channel: 'sms',
    from: 'CNNECT',
    priority: '1',
    to: [{ msisdn: ['919611111111'] }],
    smartlinks: [{ smartlinkId: 5, validity: 30 }],
    substitutions: { name: 'abc', value: '123', area: 'EC1' },
    options: { trackClicks: 'true', shortenLinks: 'true', domain: 'https://domainname', extras: { dlt_templateid: '123456789' } },
    callbackData: 'CallBackdata',
    notifyUrl: 'https://requestinspector.com/inspect/01evrfdrr7jc662279wjskfbk6',
    requestedReceipts: ['SUBMITTED', 'DELIVERED', 'Clicked'],
    content: { type: 'text', text: 'Hi user, there is an outage in your area $(area) for the next $(value)' },
  };
}

export function v2Email(): Body {
  return {
    channel: 'email',
    from: 'news@example.com',
    to: [
      {
        email: ['ann@example.com', 'bob@example.com'],
        correlationId: 'na1b2b1i1',
        substitutions: { area: 'EC1M 4BH', accountNumber: '38S189' },
      },
      { email: ['cy@example.com'], correlationId: 'na1b2b1i1', substitutions: { area: 'NW10 2QD', accountNumber: 'SA129' } },
    ],
    substitutions: { offerName: 'Big OFFER', value: '123' },
    cc: ['boss@example.com'],
    bcc: [],
    callbackData: '<notify data>',
    notifyUrl: 'https://webhook.site/d50dd211-8c06-440f-ba49-36f88e5eb6e4',
    options: { trackClicks: true, trackOpens: true, fromName: 'Brand Name' },
    content: {
      type: 'html',
      subject: 'Food for $(area)',
      replyTo: 'reply@example.com',
      attachments: [{ mimeType: 'image/png', name: 'wings', mediaUrl: 'https://i.imgur.com/y5GjuE8.jpg' }],
      text: 'This is a new email',
      html: '<a no-track-connect href="http://example.com">link text</a><footer><a href=\'$(unsubscribe)\'>unsubscribe</a></footer>',
    },
  };
}

export function v2Rcs(): Body {
  return {
    channel: 'rcs',
    from: 'a_156887855308557980',
    to: [{ msisdn: ['+916304451252'], correlationId: 'na1b2b1i1', substitutions: { name: 'John', company: 'IMI' } }],
    substitutions: { company: 'Mobile' },
    callbackData: 'abc',
    options: { smsFallback: true, smsSenderId: 'senderaddress', text: 'fallback text', carrierId: '41' },
    notifyUrl: 'https://requestinspector.com/inspect/01dp3d028s11zeetkqbvp562st',
    requestedReceipts: ['DELIVERED'],
    content: {
      type: 'standalone',
      richCard: {
        title: 'Hello $(name)',
        description: 'The description',
        orientation: 'VERTICAL',
        thumbnailAlignment: 'LEFT',
        media: { height: 'SHORT', url: 'https://bit.ly/2J5i2x0', fileSize: 1212 },
        suggestions: [{ type: 'reply', displayText: 'Yes', postbackData: 'usr_msg_yes' }],
      },
      suggestions: [{ type: 'reply', displayText: 'Yes', postbackData: 'usr_msg_yes' }],
    },
  };
}

export function v1Sms(): Body {
  return {
    priority: '1',
    deliverychannel: 'sms',
    channels: { sms: { text: 'test', type: '1' } },
    destination: [{ msisdn: ['918519909999'] }],
  };
}

export function v1SmsFull(): Body {
  return {
    correlationid: 'order-42',
    notifyurl: 'https://example.com/receipts',
    callbackData: 'cb-1',
    expiry: '2015-04-12T18:30:19.456+5:30',
    priority: '3',
    deliverychannel: 'sms',
    message: { template: 'T-1', parameters: { parameter1: 'one' } },
    channels: {
      smartlinks: [{ linkid: 12, validity: 30 }],
      sms: { type: '1', text: 'Hello', 'media-path': 'https://example.com/m', senderid: 'BRAND' },
    },
    destination: [
      { msisdn: ['447700900001', '447700900002'], correlationid: 'first' },
      { customerid: ['cust-9'], correlationid: 'second' },
    ],
  };
}

export function v1Voice(): Body {
  return {
    deliverychannel: 'voice',
    channels: { voice: { callflowid: 'CF1', cli: '441234567890' } },
    destination: [{ msisdn: ['447700900001'] }],
  };
}

export function v1Push(): Body {
  return {
    deliverychannel: 'push',
    channels: {
      push: {
        pushref: 'ref',
        ios: { text: 'iOS text', extras: {} },
        android: { text: 'Android text', priority: '5', extras: {} },
        web: {
          title: 'Title',
          text: 'Web text',
          url: 'https://example.com',
          actiontext: 'Go',
          platorm_types: ['chrome', 'safari', 'firefox'],
          extras: {},
        },
        interactive: {
          pushref: 'x',
          device_types: ['ios', 'android'],
          category: 'DOUBLE_YES_NO',
          actions: [
            { pos: 1, action: 'OPEN_URL', value: 'https://example.com/yes' },
            { pos: 2, action: 'DISMISS' },
          ],
        },
      },
    },
    destination: [{ android_pushid: ['abc'], firefox_pushid: ['id@key'] }, { customerid: ['c1'] }],
  };
}

/** Seed 002's app-messaging sample. */
export function v1AppMessaging(): Body {
  return {
    correlationid: 'corr',
    notifyurl: 'https://example.com/n',
    deliverychannel: 'appmessaging',
    channels: {
      appmessaging: {
        message: { text: 'RTM_message', attachment: { file: 'http://10.0.0.1/image.jpg', contentType: 'image', size: '10' } },
        notification: {
          web_extras: { collapse_key: 'web_col_key', action: 'web_col_key', url: 'https://example.com' },
          title: 'notification_title',
          text: 'notification_text',
          windows_extras: {
            logo: 'http://10.0.0.1/logo.jpg',
            sound: 'wind_not_sound',
            image: 'http://10.0.0.1/image.jpg',
            badge: 'wnd_badge',
            notificationaction: { action: 'OPEN_URL', value: 'https://example.com' },
          },
          interactive: {
            category: 'DOUBLE_YES_NO',
            pushref: 'pu_ref',
            actions: [
              { action: 'OPEN_APP', identifier: 'YES', pos: 1 },
              { action: 'OPEN_APP', identifier: 'NO', pos: 2 },
            ],
          },
          ios_extras: {
            attachmenturl: 'http://10.0.0.1/i.jpg',
            collapse_key: 'k',
            sound: 's',
            badge: 'b',
            notificationaction: { action: 'OPEN_URL', value: 'https://x.example' },
          },
          android_extras: {
            collapse_key: 'k',
            sound: 's',
            iconurl: 'http://10.0.0.1/i.png',
            customtags: { imageurl: 'img' },
            notificationaction: { action: 'OPEN_APP' },
          },
        },
        thread_type: 'conversation',
        thread_title: 'thread_title',
        thread_id: 'thread-1',
      },
    },
    destination: [
      { msisdn: ['447700900001'], correlationid: 'a' },
      { customerid: ['c1', 'c2'], correlationid: 'b' },
    ],
  };
}

/** Seed 003's flat `rt` sample. */
export function v1Rt(): Body {
  return {
    deliverychannel: 'rt',
    channels: {
      smartlinks: [{ linkid: '7', validity: '10' }],
      appmessaging: {
        senderid: 'app',
        extras: { notificationaction: { action: 'OPEN_URL', value: 'www.google.com' }, customtags: { key1: 'object1' } },
        text: 'Hello',
        priority: '3',
        attachments: [{ contentType: 'location', latitude: '51.5', longitude: '-0.12' }],
        interactive: { messageref: 'm', category: 'SINGLE_OPEN', actions: [{ pos: 1, action: 'OPEN_APP' }] },
      },
    },
    destination: [{ customerid: ['c1'] }],
  };
}

export function v1Ott(channel: 'fb' | 'twitter' | 'wa' | 'wechat'): Body {
  const blocks = {
    fb: {
      text: 'Hi',
      attachment: {
        type: 'template',
        payload: {
          template_type: 'generic',
          elements: [
            {
              title: 'Bubble',
              image_url: 'https://example.com/i.png',
              subtitle: 'Sub',
              buttons: [
                { type: 'web_url', url: 'https://example.com', title: 'Open' },
                { type: 'postback', title: 'Yes', payload: 'YES' },
              ],
            },
          ],
        },
      },
    },
    twitter: { text: 'Hello on Twitter' },
    wa: { text: 'Hello on WhatsApp' },
    wechat: { text: 'Hello', attachment: { type: 'image', media_id: 'm-1' } },
  };
  const kind = { fb: 'psid', twitter: 'twitterid', wa: 'msisdn', wechat: 'wechat_user_id' }[channel];
  return {
    deliverychannel: channel,
    channels: { smartlinks: [{ linkid: 1 }], 'OTT-Messaging': { [channel]: blocks[channel] } },
    destination: [{ [kind]: [channel === 'wa' ? '447700900001' : 'user-1'] }],
  };
}
