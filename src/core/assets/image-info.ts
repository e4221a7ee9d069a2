/**
 * What kind of image a file is and how many pixels it has, read from the
 * first bytes of PNG, JPEG, GIF and WebP files: the four raster formats a
 * web page can use everywhere. Nothing is decoded; a file is judged by its
 * bytes, never by its name.
 */
export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp';

export interface ImageInfo {
  readonly type: ImageType;
  /** Null when the header holding them is cut off or malformed. */
  readonly width: number | null;
  readonly height: number | null;
}

export const IMAGE_EXTENSIONS: Readonly<Record<ImageType, string>> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp' };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const u16be = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u16le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u24le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
const u32be = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image's type and size, or null when the bytes are none of the four formats. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  if (startsWith(bytes, PNG)) return sized('png', bytes.length >= 24 && startsWith(bytes, ascii('IHDR'), 12) ? [u32be(bytes, 16), u32be(bytes, 20)] : null);
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return sized('gif', bytes.length >= 10 ? [u16le(bytes, 6), u16le(bytes, 8)] : null);
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return sized('webp', webpSize(bytes));
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return sized('jpeg', jpegSize(bytes));
  return null;
}

function sized(type: ImageType, size: readonly [number, number] | null): ImageInfo {
  const valid = size !== null && size[0] > 0 && size[1] > 0;
  return { type, width: valid ? size[0] : null, height: valid ? size[1] : null };
}

/** The canvas size from the first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X). */
function webpSize(bytes: Uint8Array): [number, number] | null {
  if (startsWith(bytes, ascii('VP8 '), 12) && bytes.length >= 30 && startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) {
    return [u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff];
  }
  if (startsWith(bytes, ascii('VP8L'), 12) && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = (bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24)) >>> 0;
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (startsWith(bytes, ascii('VP8X'), 12) && bytes.length >= 30) return [u24le(bytes, 24) + 1, u24le(bytes, 27) + 1];
  return null;
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); not DHT (C4), JPG (C8) or DAC (CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks the marker segments to the first start-of-frame, which holds the size; stops at the image data. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  let at = 2;
  while (at + 3 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) return at + 8 < bytes.length ? [u16be(bytes, at + 7), u16be(bytes, at + 5)] : null;
    at += 2 + length;
  }
  return null;
}
