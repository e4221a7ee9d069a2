import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempWorkspace } from '../test-support/temp-workspace';
import { listFiles } from './file-tree';
import { exportSite } from './index';

const page = (title: string) => `---\ntitle: "${title}"\ndescription: "About ${title}."\ndate: 2025-12-22 19:22:11\n---\n\nText of ${title}.\n`;

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const dispose of cleanups) await dispose();
  cleanups = [];
});

async function setup() {
  const files: Record<string, string> = { 'article-studio.json': JSON.stringify({ siteName: 'Quiet Ink', siteUrl: 'https://quiet-ink.example' }) };
  for (let n = 1; n <= 30; n++) files[`guides/guide-${n}.md`] = page(`Guide ${n}`);
  const ws = await makeTempWorkspace(files);
  const outParent = await makeTempWorkspace({});
  cleanups.push(ws.dispose, outParent.dispose);
  return { root: ws.root, out: join(outParent.root, 'site'), parent: outParent.root, lock: join(outParent.root, '.site.export.lock') };
}

/** A process that is running until the test ends. */
async function runningProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  await once(child, 'spawn');
  cleanups.push(() => void child.kill());
  return child.pid!;
}

/** The id of a process that has ended, as a killed export leaves it in its lock. */
async function endedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid!;
}

const lockOf = (pid: number, since = new Date()) => JSON.stringify({ pid, host: hostname(), since: since.toISOString(), id: 'theirs' });

/** A lock as another run leaves it: a folder holding who made it. */
async function writeLock(lock: string, holder: string | null): Promise<void> {
  await mkdir(lock);
  if (holder !== null) await writeFile(join(lock, 'holder.json'), holder);
}

describe('one export at a time into a folder', () => {
  it('refuses a second export into the folder while one runs, and the first completes untouched', async () => {
    const { root, out, parent } = await setup();
    const results = await Promise.allSettled([exportSite(root, { out, workers: 0 }), exportSite(root, { out, workers: 0 })]);
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    // The second run names the first's process, unless it looked while the first was still writing its name down.
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(new RegExp(`Another export into ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is running( \\(process ${process.pid}, since [^)]+\\))?\\. Wait for it to finish`));
    expect(await listFiles(out)).toContain('guides/guide-30/index.html');
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('refuses while another program\'s export holds the folder, naming the lock to delete if none runs', async () => {
    const { root, out, parent, lock } = await setup();
    await exportSite(root, { out, workers: 0 });
    const pid = await runningProcess();
    await writeLock(lock, lockOf(pid));
    await writeFile(join(root, 'guides/guide-1.md'), page('Guide one, revised'));
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`Another export into ${out} is running (process ${pid}, since`);
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`if none is, delete ${lock} and export again`);
    // Nothing was swept or changed; the other export's lock stays.
    expect(await readdir(parent)).toEqual(['.site.export.lock', 'site']);
  });

  it('takes over the lock of an export whose process has ended, that is hours old, or that is no lock', async () => {
    const { root, out, parent, lock } = await setup();
    const stale = [
      () => writeLock(lock, null).then(() => utimes(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))),
      async () => writeLock(lock, lockOf(await endedProcess())),
      async () => writeLock(lock, lockOf(await runningProcess(), new Date(Date.now() - 3 * 60 * 60 * 1000))),
      // A run before this one with the same process id (a container's first process): not a lock this process holds.
      () => writeLock(lock, lockOf(process.pid)),
      () => writeLock(lock, 'not a lock'),
      () => writeFile(lock, 'a file where the lock folder goes'),
    ];
    for (const leave of stale) {
      await leave();
      expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ published: true });
      expect(await readdir(parent)).toEqual(['site']);
    }
  });

  it('counts a lock folder still without its holder as an export starting', async () => {
    const { root, out, lock } = await setup();
    await writeLock(lock, null);
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`Another export into ${out} is running.`);
  });

  it('lets only one of two runs take over the same stale lock', async () => {
    const { root, out, parent, lock } = await setup();
    await writeLock(lock, lockOf(await endedProcess()));
    const results = await Promise.allSettled([exportSite(root, { out, workers: 0 }), exportSite(root, { out, workers: 0 })]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await readdir(parent)).toEqual(['site']);
  });
});
