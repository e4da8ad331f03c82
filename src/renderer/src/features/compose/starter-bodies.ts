import { v1ChannelBlockPath, v1ChannelOf, v1PrimaryDestinationKind, type V1Channel } from '../../../../shared/api/v1-channels';
import type { ComposeChannel } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import type { JsonObject } from '../../../../shared/compose/recipients';

const HELLO = 'Hello, this is a test message.';

/**
 * Each v1 channel's block in its documented shape (seed 003; seed 002 for app messaging): what
 * the form edits and the preview shows.
 */
function v1Block(channel: V1Channel): JsonObject {
  switch (channel) {
    case 'sms':
      return { type: '1', text: HELLO };
    case 'voice':
      // "Either callflowid or promptid must be passed" (seed 003).
      return { callflowid: 'your-call-flow-id' };
    case 'push':
      return { android: { text: HELLO }, ios: { text: HELLO } };
    case 'rt':
      // Seed 003's flat rt block.
      return { text: HELLO };
    case 'appmessaging':
      return { message: { text: HELLO }, thread_type: 'conversation', thread_title: 'Relaydesk test' };
    case 'fb':
    case 'twitter':
    case 'wa':
    case 'wechat':
      return { text: HELLO };
  }
}

/** A v1 body's `channels` with `block` at the channel's path (OTT channels sit under OTT-Messaging). */
export function v1Channels(channel: V1Channel, block: JsonObject): JsonObject {
  const [first, second] = v1ChannelBlockPath(channel);
  return second === undefined ? { [first!]: block } : { [first!]: { [second]: block } };
}

/** What a new draft starts from, per channel: the smallest body that shows every part of the preview. */
export function starterBody(api: ApiVersion, channel: ComposeChannel): JsonObject {
  if (api === 'v1') {
    const v1 = v1ChannelOf(channel) ?? 'sms';
    return {
      deliverychannel: channel,
      channels: v1Channels(v1, v1Block(v1)),
      destination: [{ [v1PrimaryDestinationKind(v1)]: [] }],
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
      content: {
        type: 'text',
        text: 'Hi $(name)! Reply Yes or No.',
        suggestions: [
          { type: 'reply', displayText: 'Yes', postbackData: 'yes' },
          { type: 'reply', displayText: 'No', postbackData: 'no' },
        ],
      },
    };
  }
  return { channel: 'sms', to: [], content: { type: 'text', text: 'Hi $(name), ' } };
}
