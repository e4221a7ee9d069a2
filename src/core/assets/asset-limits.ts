/** Larger files are refused: no page should make a reader download this much for one picture. */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
/** From here on an image is worth shrinking before it goes on a page. */
export const LARGE_IMAGE_BYTES = 1024 * 1024;
/** Wider or taller than any screen shows it; the page scales it down and the reader downloads the rest for nothing. */
export const LARGE_IMAGE_SIDE = 2560;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Why an image is too big for a web page, in the writer's terms (size in MB
 * and pixels), or null when it is fine.
 */
export function largeImageWarning(bytes: number, width: number | null, height: number | null): string | null {
  const heavy = bytes >= LARGE_IMAGE_BYTES;
  const huge = (width ?? 0) > LARGE_IMAGE_SIDE || (height ?? 0) > LARGE_IMAGE_SIDE;
  if (!heavy && !huge) return null;
  const pixels = width !== null && height !== null ? `${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px` : 'of unknown size';
  const advice = huge ? `resize it to at most ${LARGE_IMAGE_SIDE.toLocaleString('en-US')} px on its longer side` : 'compress it';
  return `This image is ${megabytes(bytes)}, ${pixels}: large images make the page slow to load. Consider: ${advice}.`;
}

/** "240 KB" / "3.4 MB", for showing a file's size. */
export function fileSizeLabel(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes);
}
