import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

/**
 * What the app remembers between launches, in `<userData>/state.json`.
 * Plain Node so it is tested without Electron; the folder is passed in
 * (index.ts gives app.getPath('userData') after ready).
 */
export interface AppState {
  /** Absolute folder of the workspace opened last. */
  readonly lastWorkspace?: string;
}

export const STATE_FILE = 'state.json';

/** A missing, unreadable or hand-mangled file means "nothing remembered", never a failed launch. */
export async function readAppState(userDataDir: string): Promise<AppState> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(join(userDataDir, STATE_FILE), 'utf8'));
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const last = (data as Record<string, unknown>).lastWorkspace;
  return typeof last === 'string' && isAbsolute(last) ? { lastWorkspace: last } : {};
}

/** Written to a temporary file then renamed, so a crash never leaves half a file. */
export async function writeAppState(userDataDir: string, state: AppState): Promise<void> {
  await mkdir(userDataDir, { recursive: true });
  const target = join(userDataDir, STATE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temporary, target);
}
