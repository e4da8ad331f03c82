import { RT, type Sample } from './sample';

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

export const liveChatMessageSamples: Sample[] = [
  // ---- Live chat / in-app messaging (RT): messages and events ----
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
];
