import { v1ChannelBlockPath, type V1Channel } from '../api/v1-channels';
import { V1_MAX_PUSH_TEXT_BYTES, V1_MAX_TWITTER_TEXT_BYTES } from '../limits/v1';
import type { Substituted } from '../template/substitution';
import { utf8Bytes } from './email';
import type { JsonObject } from './recipients';
import { isRecord } from '../is-record';
import { whatsApp } from './preview-v1-whatsapp';

/**
 * What one recipient gets on a v1 channel that is not SMS: each text they see (push per platform,
 * the app message and its notification, the Messenger bubble...), with their values filled in,
 * and the other things the request sends them (call flow, attachment, buttons) in words.
 */
export interface V1MessagePart {
  /** Where it shows: "Android", "Notification title", "Message"... */
  label: string;
  /** JSON path of the source text, for the editor. */
  path: string;
  text: Substituted;
  characters: number;
  bytes: number;
  /** The documented byte limit for this text, when there is one. */
  maxBytes?: number;
}

export interface V1MessagePreview {
  channel: V1Channel;
  parts: V1MessagePart[];
  details: { label: string; value: string }[];
}

/** What the preview needs from its caller: substitution and a place to report limit breaches. */
export interface PreviewContext {
  sub(text: string): Substituted;
  problem(path: string, message: string): void;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Where a channel's preview puts what the recipient reads (parts) and the rest, in words (details). */
export interface PreviewSink {
  /** `maxChars`: a limit the vendor states in characters (WhatsApp's header, body and footer). */
  text(label: string, path: string, value: unknown, maxBytes?: number, maxChars?: number): void;
  detail(label: string, value: unknown): void;
}

class Builder implements PreviewSink {
  readonly parts: V1MessagePart[] = [];
  readonly details: { label: string; value: string }[] = [];
  constructor(private readonly ctx: PreviewContext) {}
  text(label: string, path: string, value: unknown, maxBytes?: number, maxChars?: number): void {
    const raw = str(value);
    if (raw === undefined) return;
    const text = this.ctx.sub(raw);
    const bytes = utf8Bytes(text.text);
    const part: V1MessagePart = { label, path, text, characters: [...text.text].length, bytes };
    if (maxBytes !== undefined) {
      part.maxBytes = maxBytes;
      if (bytes > maxBytes) this.ctx.problem(path, `${bytes} bytes (UTF-8) after substitution; the limit is ${maxBytes}`);
    }
    if (maxChars !== undefined && part.characters > maxChars)
      this.ctx.problem(path, `${part.characters} characters after substitution; the limit is ${maxChars}`);
    this.parts.push(part);
  }
  detail(label: string, value: unknown): void {
    const text = str(value);
    if (text !== undefined && text !== '') this.details.push({ label, value: text });
  }
}

function push(block: JsonObject, path: string, b: Builder): void {
  const platforms: [string, string][] = [
    ['android', 'Android'],
    ['ios', 'iOS'],
    ['windows', 'Windows'],
    ['web', 'Web'],
  ];
  for (const [key, label] of platforms) {
    const platform = block[key];
    if (!isRecord(platform)) continue;
    if (key === 'web') b.text('Web title', `${path}.web.title`, platform.title);
    b.text(label, `${path}.${key}.text`, platform.text, key === 'android' || key === 'ios' ? V1_MAX_PUSH_TEXT_BYTES : undefined);
    if (key === 'web') b.detail('Web link', platform.url);
  }
  if (isRecord(block.interactive)) b.detail('Interactive category', block.interactive.category);
}

function appMessaging(block: JsonObject, path: string, b: Builder): void {
  // Seed 002's shape (message + notification) or seed 003's flat rt block.
  const message = isRecord(block.message) ? block.message : undefined;
  b.text('Message', message ? `${path}.message.text` : `${path}.text`, message ? message.text : block.text);
  const notification = isRecord(block.notification) ? block.notification : undefined;
  if (notification) {
    b.text('Notification title', `${path}.notification.title`, notification.title);
    b.text('Notification text', `${path}.notification.text`, notification.text);
  }
  b.detail('Thread', block.thread_title);
  const attachments = [
    ...(message && isRecord(message.attachment) ? [message.attachment] : []),
    ...(Array.isArray(block.attachments) ? block.attachments.filter(isRecord) : []),
  ];
  for (const attachment of attachments)
    b.detail('Attachment', [str(attachment.contentType), str(attachment.file)].filter(Boolean).join(': '));
  if (isRecord(block.interactive)) b.detail('Interactive category', block.interactive.category);
}

function buttonTitles(buttons: unknown): string {
  return Array.isArray(buttons)
    ? buttons
        .filter(isRecord)
        .map((button) => str(button.title) ?? '?')
        .join(', ')
    : '';
}

function facebook(block: JsonObject, path: string, b: Builder): void {
  b.text('Message', `${path}.text`, block.text);
  b.detail('Sender action', block.sender_action);
  const attachment = isRecord(block.attachment) ? block.attachment : undefined;
  if (!attachment) return;
  const payload = isRecord(attachment.payload) ? attachment.payload : {};
  b.detail('Attachment', [str(attachment.type), str(payload.template_type), str(payload.url)].filter(Boolean).join(' · '));
  // Button template (current Messenger page): the text above up to 3 buttons.
  b.text('Template text', `${path}.attachment.payload.text`, payload.text);
  b.detail('Buttons', buttonTitles(payload.buttons));
  const elements = Array.isArray(payload.elements) ? payload.elements.filter(isRecord) : [];
  elements.forEach((element, i) => {
    b.text(`Card ${i + 1} title`, `${path}.attachment.payload.elements[${i}].title`, element.title);
    b.text(`Card ${i + 1} subtitle`, `${path}.attachment.payload.elements[${i}].subtitle`, element.subtitle);
    b.detail(`Card ${i + 1} buttons`, buttonTitles(element.buttons));
  });
}

/**
 * The preview of a v1 channel other than SMS; limit breaches go to ctx.problem. `message` is the
 * request's template block (`message.template` + `parameters`), shown for WhatsApp templates.
 */
export function previewV1Message(channels: JsonObject, channel: V1Channel, ctx: PreviewContext, message?: unknown): V1MessagePreview {
  const blockPath = v1ChannelBlockPath(channel);
  let node: unknown = channels;
  for (const key of blockPath) node = isRecord(node) ? node[key] : undefined;
  const block = isRecord(node) ? node : {};
  const path = `channels.${blockPath.join('.')}`;
  const b = new Builder(ctx);
  switch (channel) {
    case 'voice':
      // promptid wins when both are sent (seed 003).
      b.detail(block.promptid !== undefined ? 'Plays prompt' : 'Runs call flow', block.promptid ?? block.callflowid);
      b.detail('Caller ID', block.cli);
      break;
    case 'push':
      push(block, path, b);
      break;
    case 'rt':
    case 'appmessaging':
      appMessaging(block, path, b);
      break;
    case 'fb':
      facebook(block, path, b);
      break;
    case 'twitter':
      b.text('Direct message', `${path}.text`, block.text, V1_MAX_TWITTER_TEXT_BYTES);
      break;
    case 'wa':
      whatsApp(block, path, b, message);
      break;
    case 'wechat':
      // "If you provide both, only text is delivered" (seed 003).
      b.text('Message', `${path}.text`, block.text);
      if (block.text === undefined && isRecord(block.attachment))
        b.detail('Attachment', [str(block.attachment.type), str(block.attachment.media_id)].filter(Boolean).join(': '));
      break;
    case 'sms':
      break;
  }
  return { channel, parts: b.parts, details: b.details };
}

/** The text a v1 recipient reads first, before substitution (SMS text, push text, the app message...); null when none. */
export function v1MainText(channels: unknown, channel: V1Channel): string | null {
  if (!isRecord(channels)) return null;
  if (channel === 'sms') return isRecord(channels.sms) ? (str(channels.sms.text) ?? null) : null;
  const asIs: PreviewContext = { sub: (text) => ({ text, missing: [], spans: [] }), problem: () => undefined };
  return previewV1Message(channels, channel, asIs).parts[0]?.text.text ?? null;
}
