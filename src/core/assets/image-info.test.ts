import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readImageInfo } from './image-info';
import { bytesOf, CHROMIUM_JPEG_301X203, CHROMIUM_WEBP_301X203 } from './image-fixtures.test-support';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));
const le16 = (value: number) => [value & 0xff, value >> 8];
const le32 = (value: number) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24];

describe('readImageInfo', () => {
  it('reads the size of the sample workspace PNGs', async () => {
    const png = await readFile(new URL('../../../examples/sample-workspace/assets/brand/logo.png', import.meta.url));
    const info = readImageInfo(png);
    expect(info?.type).toBe('png');
    expect(info?.width).toBeGreaterThan(0);
    // IHDR: width and height are the big-endian words at 16 and 20.
    expect([info?.width, info?.height]).toEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
  });

  it('reads JPEG and WebP as Chromium writes them', () => {
    expect(readImageInfo(bytesOf(CHROMIUM_JPEG_301X203))).toEqual({ type: 'jpeg', width: 301, height: 203 });
    expect(readImageInfo(bytesOf(CHROMIUM_WEBP_301X203))).toEqual({ type: 'webp', width: 301, height: 203 });
  });

  it('reads GIF and the two simple WebP headers', () => {
    expect(readImageInfo(bytes('GIF89a', le16(640), le16(480), [0, 0, 0]))).toEqual({ type: 'gif', width: 640, height: 480 });
    const lossy = bytes('RIFF', le32(30), 'WEBPVP8 ', le32(18), [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a], le16(1920), le16(1080));
    expect(readImageInfo(lossy)).toEqual({ type: 'webp', width: 1920, height: 1080 });
    // VP8L: after the 0x2f signature, 14 bits of width - 1, then 14 bits of height - 1.
    const bits = (4000 - 1) | ((3000 - 1) << 14);
    const lossless = bytes('RIFF', le32(30), 'WEBPVP8L', le32(10), [0x2f], le32(bits));
    expect(readImageInfo(lossless)).toEqual({ type: 'webp', width: 4000, height: 3000 });
  });

  it('walks JPEG segments, fill bytes and standalone markers to the frame header', () => {
    const app1 = [0xff, 0xe1, ...[0, 6], 1, 2, 3, 4];
    const sof2 = [0xff, 0xc2, 0, 11, 8, ...[0x0b, 0xb8], ...[0x0f, 0xa0], 1, 0, 0];
    expect(readImageInfo(bytes([0xff, 0xd8], app1, [0xff, 0xff], sof2))).toEqual({ type: 'jpeg', width: 4000, height: 3000 });
    // DHT (0xc4) is not a frame header, though it sits among the SOF numbers.
    const dht = [0xff, 0xc4, 0, 4, 9, 9];
    expect(readImageInfo(bytes([0xff, 0xd8, 0xff, 0xd0], dht, sof2))).toMatchObject({ width: 4000, height: 3000 });
  });

  it('knows the type but not the size of a cut-off or odd header', () => {
    expect(readImageInfo(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toEqual({ type: 'png', width: null, height: null });
    expect(readImageInfo(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 200]))).toEqual({ type: 'jpeg', width: null, height: null });
    expect(readImageInfo(bytes([0xff, 0xd8, 0xff, 0xda, 0, 8]))).toEqual({ type: 'jpeg', width: null, height: null });
    expect(readImageInfo(bytes('RIFF', le32(4), 'WEBPVP8 '))).toEqual({ type: 'webp', width: null, height: null });
    expect(readImageInfo(bytes('GIF89a', [0, 0, 0, 0]))).toEqual({ type: 'gif', width: null, height: null });
  });

  it('refuses what is not one of the four formats, whatever it is called', () => {
    for (const other of [bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), bytes('%PDF-1.7'), bytes('BM'), bytes('RIFF', le32(4), 'WAVE'), new Uint8Array()]) {
      expect(readImageInfo(other)).toBeNull();
    }
  });

  it('never reads past the end of any prefix of a real file', () => {
    const jpeg = bytesOf(CHROMIUM_JPEG_301X203);
    for (let length = 0; length < jpeg.length; length += 7) expect(() => readImageInfo(jpeg.slice(0, length))).not.toThrow();
  });
});
