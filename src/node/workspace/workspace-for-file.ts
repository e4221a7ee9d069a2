import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { parseSettings, type SettingsResult } from '../../core/site';
import { readSettings } from './settings-file';

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
    // The nearest settings file makes the workspace, even one that cannot be read (its problem is reported, and the defaults used).
    const { found, settings, problems } = await readSettings(folder);
    if (found) return { settings, problems, root: folder, relativePath: relative(folder, real).split(sep).join('/'), settingsFound: true };
    if (dirname(folder) === folder) break;
  }
  return { ...parseSettings(null), root: dirname(real), relativePath: real.split(sep).pop()!, settingsFound: false };
}
