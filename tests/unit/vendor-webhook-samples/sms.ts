import { BRANDED, SMS, type Sample } from './sample';

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

export const smsSamples: Sample[] = [
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
];
