import { mkdir } from 'node:fs/promises';
import type { ImportedAsset } from '../../core/api';
import { StudioError } from '../../core/api';
import { assetFolderFor, MAX_ASSET_BYTES, numberedName, readImageInfo, safeAssetName } from '../../core/assets';
import { isArticlePath } from '../../core/site';
import { toStudioError } from './article-text';
import { checkRelativePath, resolveInWorkspace } from './safe-path';
import { writeNewFile } from './write-new-file';

/** Enough for every screenshot of a series; past it something is wrong. */
const MAX_NUMBERED_NAMES = 1000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Copies an image into the article's asset folder
 * (`assets/<article path without .md>/`), under a safe name that takes no
 * other file's place (`chart.png`, then `chart-2.png`…). Only PNG, JPEG,
 * GIF and WebP up to MAX_ASSET_BYTES are taken, judged by their bytes; the
 * folder must lie inside the workspace with symlinks resolved.
 */
export async function importAsset(root: string, articlePath: string, fileName: string, bytesBase64: string): Promise<ImportedAsset> {
  checkRelativePath(articlePath);
  if (!isArticlePath(articlePath)) throw new StudioError('INVALID_PATH', `${articlePath} is not an article, so it has no asset folder`, articlePath);
  const bytes = decode(bytesBase64, fileName);
  if (bytes.length > MAX_ASSET_BYTES) {
    throw new StudioError('INVALID_REQUEST', `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; images up to ${MAX_ASSET_BYTES / 1024 / 1024} MB can be added`);
  }
  const info = readImageInfo(bytes);
  if (!info) throw new StudioError('INVALID_REQUEST', `${fileName} is not a PNG, JPEG, GIF or WebP image; only those can be added`);

  const folder = assetFolderFor(articlePath);
  const name = safeAssetName(fileName, info.type);
  const { real: realFolder } = await resolveInWorkspace(root, folder);
  await mkdir(realFolder, { recursive: true }).catch((error: unknown) => {
    throw toStudioError(error, folder);
  });
  for (let n = 1; n <= MAX_NUMBERED_NAMES; n++) {
    const path = `${folder}/${numberedName(name, n)}`;
    // Resolved again per name: a symlink of that name must not lead the write out of the workspace.
    const { real } = await resolveInWorkspace(root, path);
    try {
      await writeNewFile(real, bytes);
      return { path, bytes: bytes.length, width: info.width, height: info.height };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw toStudioError(error, path);
    }
  }
  throw new StudioError('ALREADY_EXISTS', `${folder}/${name} and ${MAX_NUMBERED_NAMES - 1} numbered names after it are taken`, folder);
}

function decode(base64: string, fileName: string): Buffer {
  // Buffer.from skips what is not base64; a mangled upload must fail, not become another file.
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) throw new StudioError('INVALID_REQUEST', `${fileName} did not arrive intact (its data is not base64)`);
  return Buffer.from(base64, 'base64');
}
