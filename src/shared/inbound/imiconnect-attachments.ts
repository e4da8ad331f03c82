import { AttachmentType, type InboundAttachment } from './event';
import { decodeUrl, num, parseJsonString, str } from './fields';
import { isRecord } from '../is-record';

// IMIconnect delivers MO attachments as JSON inside a string, in a different shape per channel.
// Each reader takes that parsed value and returns our attachment list; anything it cannot read is
// kept as an `other` attachment rather than dropped (the raw body keeps the original anyway).

export interface AttachmentParse {
  attachments: InboundAttachment[];
  /** Set when the string was not JSON: the event is still stored, with this in its details. */
  problem?: string;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(AttachmentType.options);

/** Our type for a vendor's type word or a MIME type ("image", "image/png", "application/pdf", "text/vcard"). */
export function typeOf(value: unknown): AttachmentType {
  const s = str(value)?.toLowerCase() ?? '';
  if (KNOWN_TYPES.has(s)) return s as AttachmentType;
  if (s.startsWith('image')) return s === 'image/gif' ? 'gif' : 'image';
  if (s.startsWith('video')) return 'video';
  if (s.startsWith('audio')) return 'audio';
  if (s === 'text/vcard' || s === 'text/x-vcard' || s === 'contacts') return 'contact';
  if (s === 'document' || s === 'application' || s.startsWith('application/') || s.startsWith('text/')) return 'file';
  return 'other';
}

/** Reads the attachment string of one channel; empty string → no attachments. */
export function readAttachmentString(value: unknown, reader: (parsed: unknown) => InboundAttachment[]): AttachmentParse {
  if (isRecord(value) || Array.isArray(value)) return { attachments: reader(value) };
  const text = str(value);
  if (text === null) return { attachments: [] };
  if (/^https?:\/\//i.test(text)) return { attachments: [attachmentFromUrl(text)] };
  const parsed = parseJsonString(text);
  if (!parsed.ok) return { attachments: [], problem: 'attachments: not valid JSON (kept in the raw body)' };
  return { attachments: reader(parsed.value) };
}

const EXTENSION_TYPES: Readonly<Record<string, AttachmentType>> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  bmp: 'image',
  heic: 'image',
  svg: 'image',
  gif: 'gif',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  '3gp': 'video',
  m4v: 'video',
  avi: 'video',
  mp3: 'audio',
  aac: 'audio',
  amr: 'audio',
  ogg: 'audio',
  opus: 'audio',
  wav: 'audio',
  m4a: 'audio',
  vcf: 'contact',
};

/** The type a URL's file extension names ("…/photo.JPG?x=1" → image); `file` when it names none. */
export function guessTypeFromUrl(url: string): AttachmentType {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return 'file';
  return EXTENSION_TYPES[path.slice(dot + 1).toLowerCase()] ?? 'file';
}

/** An attachment known only by its URL, typed by the URL's extension. */
export function attachmentFromUrl(url: string): InboundAttachment {
  const attachment: InboundAttachment = { type: guessTypeFromUrl(url), url };
  const name = fileName(url);
  if (name !== undefined && name.includes('.')) attachment.name = name;
  return attachment;
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
    if (mime !== null)
      attachment.mimeType = mime.includes('/') ? mime : `${mime === 'gif' ? 'image' : mime}/${mime === 'gif' ? 'gif' : '*'}`;
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

/**
 * RTM / RCS / WhatsApp / email / anything else: an object or array of `{type?, url | file,
 * mimeType | contentType | mime_type?, name | fileName?, caption?}` (live chat sends `file` and
 * `contentType: "file"`, WhatsApp `mime_type` and `caption`). Typed by the vendor's type or MIME
 * type, and by the URL's extension when those only say "file".
 */
export function genericAttachments(parsed: unknown): InboundAttachment[] {
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.flatMap((item): InboundAttachment[] => {
    if (typeof item === 'string' && /^https?:\/\//i.test(item)) return [attachmentFromUrl(item)];
    if (!isRecord(item)) return [];
    const url = str(item.url ?? item.fileUrl ?? item.file ?? item.attachmenturl ?? item.mediaUrl ?? item.link);
    const mime = str(item.mimeType ?? item.mime_type ?? item.mimetype ?? item.contentType);
    const typed = typeOf(item.type ?? mime);
    const attachment: InboundAttachment = {
      type: (typed === 'other' || typed === 'file') && url !== null ? refine(typed, guessTypeFromUrl(url)) : typed,
      url,
    };
    if (mime !== null && mime.includes('/')) attachment.mimeType = mime;
    const name = str(item.name ?? item.fileName ?? item.filename) ?? (url === null ? undefined : fileName(url));
    if (name !== undefined && name !== null) attachment.name = name;
    const caption = str(item.caption ?? item.title);
    if (caption !== null) attachment.label = caption;
    const id = str(item.id ?? item.mediaId);
    if (id !== null) attachment.mediaId = id;
    const lat = num(item.lat ?? item.latitude);
    const lng = num(item.lng ?? item.long ?? item.longitude);
    if (lat !== undefined) attachment.lat = lat;
    if (lng !== undefined) attachment.lng = lng;
    return [attachment];
  });
}

/** The URL's type when it knows better than a vendor's generic "file"/"other". */
function refine(vendor: AttachmentType, fromUrl: AttachmentType): AttachmentType {
  return fromUrl === 'file' ? (vendor === 'other' ? 'file' : vendor) : fromUrl;
}

function fileName(url: string | null): string | undefined {
  if (url === null) return undefined;
  const last = url.split('?')[0]!.split('/').pop();
  return last === undefined || last === '' ? undefined : last;
}
