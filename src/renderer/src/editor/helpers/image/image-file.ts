import { fileSizeLabel, MAX_ASSET_BYTES, readImageInfo, type ImageInfo } from '../../../../../core/assets';

export type ReadImage = { readonly bytes: Uint8Array; readonly info: ImageInfo } | { readonly problem: string };

/**
 * A dropped, pasted or picked file, read and judged before anything is
 * copied: its type by its bytes (as the service will judge it) and its size.
 */
export async function readImageFile(file: File): Promise<ReadImage> {
  if (file.size > MAX_ASSET_BYTES) return { problem: `${file.name} is ${fileSizeLabel(file.size)}; images up to ${fileSizeLabel(MAX_ASSET_BYTES)} can be added.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = readImageInfo(bytes);
  return info ? { bytes, info } : { problem: `${file.name || 'The pasted file'} is not a PNG, JPEG, GIF or WebP image; only those can be added.` };
}

/** The first image among files a drop or paste carries (a drop of a text file is not ours to handle). */
export function firstImageFile(files: FileList | readonly File[]): File | null {
  return [...files].find((file) => file.type.startsWith('image/')) ?? null;
}

/** Base64 for the service call, by the browser's own encoder (fast on megabytes, unlike a loop over bytes). */
export function toBase64(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
}
