import { describe, expect, it } from 'vitest';
import {
  attachmentView,
  exportFileName,
  kindChipText,
  kindTone,
  osmUrl,
  prettyJson,
  previewText,
  receiptDestination,
  safeHttpUrl,
  truncate,
} from '../../src/renderer/src/features/inbound/feed-format';

const noStatus = null;

describe('kind chips and status colours', () => {
  it('a receipt shows its status and takes its colour', () => {
    const delivered = { kind: 'receipt' as const, status: { deliveryStatus: 'Delivered', code: null, description: null } };
    expect(kindChipText(delivered)).toBe('Receipt · Delivered');
    expect(kindTone(delivered)).toBe('ok');
    const failed = { kind: 'receipt' as const, status: { deliveryStatus: 'Undelivered', code: '7006', description: null } };
    expect(kindTone(failed)).toBe('danger');
    const receipt = (deliveryStatus: string | null) => ({
      kind: 'receipt' as const,
      status: { deliveryStatus, code: null, description: null },
    });
    expect(kindTone(receipt('Submitted'))).toBe('info');
    // The v1 words: an impossible delivery is a failure (it once read as delivered), an uncertain one amber.
    expect(kindTone(receipt('DeliveryImpossible'))).toBe('danger');
    expect(kindTone(receipt('Not Delivered'))).toBe('danger');
    expect(kindTone(receipt('DeliveryUncertain'))).toBe('warn');
    expect(kindTone(receipt('read'))).toBe('ok');
    expect(kindTone(receipt(null))).toBe('warn');
  });

  it('messages read MO, unknown payloads are muted', () => {
    expect(kindChipText({ kind: 'message', status: noStatus })).toBe('MO');
    expect(kindTone({ kind: 'unknown', status: noStatus })).toBe('muted');
  });
});

describe('row preview', () => {
  it('prefers subject and text, then attachments, then status', () => {
    expect(previewText({ subject: 'Order', text: 'Confirmed\n now', attachments: [], status: null })).toBe('Order — Confirmed now');
    expect(previewText({ subject: null, text: '', attachments: [{ type: 'image', url: 'https://x/y.jpg' }], status: null })).toBe(
      '[image]',
    );
    expect(
      previewText({ subject: null, text: null, attachments: [], status: { deliveryStatus: 'Delivered', code: null, description: null } }),
    ).toBe('Delivered');
  });

  it("says a receipt's code in words, as History does, and which destination it is about", () => {
    const failed = { kind: 'receipt' as const, subject: null, text: null, attachments: [], from: null, to: '447911000013' };
    const described = {
      deliveryStatus: 'Failed',
      code: '7201',
      description: 'Undeliverable: the sandbox fails every destination ending in 13',
    };
    expect(previewText({ ...failed, status: described })).toBe('7201: Undeliverable: the sandbox fails every destination ending in 13');
    // No description: the code's words still come, never the bare status.
    expect(previewText({ ...failed, status: { deliveryStatus: 'Failed', code: '7201', description: null } })).toBe('7201: message failed');
    expect(previewText({ ...failed, status: { deliveryStatus: 'Delivered', code: null, description: null } })).toBe('Delivered');
    expect(receiptDestination(failed)).toBe('447911000013');
    // A receipt that names its sender, and every other kind, keep from → to.
    expect(receiptDestination({ ...failed, from: 'RELAYDESK' })).toBeNull();
    expect(receiptDestination({ kind: 'message', from: null, to: '447911000013' })).toBeNull();
  });
});

describe('attachments', () => {
  it('a location becomes coordinates and an OpenStreetMap link', () => {
    const view = attachmentView({ type: 'location', url: null, lat: 17.434871564442, lng: 78.398511094914, label: "Joe's Location" });
    expect(view).toEqual({
      as: 'location',
      lat: 17.434871564442,
      lng: 78.398511094914,
      title: "Joe's Location",
      mapUrl: 'https://www.openstreetmap.org/?mlat=17.434872&mlon=78.398511#map=16/17.434872/78.398511',
    });
    expect(osmUrl(-33.9, 18.4, 12)).toBe('https://www.openstreetmap.org/?mlat=-33.900000&mlon=18.400000#map=12/-33.900000/18.400000');
  });

  it('images, video, audio and files get players or links; odd schemes never become links', () => {
    expect(attachmentView({ type: 'image', url: 'https://scontent.xx.fbcdn.net/a.jpg' }).as).toBe('image');
    expect(attachmentView({ type: 'video', url: 'https://video.xx.fbcdn.net/v.mp4' }).as).toBe('video');
    expect(attachmentView({ type: 'voice', url: 'https://cdn.example/a.aac' }).as).toBe('audio');
    expect(attachmentView({ type: 'file', url: 'https://cdn.fbsbx.com/v/sample.doc?oh=1' })).toEqual({
      as: 'file',
      url: 'https://cdn.fbsbx.com/v/sample.doc?oh=1',
      title: 'sample.doc',
    });
    expect(attachmentView({ type: 'image', url: 'javascript:alert(1)' }).as).toBe('other');
    expect(attachmentView({ type: 'voice', url: null, mediaId: 'abc' })).toEqual({ as: 'other', title: 'voice (media id abc)' });
  });

  it('decodes the percent-encoded Facebook link URL', () => {
    expect(safeHttpUrl('https%3A%2F%2Fwww.goal.com%2F')).toBe('https://www.goal.com/');
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
  });
});

describe('raw and export helpers', () => {
  it('pretty-prints JSON bodies and leaves other text alone', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('not json')).toBe('not json');
  });

  it('truncates with a count of what was cut', () => {
    expect(truncate('abcdef', 3)).toBe('abc… (3 more characters)');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('names export files by time, without characters Windows refuses', () => {
    expect(exportFileName(new Date(Date.UTC(2026, 10, 22, 13, 5, 9)))).toBe('relaydesk-inbound-2026-11-22T13-05-09.ndjson');
  });
});
