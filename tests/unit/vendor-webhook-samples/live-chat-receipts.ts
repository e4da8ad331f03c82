import { RT, type Sample } from './sample';

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

export const liveChatReceiptSamples: Sample[] = [
  // ---- Live chat / in-app messaging (RT): receipts ----
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
];
