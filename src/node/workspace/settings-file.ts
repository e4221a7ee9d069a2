import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '../../core/api';
import { parseSettings, SETTINGS_FILE, type SettingsResult } from '../../core/site';

/** A folder's article-studio.json: its text (null: there is none), or why it is there but cannot be read. */
type SettingsFile = { readonly text: string | null } | { readonly unreadable: string };

async function readSettingsFile(folder: string): Promise<SettingsFile> {
  try {
    return { text: await readFile(join(folder, SETTINGS_FILE), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { text: null };
    return { unreadable: code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message };
  }
}

/**
 * The text of `folder`'s article-studio.json, or null when it has none. One
 * that is there but cannot be read (a folder of that name, permissions) is
 * an error naming it: taking it for a missing one would put the site's
 * pages on the default domain without a word.
 */
export async function readSettingsText(folder: string): Promise<string | null> {
  const file = await readSettingsFile(folder);
  if ('unreadable' in file) throw new StudioError('IO_ERROR', `${join(folder, SETTINGS_FILE)} cannot be read (${file.unreadable}); fix it, or remove it to use the default settings`, SETTINGS_FILE);
  return file.text;
}

/**
 * `folder`'s settings for a command that goes on without them (lint, render,
 * export): an article-studio.json that cannot be read is a problem on its
 * first line, and the defaults are used, as for a setting that is not valid.
 */
export async function readSettings(folder: string): Promise<SettingsResult & { readonly found: boolean }> {
  const file = await readSettingsFile(folder);
  if ('unreadable' in file) return { ...parseSettings(null), problems: [{ key: '', line: 1, message: `cannot be read (${file.unreadable})` }], found: true };
  return { ...parseSettings(file.text), found: file.text !== null };
}
