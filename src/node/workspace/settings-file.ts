import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../core/api';
import { SETTINGS_FILE } from '../../core/site';

/**
 * The text of `folder`'s article-studio.json, or null when it has none. One
 * that is there but cannot be read (a folder of that name, permissions) is
 * an error naming it: taking the default settings instead would put the
 * site's pages on the default domain without a word.
 */
export async function readSettingsText(folder: string): Promise<string | null> {
  try {
    return await readFile(join(folder, SETTINGS_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new StudioError('IO_ERROR', `${join(folder, SETTINGS_FILE)} cannot be read (${why}); fix it, or remove it to use the default settings`, SETTINGS_FILE);
  }
}
