import { V1_MAX_DESTINATIONS, V1_PRIORITY_MAX, V1_PRIORITY_MIN } from '../limits/v1';
import { MSISDN_PATTERN, MSISDN_RULE } from './formats';
import type { IssueSink } from './issues';
import { isRecord } from '../is-record';
import { checkWhatsAppBlock } from './v1-whatsapp';
import {
  V1_CHANNEL_DESTINATION_KINDS,
  V1_DESTINATION_KINDS,
  isOttChannel,
  v1ChannelBlockPath,
  v1ChannelOf,
  type V1Channel,
} from './v1-channels';

// Rules of v1 that span fields: the channel's block, destination kinds per channel, the 1000
// destination cap, priority. They read the raw body defensively, so they report alongside
// per-field errors.

/** Every destination id in one destination entry, whatever its kind. */
export function v1EntryIds(entry: unknown): { kind: string; id: string }[] {
  if (!isRecord(entry)) return [];
  const out: { kind: string; id: string }[] = [];
  for (const kind of V1_DESTINATION_KINDS) {
    const list = entry[kind];
    if (Array.isArray(list)) for (const id of list) out.push({ kind, id: String(id) });
  }
  return out;
}

export function v1DestinationCount(body: unknown): number {
  if (!isRecord(body) || !Array.isArray(body.destination)) return 0;
  return body.destination.reduce<number>((sum, entry) => sum + v1EntryIds(entry).length, 0);
}

function checkDestinations(body: Record<string, unknown>, channel: V1Channel | undefined, sink: IssueSink): void {
  if (!Array.isArray(body.destination)) return;
  const allowed: readonly string[] = channel ? V1_CHANNEL_DESTINATION_KINDS[channel] : V1_DESTINATION_KINDS;
  body.destination.forEach((entry, index) => {
    if (!isRecord(entry)) {
      sink.errors.push({ path: `destination[${index}]`, message: 'a destination object is required ({"msisdn": [...]})' });
      return;
    }
    let kinds = 0;
    for (const kind of V1_DESTINATION_KINDS) {
      if (!(kind in entry)) continue;
      kinds++;
      const path = `destination[${index}].${kind}`;
      if (!allowed.includes(kind)) {
        sink.errors.push({ path, message: `not a destination for ${channel ?? 'this channel'} (use ${allowed.join(' or ')})` });
        continue;
      }
      const list = entry[kind];
      if (!Array.isArray(list)) {
        sink.errors.push({ path, message: 'an array of ids is required' });
        continue;
      }
      if (list.length === 0) sink.errors.push({ path, message: 'at least one id is required' });
      list.forEach((id, i) => {
        if (typeof id !== 'string' || id.trim() === '')
          sink.errors.push({ path: `${path}[${i}]`, message: 'a non-empty string id is required' });
        else if ((kind === 'msisdn' || kind === 'waid') && !MSISDN_PATTERN.test(id))
          sink.errors.push({ path: `${path}[${i}]`, message: MSISDN_RULE });
        else if (kind === 'firefox_pushid' && !/^[^@\s]+@[^@\s]+$/.test(id))
          sink.errors.push({ path: `${path}[${i}]`, message: 'not a Firefox push id (pushid@key)' });
      });
    }
    // The docs' samples name the choices in one key ("msisdn/customerid"): the user must pick one.
    for (const key of Object.keys(entry)) {
      const parts = key.split('/');
      if (parts.length > 1 && parts.every((part) => (V1_DESTINATION_KINDS as readonly string[]).includes(part))) {
        kinds++;
        sink.warnings.push({
          path: `destination[${index}].${key}`,
          message: `"${key}" lists the documented destination kinds (as the vendor's samples do): use one of them as the key before sending`,
        });
      }
    }
    if (kinds === 0)
      sink.errors.push({
        path: `destination[${index}]`,
        message: `no destination ids: add ${allowed.map((kind) => `"${kind}"`).join(' or ')} with an array of ids`,
      });
  });
}

/**
 * Seed 003: "If any invalid option or text is passed, then the priority is set as configured
 * while creating the client." So a bad priority is sent and falls back; the user is told.
 */
function checkPriority(body: Record<string, unknown>, sink: IssueSink): void {
  const value = body.priority;
  if (value === undefined) return;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= V1_PRIORITY_MIN && n <= V1_PRIORITY_MAX) return;
  sink.warnings.push({
    path: 'priority',
    message: `${JSON.stringify(value)} is not a priority (1 low, 2 medium, 3 high): the API uses the priority configured for the client instead (seed 003, priority)`,
  });
}

export function checkV1Rules(body: unknown, sink: IssueSink): void {
  if (!isRecord(body)) return;
  const channel = v1ChannelOf(body.deliverychannel);

  const count = v1DestinationCount(body);
  if (count > V1_MAX_DESTINATIONS) {
    sink.errors.push({
      path: 'destination',
      message: `${count} destinations: at most ${V1_MAX_DESTINATIONS} per request`,
      rule: 'max_destinations',
    });
  }
  checkDestinations(body, channel, sink);
  checkPriority(body, sink);

  const channels = body.channels;
  if (channel && isRecord(channels)) {
    const blockPath = v1ChannelBlockPath(channel);
    let block: unknown = channels;
    for (const key of blockPath) block = isRecord(block) ? block[key] : undefined;
    const hasTemplate = isRecord(body.message) && body.message.template !== undefined;
    if (block === undefined && !hasTemplate) {
      sink.errors.push({
        path: `channels.${blockPath.join('.')}`,
        message: `required for deliverychannel "${String(body.deliverychannel)}" (or use message.template)`,
      });
    }
    if (channel === 'wa') checkWhatsAppBlock(block, hasTemplate, `channels.${blockPath.join('.')}`, sink);
    const smartlinksWork = channel === 'sms' || channel === 'rt' || channel === 'appmessaging' || isOttChannel(channel);
    if (channels.smartlinks !== undefined && !smartlinksWork) {
      sink.errors.push({ path: 'channels.smartlinks', message: `smartlinks work only with SMS, RT and OTT channels, not ${channel}` });
    }
  }
}
