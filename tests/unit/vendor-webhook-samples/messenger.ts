import { MESSENGER, type Sample } from './sample';

export const messengerSamples: Sample[] = [
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
