import { useEffect, useState } from 'react';
import { resolveReference } from '../../../core/export/references';
import type { WorkspaceSettings } from '../../../core/site';
import { workspaceFileUrl } from './preview-images';

export interface ImageInfo {
  /** Where the preview can load it from. */
  readonly src: string;
  /** False for an image on another site: its size cannot be checked offline. */
  readonly local: boolean;
  readonly width: number | null;
  readonly height: number | null;
  readonly bytes: number | null;
  /** Why it could not be read (missing file…), or null. */
  readonly problem: string | null;
}

/** The social image's real size and weight, read from the workspace file through the app. */
export function useImageInfo(imageUrl: string | undefined, settings: Pick<WorkspaceSettings, 'siteUrl'>): ImageInfo | null {
  const reference = imageUrl ? resolveReference(imageUrl, '/', settings) : null;
  const localPath = reference?.kind === 'file' ? reference.path : null;
  const [read, setRead] = useState<{ path: string; info: ImageInfo } | null>(null);
  useEffect(() => {
    if (localPath === null) return;
    let cancelled = false;
    const src = workspaceFileUrl(localPath);
    readImage(src, localPath).then(
      (info) => !cancelled && setRead({ path: localPath, info }),
      (error: Error) => !cancelled && setRead({ path: localPath, info: { src, local: true, width: null, height: null, bytes: null, problem: error.message } }),
    );
    return () => {
      cancelled = true;
    };
  }, [localPath]);
  if (!imageUrl) return null;
  // An image on another site cannot be checked offline; it is shown as it is.
  if (localPath === null) return { src: imageUrl, local: false, width: null, height: null, bytes: null, problem: null };
  // Until the file is read its size is unknown, not missing.
  return read?.path === localPath ? read.info : { src: workspaceFileUrl(localPath), local: true, width: null, height: null, bytes: null, problem: null };
}

async function readImage(src: string, path: string): Promise<ImageInfo> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`/${path} is not in the workspace.`);
  const blob = await response.blob();
  const bitmap = await createImageBitmap(blob);
  const info = { src, local: true, width: bitmap.width, height: bitmap.height, bytes: blob.size, problem: null };
  bitmap.close();
  return info;
}

const MAX_BYTES = 5 * 1024 * 1024;

/** What social sites will complain about, for a card that shows the image large. */
export function imageWarnings(info: ImageInfo | null, card: 'facebook' | 'x'): string[] {
  if (!info) return ['No image: the card is shown without one (set an image, or a default image for the site).'];
  if (info.problem) return [info.problem];
  if (!info.local || info.width === null || info.height === null) return [];
  const warnings: string[] = [];
  if (info.width < 1200 || info.height < 630) warnings.push(`${info.width}×${info.height} px is smaller than 1200×630 px: large cards may show it small or blurred.`);
  const ratio = info.width / info.height;
  const wanted = card === 'facebook' ? 1.91 : 2;
  if (Math.abs(ratio - wanted) / wanted > 0.03) warnings.push(`Its shape is ${ratio.toFixed(2)}:1; ${card === 'facebook' ? 'Facebook and LinkedIn crop to 1.91:1' : 'X crops to 2:1'}.`);
  if (info.bytes !== null && info.bytes > MAX_BYTES) warnings.push(`${(info.bytes / 1024 / 1024).toFixed(1)} MB is over the 5 MB social sites accept.`);
  return warnings;
}
