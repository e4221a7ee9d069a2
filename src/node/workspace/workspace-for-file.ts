import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { parseSettings, type SettingsResult } from '../../core/site';
import { readSettingsText } from './settings-file';

export interface FileInWorkspace extends SettingsResult {
  /** The folder holding the nearest article-studio.json, or the file's own folder when there is none. */
  readonly root: string;
  /** The file's path inside that folder, '/'-separated: what its URL is made of. */
  readonly relativePath: string;
  readonly settingsFound: boolean;
}

/** Finds the workspace a single file belongs to: the nearest settings file above it. */
export async function workspaceForFile(file: string): Promise<FileInWorkspace> {
  const real = await realpath(file);
  for (let folder = dirname(real); ; folder = dirname(folder)) {
    const text = await readSettingsText(folder);
    if (text !== null) {
      return { ...parseSettings(text), root: folder, relativePath: relative(folder, real).split(sep).join('/'), settingsFound: true };
    }
    if (dirname(folder) === folder) break;
  }
  return { ...parseSettings(null), root: dirname(real), relativePath: real.split(sep).pop()!, settingsFound: false };
}
