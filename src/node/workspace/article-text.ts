import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { StudioError } from '../../core/api';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads an article as text. Bytes that are not UTF-8 are refused rather than
 * replaced: decoding them lossily and saving would destroy them. The BOM is
 * kept in the text, so saving writes it back.
 */
export async function readArticleText(absolutePath: string, relativePath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    throw toStudioError(error, relativePath);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new StudioError('INVALID_ARTICLE', `${relativePath} is not UTF-8 text; it was left untouched`, relativePath);
  }
}

export function toStudioError(error: unknown, relativePath: string): StudioError {
  if (error instanceof StudioError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new StudioError('NOT_FOUND', `${relativePath} does not exist`, relativePath);
  if (code === 'EEXIST') return new StudioError('ALREADY_EXISTS', `${relativePath} already exists`, relativePath);
  if (code === 'EREADONLY') return new StudioError('IO_ERROR', `${relativePath} is read-only; nothing was written`, relativePath);
  if (code === 'EISDIR') return new StudioError('INVALID_PATH', `${relativePath} is a folder, not an article`, relativePath);
  const detail = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
  return new StudioError('IO_ERROR', `${relativePath}: ${detail}`, relativePath);
}
