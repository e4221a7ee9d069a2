import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { writeFileAtomic } from '../workspace/atomic-write';

/** A fixed time for every entry: the same export gives the same zip, byte for byte. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/** The export's own files (not the writer's extras), as one zip written atomically. */
export async function writeZip(zipPath: string, folder: string, paths: readonly string[]): Promise<string> {
  const entries: Zippable = {};
  for (const path of paths) {
    const data = new Uint8Array(await readFile(join(folder, ...path.split('/'))));
    // Images and zips are already compressed; deflating them again only costs time.
    entries[path] = [data, { level: /\.(png|jpe?g|gif|webp|avif|zip|gz|woff2?)$/i.test(path) ? 0 : 6, mtime: ZIP_TIME }];
  }
  const target = resolve(zipPath);
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, zipSync(entries));
  return target;
}
