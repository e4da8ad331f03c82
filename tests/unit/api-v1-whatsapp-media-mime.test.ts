import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/shared/api/validate';
import { NOW } from './helpers/api-requests';
import { wa, WA_BLOCKS } from './helpers/v1-ott-documented';

// The MIME types the WhatsApp page's media table lists per media type: another declared type is
// sent, with a warning naming the page (its wording is "supported" and its lists disagree).

const WA = 'channels.OTT-Messaging.wa';

function check(body: unknown): { errors: string[]; warnings: string[] } {
  const result = validateRequest('v1', body, { now: NOW });
  const line = (e: { path: string; message: string }) => `${e.path}: ${e.message}`;
  return { errors: result.ok ? [] : result.errors.map(line), warnings: result.warnings.map(line) };
}

describe('v1 WhatsApp media MIME types', () => {
  it('passes every media sample of the page with no MIME warning, whatever its case', () => {
    for (const type of ['image', 'audio', 'document', 'video', 'sticker'] as const) {
      const { errors, warnings } = check(wa(WA_BLOCKS[type]()));
      expect(errors).toEqual([]);
      expect(warnings.filter((w) => w.includes('mimeType'))).toEqual([]);
    }
    const pptx = WA_BLOCKS.document();
    pptx.document.mimeType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
    expect(check(wa(pptx)).warnings).toEqual([]);
    const opus = WA_BLOCKS.audio();
    opus.audio.mimeType = 'audio/ogg; codecs=opus';
    expect(check(wa(opus)).warnings).toEqual([]);
  });

  it('warns, naming the page and the listed types, about a type the table does not list for that media, and still sends it', () => {
    const gif = WA_BLOCKS.image();
    gif.image.mimeType = 'image/gif';
    const { errors, warnings } = check(wa(gif));
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      `${WA}.image.mimeType: "image/gif" is not among the image types the WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis) lists as supported (image/jpeg, image/jpg, image/png): WhatsApp may refuse it; sent as it is`,
    );

    // A type of another media: a PDF declared for a video.
    const video = WA_BLOCKS.video();
    video.video.mimeType = 'application/pdf';
    expect(
      check(wa(video)).warnings.some((w) => w.startsWith(`${WA}.video.mimeType: "application/pdf" is not among the video types`)),
    ).toBe(true);
  });

  it('warns about base ogg audio ("The base ogg type is not supported")', () => {
    const ogg = WA_BLOCKS.audio();
    ogg.audio.mimeType = 'audio/ogg';
    expect(check(wa(ogg)).warnings).toContain(
      `${WA}.audio.mimeType: only "audio/ogg; codecs=opus" is supported: "The base ogg type is not supported" (the WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis)); sent as it is`,
    );
  });
});
