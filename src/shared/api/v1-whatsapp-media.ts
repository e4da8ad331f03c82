import { isRecord } from '../is-record';
import {
  V1_WA_MAX_ANIMATED_STICKER_BYTES,
  V1_WA_MAX_AUDIO_BYTES,
  V1_WA_MAX_DOCUMENT_BYTES,
  V1_WA_MAX_IMAGE_BYTES,
  V1_WA_MAX_STATIC_STICKER_BYTES,
  V1_WA_MAX_VIDEO_BYTES,
  V1_WA_MEDIA_MIME_TYPES,
} from '../limits/v1';
import { formatBytes } from '../limits/bytes';
import type { IssueSink } from './issues';
import { v1ChannelBlockPath, v1ChannelOf } from './v1-channels';

// WhatsApp media in v1 (developers.webexconnect.io/reference/whatsapp-apis, v6.20.0, "Media
// Messages"): the MIME types and maximum sizes its table documents per media type.

export const WA_MEDIA_TYPES = ['image', 'audio', 'document', 'video', 'sticker'] as const;
export type WaMediaType = (typeof WA_MEDIA_TYPES)[number];

const PAGE = 'the WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis)';

/**
 * A declared `mimeType` outside the table's list is a warning, not an error: the page's words are
 * soft and its lists disagree. The table says "Supported image formats are JPEG and PNG" and, for
 * mimeType itself, "Supported mime types. Find more details here" (a help page, not this reference);
 * the samples' comments give other lists ("for e.g. image/jpg, image/png, image/webp, video/mp4,
 * audio/aac, application/pdf" under an image, "image/WEBP" for a sticker). No section says a request
 * with another type is refused, so it is sent as it is (liberal unless the vendor documents a rule).
 */
export function checkWhatsAppMediaMime(block: Record<string, unknown>, path: string, sink: IssueSink): void {
  for (const type of WA_MEDIA_TYPES) {
    const media = block[type];
    if (!isRecord(media) || typeof media.mimeType !== 'string' || media.mimeType.trim() === '') continue;
    const [base = '', ...params] = media.mimeType
      .toLowerCase()
      .split(';')
      .map((part) => part.trim());
    const listed: readonly string[] = V1_WA_MEDIA_MIME_TYPES[type];
    const where = `${path}.${type}.mimeType`;
    if (!listed.includes(base)) {
      sink.warnings.push({
        path: where,
        message: `"${media.mimeType}" is not among the ${type} types ${PAGE} lists as supported (${listed.join(', ')}): WhatsApp may refuse it; sent as it is`,
      });
    } else if (base === 'audio/ogg' && !params.some((p) => p.replace(/\s/g, '') === 'codecs=opus')) {
      sink.warnings.push({
        path: where,
        message: `only "audio/ogg; codecs=opus" is supported: "The base ogg type is not supported" (${PAGE}); sent as it is`,
      });
    }
  }
}

/** The most each media type may be ("Maximum Size"); a sticker's is the animated one's. */
const MAX_BYTES: Readonly<Record<WaMediaType, number>> = {
  image: V1_WA_MAX_IMAGE_BYTES,
  audio: V1_WA_MAX_AUDIO_BYTES,
  document: V1_WA_MAX_DOCUMENT_BYTES,
  video: V1_WA_MAX_VIDEO_BYTES,
  sticker: V1_WA_MAX_ANIMATED_STICKER_BYTES,
};

/** A media file a v1 WhatsApp request gives by URL, with the limit its type documents. */
export interface WhatsAppMediaRef {
  path: string;
  url: string;
  type: WaMediaType;
  limitBytes: number;
}

/** The media of a v1 WhatsApp request that names a URL (the type's own block, as the page sends it). */
export function whatsAppMediaRefs(body: unknown): WhatsAppMediaRef[] {
  if (!isRecord(body) || v1ChannelOf(body.deliverychannel) !== 'wa') return [];
  const blockPath = v1ChannelBlockPath('wa');
  let block: unknown = body.channels;
  for (const key of blockPath) block = isRecord(block) ? block[key] : undefined;
  if (!isRecord(block)) return [];
  const wa = block;
  return WA_MEDIA_TYPES.flatMap((type) => {
    const media = wa[type];
    if (!isRecord(media) || typeof media.url !== 'string' || media.url.trim() === '') return [];
    return [{ path: `channels.${blockPath.join('.')}.${type}.url`, url: media.url, type, limitBytes: MAX_BYTES[type] }];
  });
}

/** What a known size means for this media: an error over its limit, a warning for a sticker only animated ones may be. */
export function whatsAppMediaSizeIssue(ref: WhatsAppMediaRef, bytes: number): { error: string | null; warning: string | null } {
  const size = `${formatBytes(bytes)} (${bytes} bytes, from its server)`;
  if (bytes > ref.limitBytes)
    return {
      error: `the ${ref.type} is ${size}: at most ${formatBytes(ref.limitBytes)} for a WhatsApp ${ref.type} (${PAGE})`,
      warning: null,
    };
  if (ref.type === 'sticker' && bytes > V1_WA_MAX_STATIC_STICKER_BYTES)
    return {
      error: null,
      warning: `the sticker is ${size}: over the ${formatBytes(V1_WA_MAX_STATIC_STICKER_BYTES)} of a static sticker, so it is refused unless it is animated (${PAGE})`,
    };
  return { error: null, warning: null };
}

/** Said when the size cannot be learnt: the send goes on. */
export function whatsAppMediaUnknownSize(ref: WhatsAppMediaRef, reason: string): string {
  return `the size of ${ref.url} cannot be known (${reason}). WhatsApp refuses ${ref.type === 'image' || ref.type === 'audio' ? 'an' : 'a'} ${ref.type} over ${formatBytes(ref.limitBytes)} (${PAGE}); check the file yourself.`;
}
