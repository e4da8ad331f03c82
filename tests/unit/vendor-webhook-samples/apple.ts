import { APPLE, type Sample } from './sample';

const ABC_USER = 'urn:mbid:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQyNDI0Mg==';

function apple(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    abcUserId: ABC_USER,
    channel: 'AppleBusinessChat',
    abcAccountId: '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    appId: 'a_639000000000000042',
    ts: '2026-07-26T19:56:51.809+01:00',
    tid: `amb-${String(fields.event)}-${String(fields.type ?? '')}`,
    locale: 'en_GB',
    requestIdentifier: '',
    timezone: '',
    capabilities: '',
    deviceAgent: '',
    capabilityList: 'AUTH%2CLIST%2CTIME%2CQUICK',
    ...fields,
  };
}

export const appleSamples: Sample[] = [
  // ---- Apple Messages for Business ----
  {
    name: 'Apple receipt Failed 7314 (applebusinesschat destination)',
    doc: APPLE,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          timeStamp: '2026-03-14T14:20:09.383+05:30',
          Description: 'Invalid application details',
          code: '7314',
          deliveryChannel: 'applebusinesschat',
          additionalInfo: 'Turn on the new authentication for this asset',
          destination: ABC_USER,
          destinationType: 'applebusinesschat',
          deliveryStatus: 'Failed',
        },
        subtid: '',
        transid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        callbackData: 'cb-amb',
        correlationid: 'corr-amb',
      },
    },
    expected: { kind: 'receipt', channel: 'apple', to: ABC_USER, status: { deliveryStatus: 'Failed', code: '7314' } },
    state: 'failed',
    details: { additionalInfo: 'Turn on the new authentication for this asset', deliveryChannel: 'applebusinesschat' },
  },
  {
    name: 'Apple invitation receipt Submitted (destination a phone number)',
    doc: APPLE,
    body: {
      deliveryInfoNotification: {
        subtid: '1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
        deliveryInfo: {
          deliveryChannel: 'applebusinesschat',
          Description: 'Submitted',
          destinationType: 'msisdn',
          timeStamp: '2026-05-12T06:52:59.311Z',
          code: '7501',
          additionalInfo: '',
          deliveryStatus: 'Submitted',
          destination: '447700900777',
        },
        correlationid: 'corr-inv',
        callbackData: 'invite-ctx',
        transid: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
      },
    },
    expected: {
      kind: 'receipt',
      channel: 'apple',
      to: '447700900777',
      correlation: {
        transid: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
        messageId: null,
        correlationId: 'corr-inv',
        callbackData: 'invite-ctx',
      },
    },
    state: 'accepted',
  },
  {
    name: 'Apple Incoming Text Message: the sender is abcUserId',
    doc: APPLE,
    body: apple({
      event: 'MO',
      message: 'Do you deliver on Sundays?',
      attachments: '',
      bizGroupId: '',
      bizIntentId: 'delivery_question',
      timestamp: '',
    }),
    expected: {
      kind: 'message',
      channel: 'apple',
      from: ABC_USER,
      to: 'a_639000000000000042',
      text: 'Do you deliver on Sundays?',
      attachments: [],
    },
    details: {
      abcAccountId: '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
      bizIntentId: 'delivery_question',
      capabilityList: 'AUTH,LIST,TIME,QUICK',
    },
  },
  {
    name: 'Apple image: the text is only the attachment mark U+FFFC',
    doc: APPLE,
    body: apple({
      event: 'MO',
      message: '\ufffc',
      attachments: JSON.stringify([
        {
          size: '204800',
          name: 'receipt-photo.jpeg',
          mimeType: 'image/jpeg',
          type: 'image',
          url: 'https://media.shop.example/amb/receipt-photo.jpeg',
        },
      ]),
    }),
    expected: {
      kind: 'message',
      channel: 'apple',
      from: ABC_USER,
      text: null,
      attachments: [
        { type: 'image', url: 'https://media.shop.example/amb/receipt-photo.jpeg', name: 'receipt-photo.jpeg', mimeType: 'image/jpeg' },
      ],
    },
  },
  {
    name: 'Apple list picker response (INTERACTIVERESPONSE, listPicker as JSON in a string)',
    doc: APPLE,
    body: apple({
      event: 'INTERACTIVERESPONSE',
      message: '',
      attachments: '',
      datePicker: '',
      listPicker: JSON.stringify({
        otherItemCount: 1,
        selectedItemCount: 1,
        otherItems: [{ identifier: '1', style: 'default', title: 'Small box', order: '1' }],
        selectedItems: [{ identifier: '0', style: 'default', title: 'Large box', order: '0' }],
      }),
      requestIdentifier: 'req-list-1',
    }),
    expected: { kind: 'postback', channel: 'apple', from: ABC_USER, text: 'Large box' },
    details: { postbackData: '0', requestIdentifier: 'req-list-1' },
  },
  {
    name: 'Apple time picker response (datePicker as JSON in a string)',
    doc: APPLE,
    body: apple({
      event: 'INTERACTIVERESPONSE',
      message: '',
      attachments: '',
      datePicker: JSON.stringify({
        identifier: 'dp-1',
        timezoneOffset: '0',
        location: {},
        title: 'Fitting appointment',
        timeslots: [{ duration: '1800', identifier: '0', startTime: '2026-12-18T15:30+0000' }],
      }),
      listPicker: '',
    }),
    expected: { kind: 'postback', channel: 'apple', text: 'Fitting appointment: 2026-12-18T15:30+0000' },
  },
  {
    name: 'Apple QuickReplyResponse (quickreplies as JSON in a string)',
    doc: APPLE,
    body: apple({
      event: 'QuickReplyResponse',
      quickreplies: JSON.stringify({
        selectedIdentifier: 'Track',
        items: [
          { identifier: 'Book', title: 'Book a fitting' },
          { identifier: 'Track', title: 'Track my order' },
        ],
        selectedIndex: 1,
      }),
      requestIdentifier: 'req-quick-1',
    }),
    expected: { kind: 'postback', channel: 'apple', text: 'Track my order' },
    details: { postbackData: 'Track' },
  },
  {
    name: 'Apple FormResponse (formResponse as JSON in a string)',
    doc: APPLE,
    body: apple({
      event: 'FormResponse',
      formResponse: JSON.stringify({
        template: 'messageForms',
        version: '1.1',
        private: true,
        selections: [
          {
            pageIdentifier: '0',
            items: [{ identifier: '0', value: 'meera@mail.example', type: 'input', title: 'meera@mail.example' }],
            subtitle: 'Where should we write to?',
            title: 'New email address',
          },
        ],
      }),
    }),
    expected: { kind: 'message', channel: 'apple', text: 'New email address: meera@mail.example' },
  },
  {
    name: 'Apple AuthenticationResponse: the status, never the token',
    doc: APPLE,
    body: apple({
      event: 'AuthenticationResponse',
      authenticateStatus: 'authenticated',
      authenticateToken: 'AUTH-TOKEN-do-not-show-0123456789',
    }),
    expected: { kind: 'activity', channel: 'apple', from: ABC_USER, text: 'Authentication: authenticated' },
    absent: ['authenticateToken'],
  },
  {
    name: 'Apple TYPINGINDICATOR typing_end',
    doc: APPLE,
    body: apple({ event: 'TYPINGINDICATOR', type: 'typing_end' }),
    expected: { kind: 'activity', channel: 'apple', text: 'Typing stopped' },
  },
  {
    name: 'Apple CONVERSATIONCLOSED',
    doc: APPLE,
    body: apple({ event: 'CONVERSATIONCLOSED', type: 'close' }),
    expected: { kind: 'activity', channel: 'apple', from: ABC_USER, text: 'Conversation closed' },
  },
  {
    name: 'Apple PaymentResponse: the status and the total',
    doc: APPLE,
    body: apple({
      event: 'PaymentResponse',
      paymentStatus: 'paid',
      merchantSessionIdentifier: 'PS-SESSION-1',
      merchantIdentifier: 'MERCHANT-1',
      paymentRequest: {
        lineItems: [{ amount: '20', label: 'Boots', type: 'Final' }],
        total: { amount: '20', label: 'Total', type: 'Final' },
        countryCode: 'GB',
        currencyCode: 'GBP',
      },
    }),
    expected: { kind: 'activity', channel: 'apple', text: 'Payment: paid (20 GBP)' },
  },
  {
    name: 'Apple InvitationResponse (invitationAccepted, msisdn)',
    doc: APPLE,
    body: apple({
      event: 'InvitationResponse',
      msisdn: '+447700900777',
      requestIdentifier: 'tel:+447700900777',
      invitationAccepted: 'true',
      invitationResponse: JSON.stringify({
        notification: { displayContent: { determinateResponse: { title: 'Yes', type: { yes: {} } } }, id: 'yes' },
        version: '1',
      }),
    }),
    expected: { kind: 'postback', channel: 'apple', from: ABC_USER, text: 'Invitation accepted' },
    details: { msisdn: '+447700900777' },
  },
];
