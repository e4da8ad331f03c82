import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The icon files each OS needs: Linux a large PNG (and a size set), Windows an .ico with 16-256,
// macOS an .icns up to 1024. Read from the files' own headers, not their names.

const file = (name: string) => readFileSync(fileURLToPath(new URL(`../../resources/${name}`, import.meta.url)));

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('app icons in resources/', () => {
  it('has a 1024 PNG and every Linux size', () => {
    expect(pngSize(file('icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(file(`icons/${size}x${size}.png`))).toEqual([size, size]);
  });

  it('has an .ico with 16 to 256 pixel images', () => {
    const ico = file('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // type 1: icon
    const count = ico.readUInt16LE(4);
    // Each directory entry: width and height in one byte each, 0 meaning 256.
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has an .icns with the retina sizes up to 1024', () => {
    const icns = file('icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'));
    // ic08 256, ic09 512, ic10 1024 (512@2x).
    expect(types).toEqual(expect.arrayContaining(['is32', 'il32', 'ic08', 'ic09', 'ic10']));
  });
});
