import { V1_MAX_DESTINATIONS } from '../limits/v1';
import { MSISDN_PATTERN, MSISDN_RULE } from './formats';
import { isRecord, type RequestIssue } from './issues';
import { V1_ALL_DESTINATION_KINDS, V1_CHANNELS, V1_DESTINATION_KINDS, type V1Channel } from './v1-schema';

// Rules of v1 that span fields: the channel's block, destination kinds per channel, the 1000
// destination cap. They read the raw body defensively, so they report alongside per-field errors.

const OTT = ['fb', 'twitter', 'wa', 'wechat'];
/** Channels where `channels.smartlinks` is supported (SMS, RT and OTT). */
const SMARTLINK_CHANNELS = ['sms', 'rt', 'appmessaging', ...OTT];

function channelOf(body: Record<string, unknown>): V1Channel | undefined {
  const channel = body.deliverychannel;
  return (V1_CHANNELS as readonly unknown[]).includes(channel) ? (channel as V1Channel) : undefined;
}

/** Path of the block a channel reads its content from. */
export function v1ChannelBlockPath(channel: V1Channel): string[] {
  if (OTT.includes(channel)) return ['OTT-Messaging', channel];
  return [channel === 'rt' ? 'appmessaging' : channel];
}

/** Every destination id in one destination entry, whatever its kind. */
export function v1EntryIds(entry: unknown): { kind: string; id: string }[] {
  if (!isRecord(entry)) return [];
  const out: { kind: string; id: string }[] = [];
  for (const kind of V1_ALL_DESTINATION_KINDS) {
    const list = entry[kind];
    if (Array.isArray(list)) for (const id of list) out.push({ kind, id: String(id) });
  }
  return out;
}

export function v1DestinationCount(body: unknown): number {
  if (!isRecord(body) || !Array.isArray(body.destination)) return 0;
  return body.destination.reduce<number>((sum, entry) => sum + v1EntryIds(entry).length, 0);
}

function checkDestinations(body: Record<string, unknown>, channel: V1Channel | undefined, issues: RequestIssue[]): void {
  if (!Array.isArray(body.destination)) return;
  const allowed = channel ? V1_DESTINATION_KINDS[channel] : V1_ALL_DESTINATION_KINDS;
  body.destination.forEach((entry, index) => {
    if (!isRecord(entry)) {
      issues.push({ path: `destination[${index}]`, message: 'a destination object is required ({"msisdn": [...]})' });
      return;
    }
    let kinds = 0;
    for (const kind of V1_ALL_DESTINATION_KINDS) {
      if (!(kind in entry)) continue;
      kinds++;
      const path = `destination[${index}].${kind}`;
      if (!allowed.includes(kind)) {
        issues.push({ path, message: `not a destination for ${channel ?? 'this channel'} (use ${allowed.join(' or ')})` });
        continue;
      }
      const list = entry[kind];
      if (!Array.isArray(list)) {
        issues.push({ path, message: 'an array of ids is required' });
        continue;
      }
      if (list.length === 0) issues.push({ path, message: 'at least one id is required' });
      list.forEach((id, i) => {
        if (typeof id !== 'string' || id.trim() === '') issues.push({ path: `${path}[${i}]`, message: 'a non-empty string id is required' });
        else if (kind === 'msisdn' && !MSISDN_PATTERN.test(id)) issues.push({ path: `${path}[${i}]`, message: MSISDN_RULE });
        else if (kind === 'firefox_pushid' && !/^[^@\s]+@[^@\s]+$/.test(id)) issues.push({ path: `${path}[${i}]`, message: 'not a Firefox push id (pushid@key)' });
      });
    }
    if (kinds === 0) issues.push({ path: `destination[${index}]`, message: `no destination ids: add ${allowed.map((kind) => `"${kind}"`).join(' or ')} with an array of ids` });
  });
}

export function checkV1Rules(body: unknown): RequestIssue[] {
  const issues: RequestIssue[] = [];
  if (!isRecord(body)) return issues;
  const channel = channelOf(body);

  const count = v1DestinationCount(body);
  if (count > V1_MAX_DESTINATIONS) {
    issues.push({ path: 'destination', message: `${count} destinations: at most ${V1_MAX_DESTINATIONS} per request`, rule: 'max_destinations' });
  }
  checkDestinations(body, channel, issues);

  const channels = body.channels;
  if (channel && isRecord(channels)) {
    const blockPath = v1ChannelBlockPath(channel);
    let block: unknown = channels;
    for (const key of blockPath) block = isRecord(block) ? block[key] : undefined;
    const hasTemplate = isRecord(body.message) && body.message.template !== undefined;
    if (block === undefined && !hasTemplate) {
      issues.push({ path: `channels.${blockPath.join('.')}`, message: `required for deliverychannel "${channel}" (or use message.template)` });
    }
    if (channels.smartlinks !== undefined && !SMARTLINK_CHANNELS.includes(channel)) {
      issues.push({ path: 'channels.smartlinks', message: `smartlinks work only with SMS, RT and OTT channels, not ${channel}` });
    }
  }
  return issues;
}
