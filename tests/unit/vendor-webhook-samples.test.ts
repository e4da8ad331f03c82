import { describe, expect, it } from 'vitest';
import { NormalizedEvent } from '../../src/shared/inbound/event';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { receiptStateOf, type ReceiptState } from '../../src/shared/inbound/receipt-state';

// The samples Webex Connect's "Outbound Webhooks" pages publish (version 6.20), each rebuilt with
// the same shape (field names, case, nesting, types, JSON inside strings) and values of our own,
// through the normalizer the webhook listener calls. Each row says what the feed shows: kind,
// channel, addresses, text, delivery state and the details a user needs to act on the event.
// Families already covered by inbound-normalize-vendor-docs.test.ts and the seed tests are not
// repeated here.

const WX = 'https://developers.webexconnect.io/reference';
const EMAIL = `${WX}/email-outbound-webhooks`;
const RT = `${WX}/live-chat-in-app-messages-outbound-webhooks`;
const PUSH = `${WX}/push-outbound-webhooks`;
const SMS = `${WX}/sms-outbound-webhooks`;
const BRANDED = 'https://help.webexconnect.io/docs/rcs-branded-text';
const MESSENGER = 'https://help.webexconnect.io/docs/facebook-messenger';
const RCS = `${WX}/rcs-outbound-webhooks`;
const RCS_STREAMS = `${WX}/data-streams-rcs`;
// The stored copy of this page names no URL: Webex Connect developer docs v6.20, Apple Messages for Business → Outbound Webhooks.
const APPLE = 'Webex Connect v6.20: Apple Messages for Business Outbound Webhooks';

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

interface Sample {
  name: string;
  doc: string;
  body: Record<string, unknown>;
  expected: Partial<Omit<NormalizedEvent, 'details' | 'status'>> & { status?: Partial<NonNullable<NormalizedEvent['status']>> };
  /** The delivery state the feed's chip and History read from the status word. */
  state?: ReceiptState;
  details?: Record<string, string>;
  /** Detail keys that must not be there. */
  absent?: string[];
}

function normalized(body: unknown): NormalizedEvent {
  return NormalizedEvent.parse(normalizePayload(JSON.parse(JSON.stringify(body))));
}

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

function rtReceipt(info: Record<string, unknown>, notification: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    deliveryInfoNotification: {
      deliveryInfo: {
        timeStamp: '2026-11-02T06:38:46.939+01:00',
        deliveryChannel: 'rt',
        additionalInfo: '',
        destination: '55120',
        destinationType: 'customerid',
        ...info,
      },
      subtid: '0c9a1d3e-2b4f-4c5d-8e6f-7a8b9c0d1e2f',
      transid: '3e2d1c0b-4a5f-4e6d-9c8b-7a6f5e4d3c2b',
      callbackData: '',
      correlationid: '',
      ...notification,
    },
  };
}

const IOS_TOKEN = 'f00dfeed8d3ca5bcca73f0519fefdb2ca9a246627aa2eaa1ac4a90a86667b0b0';

function pushReceipt(info: Record<string, unknown>): Record<string, unknown> {
  return {
    deliveryInfoNotification: {
      deliveryInfo: {
        timeStamp: '2026-11-02T11:11:06.376+01:00',
        pushId: IOS_TOKEN,
        deliveryChannel: 'push',
        destination: IOS_TOKEN,
        destinationType: 'ios_pushid',
        deviceid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
        ...info,
      },
      subtid: '',
      transid: 'c0ffee15-34ab-4cde-8f01-23456789abcd',
      callbackData: 'order-77',
      correlationid: 'corr-77',
    },
  };
}

function smsReceipt(info: Record<string, unknown>, notification: Record<string, unknown> = {}, top: Record<string, unknown> = {}) {
  return {
    ...top,
    deliveryInfoNotification: {
      deliveryInfo: {
        timeStamp: '2026-11-02T13:53:13.749+01:00',
        deliveryChannel: 'SMS',
        additionalInfo: '',
        destination: '447700900321',
        destinationType: 'msisdn',
        ...info,
      },
      subtid: '',
      transid: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      callbackData: '',
      correlationid: '',
      ...notification,
    },
  };
}

const UPGRADE = { attemptedUpgradeto: 'Branded Text', upgradeResult: 'Fallback to SMS' };

const FORM = [
  {
    templateType: 'form',
    payload: {
      fields: [
        { name: 'Name', description: 'your name', label: 'Name', type: 'text', value: 'Meera', mandatory: false },
        { name: 'Email', description: 'email', label: 'Email', type: 'email', value: 'meera@mail.example', mandatory: false },
        { name: 'Plan', label: 'Plan', type: 'dropdown', value: 'Yearly', mandatory: false },
      ],
      title: 'Renewal form',
    },
    templateId: '7QK2ZP1M4R',
    contentType: 'template',
  },
];

const THREAD = JSON.stringify({
  updated_on: '2026-11-01T10:06:51.213Z',
  created_on: '2026-11-01T10:06:51.213Z',
  extras: { icFirstName: 'Meera', icLastName: 'Iyer' },
  id: '6d5c4b3a-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
  title: 'Kitchen',
  type: 'Conversation',
  category: 'Kitchen',
  unread_msg_count: 0,
  status: 'Active',
});

const PCI = JSON.stringify({
  droppedAttachmentCount: 0,
  isPCICompliance: true,
  isPCIValidationDone: true,
  isAttachmentEnabled: true,
  nonPCIComplianceReason: {},
});
const MALWARE = JSON.stringify({
  isMalwareValidationDone: 'NA',
  droppedAttachmentCount: 'NA',
  isMalwareCompliance: 'NA',
  malwareFailedReason: 'NA',
});
const SECURITY = JSON.stringify({
  droppedAttachmentCount: 1,
  isSecurityCompliance: false,
  securityFailedReason: {},
  isSecurityValidationDone: true,
});

function liveChat(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    userId: '55120',
    channel: 'Rtm',
    appId: 'KT48XX2207',
    ts: '2026-11-02T18:55:12.126+05:30',
    tid: `lc-${String(fields.event)}-${String(fields.type ?? '')}`,
    ...fields,
  };
}

const liveChatThread = {
  clientId: 'KT48XX2207/web/V2_11d93aa0c7b43bb0',
  thread_id: '6d5c4b3a-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
  thread_title: 'Kitchen',
  thread: THREAD,
};

const SAMPLES: Sample[] = [
  // ---- Email (EMAIL): inbound message, list events, receipts, the outbound message event ----
  {
    name: 'email Inbound Message: text, attachments and `to` as JSON in strings, dataIntegration as an array',
    doc: EMAIL,
    body: {
      // Escaped twice, as the page's sample is ("https:\\/\\/…").
      textMessage: 'Please resend invoice 5512: https:\\/\\/shop.example\\/inv\\/5512\nThanks, Ravi',
      attachments: JSON.stringify([
        { name: 'voice_note.mp3', contentType: 'audio/mpeg', url: 'https://files.mail.example/att/1_voice_note.mp3' },
        { name: 'clip.3gp', contentType: 'video/3gpp', url: 'https://files.mail.example/att/2_clip.3gp' },
      ]),
      subject: 'Invoice 5512',
      transid: '2f4e6a8c-1b3d-4f5a-9c7e-0a2b4c6d8e10',
      channel: 'Email',
      htmlMessage: '<div>Please resend invoice 5512.<br>Thanks, Ravi</div>',
      dataIntegration: [
        {
          prebuiltId: 61210,
          outBoundEventNotificationEnabled: 1,
          drEventNotificationEnabled: 1,
          context: { serviceId: '', serviceName: '', flowId: '', flowName: '', messagingAPI: 'false' },
          userAuditNotificationEnabled: 0,
          assetLevel: 1,
          isInboundEventNotificationEnabled: 1,
          dataIntegrationid: 60333,
        },
      ],
      appContext: {},
      event_identifier: 'MO',
      userId: '',
      tid: '2f4e6a8c-1b3d-4f5a-9c7e-0a2b4c6d8e10',
      clientUUID: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'x-wx-gtrid': '',
      channel_identifier: 'EMAIL',
      appId: 'a_701234567890120000',
      tenantId: 9031,
      from: 'ravi.k@mail.example',
      to: JSON.stringify(['"billing@shop.example" <billing@shop.example>']),
      event: 'Inbound Message',
      ts: '2026-11-02T11:41:42.601+05:30',
    },
    expected: {
      kind: 'message',
      channel: 'email',
      direction: 'inbound',
      from: 'ravi.k@mail.example',
      to: 'billing@shop.example',
      subject: 'Invoice 5512',
      text: 'Please resend invoice 5512: https://shop.example/inv/5512\nThanks, Ravi',
      externalId: '2f4e6a8c-1b3d-4f5a-9c7e-0a2b4c6d8e10',
      attachments: [
        {
          type: 'audio',
          url: 'https://files.mail.example/att/1_voice_note.mp3',
          name: 'voice_note.mp3',
          mimeType: 'audio/mpeg',
        },
        { type: 'video', url: 'https://files.mail.example/att/2_clip.3gp', name: 'clip.3gp', mimeType: 'video/3gpp' },
      ],
    },
    details: { appId: 'a_701234567890120000', event: 'Inbound Message' },
    absent: ['problem'],
  },
  {
    name: 'email Inbound Message with only an HTML body',
    doc: EMAIL,
    body: {
      subject: 'Hello',
      channel: 'Email',
      htmlMessage: '<div style="font-family: Arial">Call me <b>tomorrow</b>.</div>',
      tid: 'mail-html-1',
      appId: 'a_701234567890120000',
      from: 'ravi.k@mail.example',
      to: JSON.stringify(['billing@shop.example', '"Desk" <desk@shop.example>']),
      event: 'Inbound Message',
    },
    expected: { kind: 'message', channel: 'email', text: 'Call me tomorrow.', to: 'billing@shop.example, desk@shop.example' },
  },
  {
    name: 'email Unsubscribe: the list is the senderId, dataIntegration as an object',
    doc: EMAIL,
    body: {
      transid: '8e1f0a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b',
      channel: 'Email',
      dataIntegration: {
        context: { serviceId: '', serviceName: '', flowId: '', flowName: '', messagingAPI: 'false' },
        appContext: {},
      },
      tid: '8e1f0a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b',
      clientUUID: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'x-wx-gtrid': '',
      senderId: 'news@shop.example',
      appId: 'a_701234567890120000',
      from: 'ravi.k@mail.example',
      correlationId: '',
      event: 'Unsubscribe',
      ts: '2026-11-03T12:30:10.340+05:30',
    },
    expected: { kind: 'unsubscribe', channel: 'email', from: 'ravi.k@mail.example', to: 'news@shop.example' },
  },
  {
    name: 'email Subscribe',
    doc: EMAIL,
    body: {
      transid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      channel: 'Email',
      dataIntegration: { context: { serviceId: '', serviceName: '', flowId: '', flowName: '', messagingAPI: 'false' }, appContext: {} },
      tid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      clientUUID: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'x-wx-gtrid': '',
      senderId: 'news@shop.example',
      appId: 'a_701234567890120000',
      from: 'ravi.k@mail.example',
      correlationId: '',
      event: 'Subscribe',
      ts: '2026-11-03T12:30:12.652+05:30',
    },
    expected: { kind: 'subscribe', channel: 'email', from: 'ravi.k@mail.example', to: 'news@shop.example' },
  },
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

  // ---- Live chat / in-app messaging (RT) ----
  {
    name: 'RT receipt Submitted',
    doc: RT,
    body: rtReceipt({ Description: 'Submitted', code: '7501', deliveryStatus: 'Submitted' }),
    expected: { kind: 'receipt', channel: 'rtm', to: '55120', status: { deliveryStatus: 'Submitted', code: '7501' } },
    state: 'accepted',
    details: { subtid: '0c9a1d3e-2b4f-4c5d-8e6f-7a8b9c0d1e2f', destinationType: 'customerid' },
  },
  {
    name: 'RT receipt Delivered',
    doc: RT,
    body: rtReceipt({ Description: 'Delivered', code: '7500', deliveryStatus: 'Delivered' }),
    expected: { kind: 'receipt', channel: 'rtm', status: { deliveryStatus: 'Delivered' } },
    state: 'delivered',
  },
  {
    name: 'RT receipt Read',
    doc: RT,
    body: rtReceipt({ Description: 'Read', code: '7502', deliveryStatus: 'Read' }),
    expected: { kind: 'receipt', channel: 'rtm', status: { deliveryStatus: 'Read' } },
    state: 'read',
  },
  {
    name: 'RT receipt Failed 7312 (invalid thread id)',
    doc: RT,
    body: rtReceipt({
      pushId: '',
      Description: 'Invalid thread id',
      code: '7312',
      destinationType: 'userid',
      deviceid: '',
      deliveryStatus: 'Failed',
      additionalInfo: undefined,
    }),
    expected: {
      kind: 'receipt',
      channel: 'rtm',
      to: '55120',
      status: { deliveryStatus: 'Failed', code: '7312', description: 'Invalid thread id' },
    },
    state: 'failed',
  },
  {
    name: 'RT receipt Clicked 7528: ids inside deliveryInfo, interactiveData as an object',
    doc: RT,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          timeStamp: '2026-11-02T23:01:08.741+05:30',
          Description: 'Clicked',
          code: '7528',
          subtid: '0c9a1d3e-2b4f-4c5d-8e6f-7a8b9c0d1e2f',
          deliveryChannel: 'rt',
          transid: '3e2d1c0b-4a5f-4e6d-9c8b-7a6f5e4d3c2b',
          callbackData: 'cart-9',
          destination: '55120',
          interactiveData: { identifier: '2', type: 'webUrl', title: 'Track parcel', url: 'https://shop.example/track/9' },
          destinationType: 'userid',
          correlationid: 'corr-9',
          deliveryStatus: 'Clicked',
        },
      },
    },
    expected: {
      kind: 'receipt',
      channel: 'rtm',
      to: '55120',
      status: { deliveryStatus: 'Clicked', code: '7528' },
      correlation: { transid: '3e2d1c0b-4a5f-4e6d-9c8b-7a6f5e4d3c2b', messageId: null, correlationId: 'corr-9', callbackData: 'cart-9' },
      externalId: '3e2d1c0b-4a5f-4e6d-9c8b-7a6f5e4d3c2b|Clicked|55120',
    },
    state: 'read',
    details: {
      subtid: '0c9a1d3e-2b4f-4c5d-8e6f-7a8b9c0d1e2f',
      clickedTitle: 'Track parcel',
      clickedType: 'webUrl',
      clickedId: '2',
      clickedUrl: 'https://shop.example/track/9',
    },
  },
  {
    name: 'in-app receipt Read with interaction (deprecated appmessaging shape)',
    doc: RT,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'appmessaging',
          Description: 'Read',
          destinationType: 'customerid',
          timeStamp: '2026-07-22T11:22:50.065',
          code: '7502',
          deliveryStatus: 'Read',
          deviceid: '356938035643809',
          destination: '4411',
          interaction: { Button_Pressed: 'RENEW', MessageRef: '99887766' },
        },
        correlationid: 'corr-in-app-1',
        callbackData: 'cb-in-app-1',
        transid: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      },
    },
    expected: { kind: 'receipt', channel: 'rtm', to: '4411', status: { deliveryStatus: 'Read' } },
    state: 'read',
    details: { buttonPressed: 'RENEW', 'interaction.MessageRef': '99887766', deviceid: '356938035643809' },
  },
  {
    name: 'live chat Incoming Message: thread, pciInfo, malwareinfo and securityscaninfo as JSON in strings',
    doc: RT,
    body: liveChat({
      event: 'MO',
      message: 'Is the blender in stock?',
      attachments: '',
      replyTo: '',
      ...liveChatThread,
      extras: '',
      pciInfo: PCI,
      malwareinfo: MALWARE,
      securityscaninfo: SECURITY,
    }),
    expected: { kind: 'message', channel: 'rtm', from: '55120', to: 'KT48XX2207', text: 'Is the blender in stock?', attachments: [] },
    details: {
      threadTitle: 'Kitchen',
      threadId: '6d5c4b3a-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
      'pciInfo.isPCICompliance': 'true',
      'securityscaninfo.isSecurityCompliance': 'false',
      'securityscaninfo.droppedAttachmentCount': '1',
    },
  },
  {
    name: 'live chat OnProfileCreate (registration request)',
    doc: RT,
    body: liveChat({ event: 'OnProfileCreate' }),
    expected: { kind: 'profile', channel: 'rtm', from: '55120', text: null },
  },
  {
    name: 'live chat OnProfileUpdate with an empty userId',
    doc: RT,
    body: liveChat({ event: 'OnProfileUpdate', userId: '' }),
    expected: { kind: 'profile', channel: 'rtm', from: null },
  },
  {
    name: 'live chat OnFormResponse: the answers in a form template inside attachments',
    doc: RT,
    body: liveChat({
      relatedTid: 'R9f8e7d6c-5b4a-4321-8fed-cba987654321',
      event: 'OnFormResponse',
      message: '',
      attachments: JSON.stringify(FORM),
      replyTo: '',
      pciInfo: PCI,
      malwareinfo: MALWARE,
      securityscaninfo: SECURITY,
    }),
    expected: {
      kind: 'message',
      channel: 'rtm',
      from: '55120',
      text: 'Name: Meera\nEmail: meera@mail.example\nPlan: Yearly',
      attachments: [],
    },
    details: { formTitle: 'Renewal form', relatedTid: 'R9f8e7d6c-5b4a-4321-8fed-cba987654321' },
    absent: ['problem'],
  },
  {
    name: 'live chat OnPostback for a quick reply (interactiveData and extras as JSON in strings)',
    doc: RT,
    body: liveChat({
      event: 'OnPostback',
      message: 'Sure',
      attachments: '',
      replyTo: '',
      interactiveData: JSON.stringify({ reference: 'ref-a', identifier: '55443322110099', type: 'quickReplyPostback', title: 'Sure' }),
      ...liveChatThread,
      extras: JSON.stringify({ customtags: { tier: 'gold' } }),
      pciInfo: PCI,
    }),
    expected: { kind: 'postback', channel: 'rtm', from: '55120', text: 'Sure' },
    details: { postbackData: '55443322110099', threadTitle: 'Kitchen' },
  },
  {
    name: 'live chat OnPostback for a generic template button',
    doc: RT,
    body: liveChat({
      event: 'OnPostback',
      message: 'Add to cart',
      attachments: '',
      replyTo: '',
      interactiveData: JSON.stringify({ reference: 'ref-b', identifier: '1029384756', type: 'templatePostback', title: 'Add to cart' }),
      ...liveChatThread,
      extras: '',
    }),
    expected: { kind: 'postback', channel: 'rtm', text: 'Add to cart' },
    details: { postbackData: '1029384756' },
  },
  {
    name: 'live chat TypingIndicator typingStart',
    doc: RT,
    body: liveChat({ event: 'TypingIndicator', type: 'typingStart', message: 'Typing Start', ...liveChatThread, extras: '' }),
    expected: { source: 'imiconnect', kind: 'activity', channel: 'rtm', from: '55120', text: 'Typing started' },
    details: { typing: 'typingStart' },
  },
  {
    // The page's sample says "Typing Start" in `message` for a stop: `type` decides.
    name: 'live chat TypingIndicator typingStop',
    doc: RT,
    body: liveChat({ event: 'TypingIndicator', type: 'typingStop', message: 'Typing Start', ...liveChatThread, extras: '' }),
    expected: { source: 'imiconnect', kind: 'activity', channel: 'rtm', from: '55120', text: 'Typing stopped' },
    details: { typing: 'typingStop' },
  },

  // ---- Push (Android, iOS, web) ----
  {
    name: 'push (Android) Submitted with a callbackData and correlationid',
    doc: PUSH,
    body: pushReceipt({
      pushId: 'fcm:APA91bX-token-1',
      destination: 'fcm:APA91bX-token-1',
      destinationType: 'android_pushid',
      deviceid: 'abc0123456d78efa',
      Description: 'Submitted',
      code: '7501',
      deliveryStatus: 'Submitted',
    }),
    expected: {
      kind: 'receipt',
      channel: 'push',
      to: 'fcm:APA91bX-token-1',
      correlation: { transid: 'c0ffee15-34ab-4cde-8f01-23456789abcd', messageId: null, correlationId: 'corr-77', callbackData: 'order-77' },
    },
    state: 'accepted',
    details: { destinationType: 'android_pushid', deviceid: 'abc0123456d78efa', pushId: 'fcm:APA91bX-token-1' },
  },
  {
    name: 'push (Android) Read with interaction, to a user id',
    doc: PUSH,
    body: pushReceipt({
      pushId: '',
      Description: 'Read',
      code: '7502',
      destination: '778899',
      interaction: { Button_Pressed: 'LATER', pushref: 'promo-12' },
      destinationType: 'userid',
      deviceid: '',
      deliveryStatus: 'Read',
    }),
    expected: { kind: 'receipt', channel: 'push', to: '778899', status: { deliveryStatus: 'Read' } },
    state: 'read',
    details: { buttonPressed: 'LATER', 'interaction.pushref': 'promo-12', destinationType: 'userid' },
  },
  {
    name: 'push Failed 7003 (mandatory parameters missing)',
    doc: PUSH,
    body: pushReceipt({
      pushId: '',
      Description: 'Mandatory parameters missing.',
      code: '7003',
      destination: '4455',
      deliveryStatus: 'Failed',
    }),
    expected: {
      kind: 'receipt',
      channel: 'push',
      status: { deliveryStatus: 'Failed', code: '7003', description: 'Mandatory parameters missing.' },
    },
    state: 'failed',
  },
  {
    name: 'push Failed 7105 (customer profile not found, empty destinationType)',
    doc: PUSH,
    body: pushReceipt({
      pushId: '',
      Description: 'Customer profile not found',
      code: '7105',
      destination: '4456',
      destinationType: '',
      deviceid: '',
      deliveryStatus: 'Failed',
    }),
    expected: { kind: 'receipt', channel: 'push', to: '4456', status: { deliveryStatus: 'Failed', code: '7105' } },
    state: 'failed',
    absent: ['destinationType', 'deviceid', 'pushId'],
  },
  {
    name: 'push (iOS) Delivered',
    doc: PUSH,
    body: pushReceipt({ Description: 'Delivered', code: '7500', deliveryStatus: 'Delivered' }),
    expected: { kind: 'receipt', channel: 'push', to: IOS_TOKEN, status: { deliveryStatus: 'Delivered' } },
    state: 'delivered',
    details: { destinationType: 'ios_pushid', deviceid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90' },
  },
  {
    name: 'push (iOS) Read with interaction',
    doc: PUSH,
    body: pushReceipt({
      Description: 'Read',
      code: '7502',
      interaction: { Button_Pressed: 'OPEN', pushref: 'ios-ref' },
      deliveryStatus: 'Read',
    }),
    expected: { kind: 'receipt', channel: 'push', status: { deliveryStatus: 'Read' } },
    state: 'read',
    details: { buttonPressed: 'OPEN' },
  },
  {
    name: 'push (iOS) Failed 7404 ("Others")',
    doc: PUSH,
    body: pushReceipt({ Description: 'Others', code: '7404', deliveryStatus: 'Failed' }),
    expected: {
      kind: 'receipt',
      channel: 'push',
      to: IOS_TOKEN,
      status: { deliveryStatus: 'Failed', code: '7404', description: 'Others' },
    },
    state: 'failed',
  },
  {
    name: 'push (web, Chrome) Read',
    doc: PUSH,
    body: pushReceipt({
      pushId: 'web:chrome-token-5',
      destination: 'web:chrome-token-5',
      destinationType: 'chrome_pushid',
      deviceid: '1234987711223344',
      Description: 'Read',
      code: '7502',
      deliveryStatus: 'Read',
    }),
    expected: { kind: 'receipt', channel: 'push', to: 'web:chrome-token-5' },
    state: 'read',
    details: { destinationType: 'chrome_pushid' },
  },
  {
    name: 'push (web, Firefox) Submitted',
    doc: PUSH,
    body: pushReceipt({
      pushId: 'web:firefox-token-6',
      destination: 'web:firefox-token-6',
      destinationType: 'firefox_pushid',
      deviceid: '1234987711229999',
      Description: 'Submitted',
      code: '7501',
      deliveryStatus: 'Submitted',
    }),
    expected: { kind: 'receipt', channel: 'push', to: 'web:firefox-token-6' },
    state: 'accepted',
    details: { destinationType: 'firefox_pushid' },
  },

  // ---- SMS and Branded Text ----
  {
    name: 'SMS Submitted (its Description names a failure; the status word decides)',
    doc: SMS,
    body: smsReceipt({ Description: 'Invalid address', code: '7102', deliveryStatus: 'Submitted' }),
    expected: { kind: 'receipt', channel: 'sms', to: '447700900321', status: { deliveryStatus: 'Submitted', code: '7102' } },
    state: 'accepted',
  },
  {
    name: 'SMS Failed 7107 with messageCount and an empty carrier',
    doc: SMS,
    body: smsReceipt(
      { Description: 'Message length exceeded', code: '7107', messageCount: '1', deliveryStatus: 'Failed' },
      { carrier: '' },
    ),
    expected: {
      kind: 'receipt',
      channel: 'sms',
      status: { deliveryStatus: 'Failed', code: '7107', description: 'Message length exceeded' },
    },
    state: 'failed',
    details: { messageCount: '1' },
    absent: ['carrier'],
  },
  {
    name: 'SMS Un-Delivered with a carrier id beside deliveryInfo',
    doc: SMS,
    body: smsReceipt(
      { Description: 'Absent subscriber', code: '7207', messageCount: '1', deliveryStatus: 'Un-Delivered' },
      { carrier: 'GBVOD' },
    ),
    expected: { kind: 'receipt', channel: 'sms', status: { deliveryStatus: 'Un-Delivered', code: '7207' } },
    state: 'failed',
    details: { carrier: 'GBVOD' },
  },
  {
    name: 'SMS Delivered with messageCount and carrier',
    doc: SMS,
    body: smsReceipt({ Description: 'Delivered', code: '7500', messageCount: '2', deliveryStatus: 'Delivered' }, { carrier: 'GBVOD' }),
    expected: { kind: 'receipt', channel: 'sms', status: { deliveryStatus: 'Delivered' } },
    state: 'delivered',
    details: { messageCount: '2', carrier: 'GBVOD' },
  },
  {
    name: 'SMS Clicked 7528 (API v2 short links): "url|ip" and the browser',
    doc: SMS,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'sms',
          Description: 'https://shop.example/s/deal?x=1|203.0.113.9',
          destinationType: 'msisdn',
          timeStamp: '2026-11-02T13:53:13.749+01:00',
          additionalInfo: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15',
          code: '7528',
          deliveryStatus: 'Clicked',
          destination: '447700900654',
        },
        correlationid: 'corr-sms-click',
        callbackData: 'cb-sms-click',
        transid: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
      },
    },
    expected: { kind: 'receipt', channel: 'sms', to: '447700900654', status: { deliveryStatus: 'Clicked', code: '7528' } },
    state: 'read',
    details: {
      clickedUrl: 'https://shop.example/s/deal?x=1',
      clickedFromIp: '203.0.113.9',
      additionalInfo: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15',
    },
  },
  {
    name: 'SMS Incoming Message ("userld", "Channel", message_source, messageCount)',
    doc: SMS,
    body: {
      userld: '4410',
      Channel: 'SMS',
      da: '60777',
      message_source: 'SMS',
      oa: '447700900111',
      message: 'STOP deals',
      messageCount: '1',
      tid: '0071_99887766554',
      datetime: '2026-11-07T14:36:09.266Z',
      ts: '2026-11-07T14:36:09.266Z',
      x_networkid: 'GBVOD',
    },
    expected: { kind: 'message', channel: 'sms', from: '447700900111', to: '60777', text: 'STOP deals', externalId: '0071_99887766554' },
    details: { x_networkid: 'GBVOD', message_source: 'SMS', messageCount: '1' },
  },
  {
    name: 'Branded Text: SMS Delivered with attemptedUpgradeto / upgradeResult',
    doc: BRANDED,
    body: smsReceipt({ Description: 'Delivered', code: '7500', messageCount: '1', deliveryStatus: 'Delivered', ...UPGRADE }),
    expected: { kind: 'receipt', channel: 'sms', status: { deliveryStatus: 'Delivered' } },
    state: 'delivered',
    details: { attemptedUpgradeTo: 'Branded Text', upgradeResult: 'Fallback to SMS' },
  },
  {
    name: 'Branded Text: SMS Clicked 7528, upgraded to RCS basic',
    doc: BRANDED,
    body: smsReceipt({
      Description: 'https://shop.example/b|192.0.2.77',
      code: '7528',
      additionalInfo: 'Mozilla/5.0 (Linux; Android 15) Chrome/140.0.0.0 Mobile',
      deliveryChannel: 'sms',
      deliveryStatus: 'Clicked',
      attemptedUpgradeto: 'Branded Text',
      upgradeResult: 'Upgraded to RCS basic',
    }),
    expected: { kind: 'receipt', channel: 'sms', status: { deliveryStatus: 'Clicked' } },
    state: 'read',
    details: { upgradeResult: 'Upgraded to RCS basic', clickedUrl: 'https://shop.example/b', clickedFromIp: '192.0.2.77' },
  },
  {
    name: 'Branded Text (Data Streams shape): gtrid and the sending flow from dataIntegration',
    doc: BRANDED,
    body: smsReceipt(
      { Description: 'Submitted', code: '7501', deliveryStatus: 'Submitted', ...UPGRADE },
      { subtid: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b', transid: '0042_1762000000001' },
      {
        'x-wx-gtrid': '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
        dataIntegration: {
          context: {
            SMSSendNode: '200',
            serviceId: '5150',
            serviceName: 'Deals SMS',
            flowId: '6160',
            flowName: 'Weekly deals',
            messagingAPI: 'false',
          },
          appContext: {},
        },
      },
    ),
    expected: { kind: 'receipt', channel: 'sms', externalId: '0042_1762000000001|Submitted|447700900321' },
    state: 'accepted',
    details: {
      gtrid: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
      serviceName: 'Deals SMS',
      flowName: 'Weekly deals',
      subtid: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b',
      attemptedUpgradeTo: 'Branded Text',
    },
  },

  // ---- RCS: Outbound Webhooks and the same events from Data Streams ----
  {
    name: 'RCS receipt Submitted with carrier and serviceProvider beside deliveryInfo',
    doc: RCS,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          timeStamp: '2026-10-17T14:14:30.495-04:00',
          Description: 'Submitted',
          code: '7501',
          deliveryChannel: 'rcs',
          additionalInfo: '',
          destination: '+15550142200',
          destinationType: 'msisdn',
          deliveryStatus: 'Submitted',
        },
        carrier: '12',
        subtid: 'e2d4c6b8-1a3f-4e5d-9c7b-8a6f4e2d0c1b',
        transid: 'e2d4c6b8-1a3f-4e5d-9c7b-8a6f4e2d0c1b',
        callbackData: '',
        serviceProvider: 'GOOGLE',
        correlationid: '',
      },
    },
    expected: { kind: 'receipt', channel: 'rcs', to: '+15550142200', status: { deliveryStatus: 'Submitted' } },
    state: 'accepted',
    details: { carrier: '12', serviceProvider: 'GOOGLE' },
  },
  {
    name: 'RCS receipt Failed 7740 (Data Streams: gtrid, flow and service)',
    doc: RCS_STREAMS,
    body: {
      'x-wx-gtrid': '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
      deliveryInfoNotification: {
        deliveryInfo: {
          timeStamp: '2026-03-04T16:23:11.086+05:30',
          Description: 'Invalid media details',
          code: '7740',
          deliveryChannel: 'rcs',
          additionalInfo: 'Media URL answered 404',
          destination: '+15550142201',
          destinationType: 'msisdn',
          deliveryStatus: 'Failed',
        },
        carrier: '',
        subtid: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
        transid: '6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c',
        callbackData: '',
        serviceProvider: '',
        correlationid: '',
      },
      dataIntegration: {
        context: {
          'Message type': 'Dynamic Carousel',
          serviceId: '7070',
          serviceName: 'Promo RCS',
          flowId: '8080',
          flowName: 'Carousel flow',
          messagingAPI: 'false',
        },
        appContext: {},
      },
    },
    expected: { kind: 'receipt', channel: 'rcs', status: { deliveryStatus: 'Failed', code: '7740', description: 'Invalid media details' } },
    state: 'failed',
    details: { additionalInfo: 'Media URL answered 404', gtrid: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', flowName: 'Carousel flow' },
    absent: ['carrier', 'serviceProvider'],
  },
  {
    name: 'RCS Incoming Message ("messageid" in lower case, carrier, serviceProvider)',
    doc: RCS,
    body: {
      channel: 'rcs',
      msisdn: '+15550142202',
      message: 'Book me in',
      appId: 'a_170000000000000001',
      event: 'MO',
      ts: '2026-10-23T02:10:49.466-03:00',
      tid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      serviceProvider: 'GOOGLE',
      carrier: '12',
      messageid: 'msgrcs0001abcd',
    },
    expected: {
      kind: 'message',
      channel: 'rcs',
      from: '+15550142202',
      to: 'a_170000000000000001',
      text: 'Book me in',
      externalId: 'msgrcs0001abcd',
    },
    details: { carrier: '12', serviceProvider: 'GOOGLE' },
  },
  {
    name: 'RCS Location event (latitude / longitude as strings)',
    doc: RCS,
    body: {
      channel: 'rcs',
      msisdn: '+15550142202',
      appId: 'a_170000000000000001',
      event: 'Location',
      ts: '2026-10-17T14:34:58.808+03:00',
      tid: 'loc-rcs-1',
      serviceProvider: 'GOOGLE',
      carrier: 'N/A',
      latitude: '52.520008',
      longitude: '13.404954',
      messageId: 'msgrcs0002',
    },
    expected: { kind: 'message', channel: 'rcs', attachments: [{ type: 'location', url: null, lat: 52.520008, lng: 13.404954 }] },
  },
  {
    name: 'RCS SUBSCRIBE in capitals',
    doc: RCS,
    body: {
      channel: 'rcs',
      msisdn: '+15550142203',
      appId: 'a_170000000000000001',
      event: 'SUBSCRIBE',
      ts: '2026-10-28T15:41:39.367+05:30',
      tid: 'sub-rcs-1',
      serviceProvider: 'GOOGLE',
      carrier: '573',
      messageId: 'msgrcs0003',
    },
    expected: { kind: 'subscribe', channel: 'rcs', from: '+15550142203' },
  },
  {
    name: 'RCS postback in the Data Streams shape (event "MO", the tap in `postback`)',
    doc: RCS_STREAMS,
    body: {
      postback: 'BOOK_SLOT_2',
      transid: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
      channel: 'rcs',
      messageId: 'msgrcs0004',
      dataIntegration: { context: { serviceId: '', serviceName: '', flowId: '', flowName: '', messagingAPI: 'false' }, appContext: {} },
      message: 'Tuesday 10:00',
      tid: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a',
      'x-wx-gtrid': '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
      carrier: '12',
      appId: 'a_170000000000000001',
      serviceProvider: 'GOOGLE',
      msisdn: '+15550142204',
      event: 'MO',
      ts: '2026-04-01T14:55:38.135+05:30',
    },
    expected: { kind: 'postback', channel: 'rcs', from: '+15550142204', text: 'Tuesday 10:00' },
    details: { postbackData: 'BOOK_SLOT_2', gtrid: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b' },
  },
  {
    name: 'RCS Outbound Message (Data Streams): our own text send, with serviceKey',
    doc: RCS_STREAMS,
    body: {
      transid: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
      dataIntegration: {
        context: { serviceId: '7070', serviceName: 'Promo RCS', flowId: '', flowName: '', messagingAPI: 'true' },
        appContext: {},
      },
      priority: 3,
      tid: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d',
      content: { fileSize: 0, text: 'Your table is booked for 8 pm', type: 'text' },
      clientUUID: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'x-wx-gtrid': '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      appId: 'a_170000000000000001',
      x_msg_seq: 0,
      serviceKey: 'svc-key-rcs-0f1e2d3c4b5a69788a9b',
      msisdn: '+15550142205',
      carrierId: 0,
    },
    expected: {
      kind: 'message',
      channel: 'rcs',
      direction: 'outbound',
      from: 'a_170000000000000001',
      to: '+15550142205',
      text: 'Your table is booked for 8 pm',
      correlation: { transid: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', messageId: null, correlationId: null, callbackData: null },
    },
    details: { serviceName: 'Promo RCS', gtrid: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e' },
    absent: ['serviceKey'],
  },
  {
    name: 'RCS Outbound Message (Data Streams): a rich card with media',
    doc: RCS_STREAMS,
    body: {
      transid: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f',
      priority: 3,
      tid: '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
      content: {
        richCard: {
          orientation: 'HORIZONTAL',
          thumbnailAlignment: 'RIGHT',
          description: 'Two for one on Tuesdays',
          media: { fileSize: 0, url: 'https://cdn.shop.example/rcs/promo.mp4', height: 'MEDIUM' },
          title: 'Taco Tuesday',
        },
        fileSize: 0,
        suggestions: [{ displayText: 'Book', postbackData: 'book', type: 'reply' }],
        type: 'standalone',
      },
      appId: 'a_170000000000000001',
      x_msg_seq: 0,
      serviceKey: 'svc-key-rcs-0f1e2d3c4b5a69788a9b',
      msisdn: '+15550142206',
      carrierId: 0,
    },
    expected: {
      kind: 'message',
      channel: 'rcs',
      direction: 'outbound',
      to: '+15550142206',
      text: 'Taco Tuesday\nTwo for one on Tuesdays',
      attachments: [{ type: 'video', url: 'https://cdn.shop.example/rcs/promo.mp4', name: 'promo.mp4' }],
    },
  },

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
    expected: { kind: 'receipt', to: ABC_USER, status: { deliveryStatus: 'Failed', code: '7314' } },
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
    expected: { kind: 'message', from: ABC_USER, to: 'a_639000000000000042', text: 'Do you deliver on Sundays?', attachments: [] },
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
    expected: { kind: 'postback', from: ABC_USER, text: 'Large box' },
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
    expected: { kind: 'postback', text: 'Fitting appointment: 2026-12-18T15:30+0000' },
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
    expected: { kind: 'postback', text: 'Track my order' },
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
    expected: { kind: 'message', text: 'New email address: meera@mail.example' },
  },
  {
    name: 'Apple AuthenticationResponse: the status, never the token',
    doc: APPLE,
    body: apple({
      event: 'AuthenticationResponse',
      authenticateStatus: 'authenticated',
      authenticateToken: 'AUTH-TOKEN-do-not-show-0123456789',
    }),
    expected: { kind: 'activity', from: ABC_USER, text: 'Authentication: authenticated' },
    absent: ['authenticateToken'],
  },
  {
    name: 'Apple TYPINGINDICATOR typing_end',
    doc: APPLE,
    body: apple({ event: 'TYPINGINDICATOR', type: 'typing_end' }),
    expected: { kind: 'activity', text: 'Typing stopped' },
  },
  {
    name: 'Apple CONVERSATIONCLOSED',
    doc: APPLE,
    body: apple({ event: 'CONVERSATIONCLOSED', type: 'close' }),
    expected: { kind: 'activity', from: ABC_USER, text: 'Conversation closed' },
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
    expected: { kind: 'activity', text: 'Payment: paid (20 GBP)' },
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
    expected: { kind: 'postback', from: ABC_USER, text: 'Invitation accepted' },
    details: { msisdn: '+447700900777' },
  },

  // ---- Facebook Messenger receipts ----
  {
    name: 'Messenger Submitted (the page spells it "Submited")',
    doc: MESSENGER,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'fb',
          Description: 'Submited',
          destinationType: 'psid',
          timeStamp: '2026-07-21T12:44:23.644',
          code: '7501',
          deliveryStatus: 'Submited',
          destination: '2468013579246801',
        },
        correlationid: 'corr-fb-1',
        callbackData: 'cb-fb-1',
        transid: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
      },
    },
    expected: { kind: 'receipt', channel: 'facebook', to: '2468013579246801', status: { deliveryStatus: 'Submited' } },
    state: 'accepted',
  },
  {
    name: 'Messenger Failed 7010: the Graph API error in an additional_info object',
    doc: MESSENGER,
    body: {
      deliveryInfoNotification: {
        deliveryInfo: {
          deliveryChannel: 'fb',
          Description: 'End point not reachable(FB is not reachable)',
          destinationType: 'psid',
          timeStamp: '2026-08-29T23:00:22.961Z',
          additional_info: {
            error: {
              message: 'Error validating access token: the page token expired.',
              error_subcode: 463,
              fbtrace_id: 'AbCdEf123',
              code: 190,
              type: 'OAuthException',
            },
          },
          code: '7010',
          additionalInfo: '',
          deliveryStatus: 'Failed',
          destination: '2468013579246802',
        },
        correlationid: '',
        callbackData: '',
        transid: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
      },
    },
    expected: { kind: 'receipt', channel: 'facebook', status: { deliveryStatus: 'Failed', code: '7010' } },
    state: 'failed',
    details: {
      additionalInfo: 'Error validating access token: the page token expired.',
      'additional_info.error.code': '190',
      'additional_info.error.type': 'OAuthException',
    },
  },
];

describe('Webex Connect Outbound Webhooks samples (v6.20 pages), rebuilt with our own values', () => {
  it('an email `to` that lists several mailboxes in one plain string keeps every address', () => {
    const event = normalized({
      channel: 'Email',
      event: 'Inbound Message',
      tid: 'mail-to-list',
      from: 'ravi.k@mail.example',
      to: 'Billing <billing@shop.example>, Desk <desk@shop.example>',
      textMessage: 'hi',
    });
    expect(event.to).toContain('billing@shop.example');
    expect(event.to).toContain('desk@shop.example');
  });

  it.each(SAMPLES)('$name', ({ name, doc, body, expected, state, details, absent }) => {
    const event = normalized(body);
    expect(event.kind, `${name} (${doc}): ${event.details.unrecognized ?? ''}`).not.toBe('unknown');
    expect(event).toMatchObject(expected);
    if (state !== undefined) expect(receiptStateOf(event)).toBe(state);
    if (details !== undefined) expect(event.details).toMatchObject(details);
    for (const key of absent ?? []) expect(event.details, key).not.toHaveProperty(key);
  });

  it('every documented receipt and MO has a dedupe key, so a vendor retry is stored once', () => {
    for (const { name, body } of SAMPLES) expect(normalized(body).externalId, name).not.toBeNull();
  });

  it("credentials in a payload (a copy's serviceKey, Apple's authenticateToken) never reach what the feed shows or searches", () => {
    const carriers = SAMPLES.filter((s) => 'serviceKey' in s.body || 'authenticateToken' in s.body);
    expect(carriers.length).toBeGreaterThanOrEqual(4);
    for (const { name, body } of carriers) {
      const secret = String(body.serviceKey ?? body.authenticateToken);
      expect(JSON.stringify(normalized(body)), name).not.toContain(secret);
    }
  });
});
