import { PUSH, type Sample } from './sample';

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

export const pushSamples: Sample[] = [
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
];
