import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The bundled sample is copied once into the user's data folder and opened
 * from there: a writer trying the app edits their own copy, never the files
 * shipped with it (or a developer's git checkout).
 */
export async function prepareSampleWorkspace(sampleSource: string, dataDir: string): Promise<string> {
  const target = join(dataDir, 'sample-workspace');
  const already = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!already) await cp(sampleSource, target, { recursive: true, errorOnExist: false, force: false });
  return target;
}
