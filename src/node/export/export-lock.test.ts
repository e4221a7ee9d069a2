import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, writeFile } from 'node:fs/promises';
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

describe('one export at a time into a folder', () => {
  it('refuses a second export into the folder while one runs, and the first completes untouched', async () => {
    const { root, out, parent } = await setup();
    const results = await Promise.allSettled([exportSite(root, { out, workers: 0 }), exportSite(root, { out, workers: 0 })]);
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toContain(`Another export into ${out} is running (process ${process.pid}, since `);
    expect(await listFiles(out)).toContain('guides/guide-30/index.html');
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('refuses while another program\'s export holds the folder, naming the lock to delete if none runs', async () => {
    const { root, out, parent, lock } = await setup();
    await exportSite(root, { out, workers: 0 });
    const pid = await runningProcess();
    await writeFile(lock, lockOf(pid));
    await writeFile(join(root, 'guides/guide-1.md'), page('Guide one, revised'));
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`Another export into ${out} is running (process ${pid}, since`);
    await expect(exportSite(root, { out, workers: 0 })).rejects.toThrow(`if none is, delete ${lock} and export again`);
    // Nothing was swept or changed; the other export's lock stays.
    expect(await readdir(parent)).toEqual(['.site.export.lock', 'site']);
  });

  it('takes over the lock of an export whose process has ended, or that is a day old', async () => {
    const { root, out, parent, lock } = await setup();
    await writeFile(lock, lockOf(await endedProcess()));
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ published: true });
    expect(await readdir(parent)).toEqual(['site']);

    await writeFile(lock, lockOf(await runningProcess(), new Date(Date.now() - 25 * 60 * 60 * 1000)));
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ published: true });
    expect(await readdir(parent)).toEqual(['site']);

    await writeFile(lock, 'not a lock');
    expect(await exportSite(root, { out, workers: 0 })).toMatchObject({ published: true });
    expect(await readdir(parent)).toEqual(['site']);
  });
});
