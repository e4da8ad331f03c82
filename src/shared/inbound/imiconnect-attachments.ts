import type { AttachmentType, InboundAttachment } from './event';
import { decodeUrl, isRecord, num, parseJsonString, str } from './fields';

// IMIconnect delivers MO attachments as JSON inside a string, in a different shape per channel.
// Each reader takes that parsed value and returns our attachment list; anything it cannot read is
// kept as an `other` attachment rather than dropped (the raw body keeps the original anyway).

export interface AttachmentParse {
  attachments: InboundAttachment[];
  /** Set when the string was not JSON: the event is still stored, with this in its details. */
  problem?: string;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set<AttachmentType>([
  'image', 'video', 'audio', 'voice', 'file', 'sticker', 'gif', 'location', 'link', 'recording', 'voicemail',
]);

function typeOf(value: unknown): AttachmentType {
  const s = str(value)?.toLowerCase() ?? '';
  if (KNOWN_TYPES.has(s)) return s as AttachmentType;
  if (s.startsWith('image')) return 'image';
  if (s.startsWith('video')) return 'video';
  if (s.startsWith('audio')) return 'audio';
  if (s === 'document' || s === 'application' || s.startsWith('application/')) return 'file';
  return 'other';
}

/** Reads the attachment string of one channel; empty string → no attachments. */
export function readAttachmentString(
  value: unknown,
  reader: (parsed: unknown) => InboundAttachment[],
): AttachmentParse {
  if (isRecord(value) || Array.isArray(value)) return { attachments: reader(value) };
  const text = str(value);
  if (text === null) return { attachments: [] };
  if (/^https?:\/\//i.test(text)) return { attachments: [{ type: guessTypeFromUrl(text), url: text }] };
  const parsed = parseJsonString(text);
  if (!parsed.ok) return { attachments: [], problem: 'attachments: not valid JSON (kept in the raw body)' };
  return { attachments: reader(parsed.value) };
}

function guessTypeFromUrl(url: string): AttachmentType {
  const path = url.split('?')[0]!.toLowerCase();
  if (/\.(jpe?g|png|gif|webp|bmp)$/.test(path)) return 'image';
  if (/\.(mp4|mov|webm|3gp)$/.test(path)) return 'video';
  if (/\.(mp3|aac|amr|ogg|wav|m4a)$/.test(path)) return 'audio';
  return 'file';
}

/** Facebook: `[{type, payload: {url | coordinates{lat,long}}, title?, url?, sticker_id?}]`. */
export function facebookAttachments(parsed: unknown): InboundAttachment[] {
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter(isRecord).map((item) => {
    const payload = isRecord(item.payload) ? item.payload : {};
    const type = typeOf(item.type);
    const attachment: InboundAttachment = { type, url: null };
    const payloadUrl = str(payload.url);
    const itemUrl = str(item.url);
    attachment.url = payloadUrl ?? (itemUrl === null ? null : decodeUrl(itemUrl));
    const title = str(item.title);
    if (title !== null) attachment.label = title;
    const stickerId = str(item.sticker_id);
    if (stickerId !== null) attachment.mediaId = stickerId;
    if (isRecord(payload.coordinates)) {
      const lat = num(payload.coordinates.lat);
      const lng = num(payload.coordinates.long ?? payload.coordinates.lng);
      if (lat !== undefined) attachment.lat = lat;
      if (lng !== undefined) attachment.lng = lng;
    }
    const name = fileName(attachment.url);
    if (name !== undefined && (type === 'file' || type === 'audio' || type === 'video')) attachment.name = name;
    return attachment;
  });
}

/** Twitter: `{data: [{id, attachment_type, mime_type, image_data|video_data: {url, preview_url}}]}`. */
export function twitterAttachments(parsed: unknown): InboundAttachment[] {
  const list = isRecord(parsed) && Array.isArray(parsed.data) ? parsed.data : Array.isArray(parsed) ? parsed : [];
  return list.filter(isRecord).map((item) => {
    const media = [item.image_data, item.video_data, item.audio_data, item.media_data].find(isRecord) ?? {};
    const attachment: InboundAttachment = { type: typeOf(item.attachment_type ?? item.mime_type), url: str(media.url) };
    const preview = str(media.preview_url);
    if (preview !== null) attachment.previewUrl = preview;
    const mime = str(item.mime_type);
    if (mime !== null) attachment.mimeType = mime.includes('/') ? mime : `${mime === 'gif' ? 'image' : mime}/${mime === 'gif' ? 'gif' : '*'}`;
    const id = str(item.id);
    if (id !== null) attachment.mediaId = id;
    return attachment;
  });
}

const WECHAT_MIME: Record<string, string> = { amr: 'audio/amr', speex: 'audio/speex', mp3: 'audio/mpeg' };

/** WeChat: one object `{type: voice|image|video|location, MediaId, PicUrl, Format, Location_X/Y, Label}`. */
export function wechatAttachments(parsed: unknown): InboundAttachment[] {
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter(isRecord).map((item) => {
    const attachment: InboundAttachment = { type: typeOf(item.type), url: str(item.PicUrl ?? item.Url ?? item.url) };
    const mediaId = str(item.MediaId);
    if (mediaId !== null) attachment.mediaId = mediaId;
    const format = str(item.Format)?.toLowerCase();
    if (format !== undefined) attachment.mimeType = WECHAT_MIME[format] ?? `audio/${format}`;
    const lat = num(item.Location_X);
    const lng = num(item.Location_Y);
    if (lat !== undefined) attachment.lat = lat;
    if (lng !== undefined) attachment.lng = lng;
    const label = str(item.Label);
    if (label !== null) attachment.label = label;
    return attachment;
  });
}

/** RTM / RCS / anything else: an object or array of `{type?, url, mimeType|contentType?, name|fileName?}`. */
export function genericAttachments(parsed: unknown): InboundAttachment[] {
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.flatMap((item): InboundAttachment[] => {
    if (typeof item === 'string' && /^https?:\/\//i.test(item)) return [{ type: guessTypeFromUrl(item), url: item }];
    if (!isRecord(item)) return [];
    const url = str(item.url ?? item.fileUrl ?? item.attachmenturl ?? item.mediaUrl);
    const mime = str(item.mimeType ?? item.contentType ?? item.mimetype);
    const typed = typeOf(item.type ?? mime);
    const attachment: InboundAttachment = {
      type: typed === 'other' && url !== null ? guessTypeFromUrl(url) : typed,
      url,
    };
    if (mime !== null) attachment.mimeType = mime;
    const name = str(item.name ?? item.fileName ?? item.filename) ?? undefined;
    if (name !== undefined) attachment.name = name;
    const lat = num(item.lat ?? item.latitude);
    const lng = num(item.lng ?? item.long ?? item.longitude);
    if (lat !== undefined) attachment.lat = lat;
    if (lng !== undefined) attachment.lng = lng;
    return [attachment];
  });
}

function fileName(url: string | null): string | undefined {
  if (url === null) return undefined;
  const last = url.split('?')[0]!.split('/').pop();
  return last === undefined || last === '' ? undefined : last;
}
