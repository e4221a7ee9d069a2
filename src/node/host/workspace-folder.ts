import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { StudioError } from '../../core/api';

/**
 * The folder as typed or picked: a leading `~` is the home folder; a
 * relative path is refused, since it would be taken from whatever folder
 * the process happened to start in. A file where a folder is expected is
 * INVALID_PATH; a missing folder is left to the workspace to report as
 * NOT_FOUND.
 */
export async function workspaceFolder(typed: string, home: string = homedir()): Promise<string> {
  const trimmed = typed.trim();
  const expanded = trimmed === '~' || /^~[/\\]/.test(trimmed) ? join(home, trimmed.slice(1)) : trimmed;
  if (trimmed === '' || trimmed.includes('\0') || !isAbsolute(expanded)) {
    throw new StudioError('INVALID_PATH', `Refused workspace folder "${trimmed.replace(/\0/g, '\\0')}": give a full path, such as ${join(home, 'articles')}`, trimmed);
  }
  const folder = resolve(expanded);
  const info = await stat(folder).catch(() => null);
  if (info !== null && !info.isDirectory()) {
    throw new StudioError('INVALID_PATH', `${folder} is a file, not a folder: choose the folder that holds your articles`, folder);
  }
  return folder;
}
