import type { ApiVersion, ComposeChannel } from '../../../../shared/compose/model';
import type { JsonObject } from '../../../../shared/compose/recipients';

/** What a new draft starts from, per channel: the smallest body that shows every part of the preview. */
export function starterBody(api: ApiVersion, channel: ComposeChannel): JsonObject {
  if (api === 'v1') {
    return {
      deliverychannel: channel,
      channels: { [channel]: { type: '1', text: 'Hello, this is a test message.' } },
      destination: [{ msisdn: [] }],
    };
  }
  if (channel === 'email') {
    return {
      channel: 'email',
      to: [],
      content: {
        type: 'html',
        subject: 'Hello $(name)',
        html: '<p>Hello $(name),</p>\n<p>Write your message here.</p>\n<footer><a href="$(unsubscribe)">Unsubscribe</a></footer>',
        text: 'Hello $(name),\nWrite your message here.',
      },
    };
  }
  if (channel === 'rcs') {
    return {
      channel: 'rcs',
      to: [],
      content: { type: 'text', text: 'Hi $(name)! Reply Yes or No.', suggestions: [{ type: 'reply', displayText: 'Yes', postbackData: 'yes' }, { type: 'reply', displayText: 'No', postbackData: 'no' }] },
    };
  }
  return { channel: 'sms', to: [], content: { type: 'text', text: 'Hi $(name), ' } };
}
