import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeAttachments } from '../../src/main/core/compose/attachment-probe';
import { buildSendCheck } from '../../src/renderer/src/features/compose/send-check';
import { checkMediaSizes, mediaUrlsToProbe } from '../../src/shared/compose/media-sizes';
import { SANDBOX_PROFILE } from '../../src/shared/profiles/profile';
import { wa, WA_BLOCKS } from './helpers/v1-ott-documented';

// A v1 WhatsApp media message carries only a URL: its size is what the file's server says (the
// core's HEAD probe), held against the "Maximum Size" of its type on the WhatsApp page.

let files: Server;
let base = '';

beforeAll(async () => {
  files = createServer((req, res) => {
    const sizes: Record<string, string> = {
      '/big.jpg': '6000000',
      '/small.jpg': '200000',
      '/still.webp': '80000',
      '/moving.webp': '300000',
      '/huge.webp': '600000',
    };
    const length = sizes[req.url ?? ''];
    res.writeHead(length ? 200 : 404, length ? { 'content-length': length } : {});
    res.end();
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => files.close(() => resolve())));

const WA = 'channels.OTT-Messaging.wa';
const plan = {
  api: 'v1' as const,
  errors: [],
  warnings: [],
  blockers: [],
  batches: { count: 1, destinations: 1, maxPerRequest: 1, estimatedSeconds: 0 },
};

function image(url: string) {
  const block = WA_BLOCKS.image();
  block.image.url = url;
  return wa(block);
}
function sticker(url: string) {
  const block = WA_BLOCKS.sticker();
  block.sticker.url = url;
  return wa(block);
}

async function probed(body: unknown) {
  return new Map((await probeAttachments(mediaUrlsToProbe(body))).map((p) => [p.url, p]));
}

describe('v1 WhatsApp media sizes learnt from their servers', () => {
  it('refuses an image over 5 MB before sending: the send confirmation gets a blocker naming the media and the limit', async () => {
    const body = image(`${base}/big.jpg`);
    expect(mediaUrlsToProbe(body)).toEqual([`${base}/big.jpg`]);
    const probes = await probed(body);
    expect(checkMediaSizes(body, probes)).toEqual([
      {
        path: `${WA}.image.url`,
        error: {
          code: 'media_too_large',
          message:
            'the image is 6.0 MB (6000000 bytes, from its server): at most 5.0 MB for a WhatsApp image (the WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis))',
        },
        warnings: [],
      },
    ]);
    const check = buildSendCheck(body, plan, SANDBOX_PROFILE, 'sandbox', probes);
    expect(check.blockers).toEqual([
      { code: 'media_too_large', message: expect.stringMatching(/^channels\.OTT-Messaging\.wa\.image\.url: the image is 6\.0 MB/) },
    ]);
  }, 30_000);

  it('passes an image within the limit, and warns (without blocking) when the size cannot be known', async () => {
    const small = image(`${base}/small.jpg`);
    expect(checkMediaSizes(small, await probed(small))).toEqual([{ path: `${WA}.image.url`, error: null, warnings: [] }]);

    const gone = image(`${base}/gone.jpg`);
    const probes = await probed(gone);
    const warning = `the size of ${base}/gone.jpg cannot be known (the server answered 404). WhatsApp refuses an image over 5.0 MB (the WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis)); check the file yourself.`;
    expect(checkMediaSizes(gone, probes)).toEqual([{ path: `${WA}.image.url`, error: null, warnings: [warning] }]);
    const check = buildSendCheck(gone, plan, SANDBOX_PROFILE, 'sandbox', probes);
    expect(check.blockers).toEqual([]);
    expect(check.problems).toContain(warning);
  }, 30_000);

  it('holds a sticker to 500 KB, and warns over the 100 KB of a static one', async () => {
    const still = sticker(`${base}/still.webp`);
    expect(checkMediaSizes(still, await probed(still))[0]).toMatchObject({ error: null, warnings: [] });
    const moving = sticker(`${base}/moving.webp`);
    expect(checkMediaSizes(moving, await probed(moving))[0]).toMatchObject({
      error: null,
      warnings: [expect.stringContaining('over the 100 KB of a static sticker, so it is refused unless it is animated')],
    });
    const huge = sticker(`${base}/huge.webp`);
    expect(checkMediaSizes(huge, await probed(huge))[0]?.error?.message).toMatch(
      /^the sticker is 600 KB .*: at most 500 KB for a WhatsApp sticker/,
    );
  }, 30_000);
});
