import { EMAIL, type Sample } from './sample';

/** Email receipts carry the global transaction id and the Data Stream context beside the receipt. */
function emailReceipt(info: Record<string, unknown>, top: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'x-wx-gtrid': '5a1e0c2d-77b0-4a51-9a3c-0f2b8e6d1c11',
    deliveryInfoNotification: {
      deliveryInfo: {
        timeStamp: '2026-11-02T09:15:01.481+05:30',
        code: '1234',
        deliveryChannel: 'email',
        additionalInfo: '',
        destination: 'ravi.k@mail.example',
        destinationType: 'email',
        ...info,
      },
      subtid: '',
      transid: 'b71f2e10-0c4d-4e6f-9a10-3c2d1e0f9a88',
      callbackData: '',
      correlationid: '',
    },
    dataIntegration: {
      context: { serviceId: '40417', serviceName: 'Orders mail', flowId: '', flowName: '', messagingAPI: 'true' },
      appContext: {},
    },
    ...top,
  };
}

export const emailOutboundSamples: Sample[] = [
  // ---- Email (EMAIL): receipts and the outbound message event ----
  {
    name: 'email receipt Submitted: gtrid and service from dataIntegration',
    doc: EMAIL,
    body: emailReceipt({ Description: 'Submitted', deliveryStatus: 'Submitted' }),
    expected: {
      kind: 'receipt',
      channel: 'email',
      direction: 'outbound',
      to: 'ravi.k@mail.example',
      status: { deliveryStatus: 'Submitted', description: 'Submitted' },
      correlation: { transid: 'b71f2e10-0c4d-4e6f-9a10-3c2d1e0f9a88', messageId: null, correlationId: null, callbackData: null },
    },
    state: 'accepted',
    details: { gtrid: '5a1e0c2d-77b0-4a51-9a3c-0f2b8e6d1c11', serviceName: 'Orders mail', serviceId: '40417' },
  },
  {
    name: 'email receipt Delivered',
    doc: EMAIL,
    body: emailReceipt({ Description: 'Delivered', deliveryStatus: 'Delivered' }),
    expected: { kind: 'receipt', channel: 'email', status: { deliveryStatus: 'Delivered' } },
    state: 'delivered',
  },
  {
    name: 'email receipt Read',
    doc: EMAIL,
    body: emailReceipt({ Description: 'Read', deliveryStatus: 'Read' }),
    expected: { kind: 'receipt', channel: 'email', status: { deliveryStatus: 'Read' } },
    state: 'read',
  },
  {
    name: 'email receipt Clicked: "url|ip" in Description, the browser in additionalInfo',
    doc: EMAIL,
    body: emailReceipt({
      Description: 'https://shop.example/offers/winter|198.51.100.23',
      additionalInfo: 'Mozilla\\/5.0 (X11; Linux x86_64) AppleWebKit\\/537.36 (KHTML, like Gecko) Chrome\\/140.0.0.0 Safari\\/537.36',
      deliveryStatus: 'Clicked',
    }),
    expected: { kind: 'receipt', channel: 'email', to: 'ravi.k@mail.example', status: { deliveryStatus: 'Clicked' } },
    state: 'read',
    details: {
      clickedUrl: 'https://shop.example/offers/winter',
      clickedFromIp: '198.51.100.23',
      additionalInfo: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
    },
  },
  {
    name: 'email receipt Failed (already bounced)',
    doc: EMAIL,
    body: emailReceipt({
      Description: 'already bounced : gone@mail.example',
      destination: 'gone@mail.example',
      deliveryStatus: 'Failed',
    }),
    expected: {
      kind: 'receipt',
      to: 'gone@mail.example',
      status: { deliveryStatus: 'Failed', description: 'already bounced : gone@mail.example' },
    },
    state: 'failed',
  },
  {
    name: 'email receipt Complaint 7521 (empty Description)',
    doc: EMAIL,
    body: emailReceipt({ Description: '', code: '7521', destination: 'angry@mail.example', deliveryStatus: 'Complaint' }),
    expected: { kind: 'receipt', to: 'angry@mail.example', status: { deliveryStatus: 'Complaint', code: '7521' } },
    state: 'delivered',
  },
  {
    name: 'email receipt Bounce 7520: the SMTP answer in additionalInfo',
    doc: EMAIL,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'email',
          Description: 'Permanent_General/Permanent_NoEmail/Transient_MailboxFull',
          destinationType: 'email',
          timeStamp: '2026-02-07T03:51:52.322+05:30',
          code: '7520',
          deliveryStatus: 'Bounce',
          destination: 'nobody@mail.example',
          additionalInfo:
            '5.1.1|failed|smtp; 550-5.1.1 The mailbox you tried to reach does not exist.\\n550 5.1.1  https:\\/\\/help.mail.example\\/nosuchuser - smtp',
        },
        subtid: '',
        transid: 'a1b2c3d4-0000-4e5f-9a6b-7c8d9e0f1a2b',
        callbackData: '',
        correlationid: '',
      },
      dataIntegration: {
        context: { serviceId: '40417', serviceName: 'Orders mail', flowId: '', flowName: '', messagingAPI: 'true' },
        appContext: {},
      },
    },
    expected: { kind: 'receipt', channel: 'email', to: 'nobody@mail.example', status: { deliveryStatus: 'Bounce', code: '7520' } },
    state: 'failed',
    details: {
      additionalInfo:
        '5.1.1|failed|smtp; 550-5.1.1 The mailbox you tried to reach does not exist.\n550 5.1.1  https://help.mail.example/nosuchuser - smtp',
    },
  },
  {
    name: 'email receipt Not Verified 7522 (destinationType emailid)',
    doc: EMAIL,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'email',
          Description: 'Account in sandbox mode. Destination email address is not verified',
          destinationType: 'emailid',
          timeStamp: '2026-07-21T12:44:23.644',
          code: '7522',
          deliveryStatus: 'Not Verified',
          destination: 'tester@mail.example',
        },
        subtid: '',
        transid: 'a1b2c3d4-0001-4e5f-9a6b-7c8d9e0f1a2b',
        callbackData: '',
        correlationid: '',
      },
      dataIntegration: {
        context: { serviceId: '40417', serviceName: 'Orders mail', flowId: '', flowName: '', messagingAPI: 'true' },
        appContext: {},
      },
    },
    expected: { kind: 'receipt', channel: 'email', to: 'tester@mail.example', status: { deliveryStatus: 'Not Verified', code: '7522' } },
    state: 'failed',
    details: { destinationType: 'emailid' },
  },
  {
    name: 'email receipt Invalid 7523',
    doc: EMAIL,
    body: emailReceipt({ Description: 'Invalid email address', code: '7523', destination: 'broken@invalid', deliveryStatus: 'Failed' }),
    expected: {
      kind: 'receipt',
      to: 'broken@invalid',
      status: { deliveryStatus: 'Failed', code: '7523', description: 'Invalid email address' },
    },
    state: 'failed',
  },
  {
    name: 'email Outbound Message event: our own send, attachments with mediaUrl/mimeType',
    doc: EMAIL,
    body: {
      attachments: [
        {
          duration: 5,
          disposition: 'attachment',
          mediaUrl: 'https://cdn.shop.example/img/banner.png',
          attachmentType: 2,
          name: 'Banner',
          mimeType: 'image/png',
        },
      ],
      subject: 'Your order shipped',
      transid: '6c5b4a39-28f7-4e6d-9c5b-4a3928f7e6d5',
      validateDestination: false,
      dataIntegration: { context: { Key1: 'alpha', Key2: 'beta' }, appContext: {} },
      body: 'Hi Ravi, your parcel is on its way.',
      tid: '6c5b4a39-28f7-4e6d-9c5b-4a3928f7e6d5',
      clientUUID: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      smtpHeaders: {},
      appId: 'a_701234567890120000',
      fromName: 'Shop Orders',
      replyTo: '',
      from: 'orders@shop.example',
      x_msg_seq: 0,
      to: ['ravi.k@mail.example'],
      serviceKey: 'svc-key-0f1e2d3c-4b5a-6978-8a9b-cafe00c0ffee',
      serviceId: 40417,
    },
    expected: {
      source: 'imiconnect',
      kind: 'message',
      channel: 'email',
      direction: 'outbound',
      from: 'orders@shop.example',
      fromName: 'Shop Orders',
      to: 'ravi.k@mail.example',
      subject: 'Your order shipped',
      text: 'Hi Ravi, your parcel is on its way.',
      attachments: [{ type: 'image', url: 'https://cdn.shop.example/img/banner.png', name: 'Banner', mimeType: 'image/png' }],
      correlation: { transid: '6c5b4a39-28f7-4e6d-9c5b-4a3928f7e6d5', messageId: null, correlationId: null, callbackData: null },
    },
    details: { appId: 'a_701234567890120000', serviceId: '40417' },
    absent: ['serviceKey'],
  },
];
