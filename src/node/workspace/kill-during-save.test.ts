import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../test-support/bundle-for-node';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { TEMP_FILE_SUFFIX, writeFileAtomic } from './atomic-write';
import { openWorkspace } from './index';

/**
 * A writer's process can die at any instant (a crash, a power button, the
 * OS killing it). Here a child process saves one article through the real
 * atomic write in a tight loop and is SIGKILLed at random moments; after
 * every kill the article must be one of the two versions, complete, and the
 * next start must leave no temp file behind. (SIGKILL keeps the page cache:
 * this proves the rename protocol, not durability across power loss, which
 * the fsyncs are for.)
 */

const KILLS = 200;
/**
 * Kills land up to this long after a save loop starts: three saves' time, measured
 * before the test (a save with its fsyncs takes a millisecond or two on a quiet disk,
 * ten or more on a busy one), so kills land inside saves and between them either way.
 */
let maxKillDelayMs = 8;

/** Two complete versions, different in length and in every line: a torn mix of them matches neither. */
const versionOf = (name: string, lines: number) =>
  article(name) + Array.from({ length: lines }, (_, line) => `${name} version, line ${line}: the quick brown fox jumps over the lazy dog.\n`).join('');
const FIRST = versionOf('First', 4_000);
const SECOND = versionOf('Second', 3_000);

let scratch: string;
let harness: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kill-during-save-'));
  harness = await bundleForNode(fileURLToPath(new URL('../test-support/save-loop.ts', import.meta.url)), join(scratch, 'bundle'));
  await writeFile(join(scratch, 'first.txt'), FIRST);
  await writeFile(join(scratch, 'second.txt'), SECOND);
  const saves: number[] = [];
  for (let save = 0; save < 6; save++) {
    const started = performance.now();
    await writeFileAtomic(join(scratch, 'timing.md'), save % 2 ? FIRST : SECOND);
    saves.push(performance.now() - started);
  }
  maxKillDelayMs = Math.max(8, 3 * saves.sort((a, b) => a - b)[3]!);
}, 30_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

interface Saver {
  /** Lets it start saving, resolves once it has begun. */
  start(): Promise<void>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Spawns a save loop that waits, started, for the word: process start-up is most of a round's time. */
function spawnSaver(target: string): Saver {
  // The loop writes the version the file does not hold first: a changed file proves a save completed.
  const child = spawn(process.execPath, [harness, target, join(scratch, 'second.txt'), join(scratch, 'first.txt')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter(Boolean));
    waiters.splice(0).forEach((wake) => wake());
  });
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (lines.includes(word) ? resolve() : waiters.push(check));
      child.once('exit', (code, signal) => reject(new Error(`save loop ended before "${word}" (code ${code}, signal ${signal})`)));
      check();
    });
  const ready = said('ready');
  ready.catch(() => undefined);
  return {
    start: async () => {
      await ready;
      child.stdin.write('go\n');
      await said('saving');
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Savers started ahead of their turn, so the two cores start the next ones while one is killed and checked. */
const AHEAD = 3;

describe('a save killed at a random moment', () => {
  it(`leaves the old or the new version, complete, and no temp file after the next start (${KILLS} kills)`, async () => {
    const temp = await makeTempWorkspace({ 'a.md': FIRST });
    const target = join(temp.root, 'a.md');
    const seen = { first: 0, second: 0, killedMidSave: 0 };
    const savers: Saver[] = [];
    try {
      for (let kill = 1; kill <= KILLS; kill++) {
        while (savers.length < Math.min(AHEAD, KILLS - kill + 1)) savers.push(spawnSaver(target));
        const saver = savers.shift()!;
        await saver.start();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * maxKillDelayMs));
        await saver.kill();
        const text = await readFile(target, 'utf8');
        if (text !== FIRST && text !== SECOND) {
          throw new Error(`after kill ${kill} the file holds neither version complete: ${text.length} characters, starting ${JSON.stringify(text.slice(0, 60))}`);
        }
        seen[text === FIRST ? 'first' : 'second']++;
        if ((await readdir(temp.root)).some((name) => name.endsWith(TEMP_FILE_SUFFIX))) seen.killedMidSave++;

        // The next start: open the workspace and list it, as the app does.
        const ws = await openWorkspace(temp.root, { watch: false });
        const listed = await ws.listArticles();
        await ws.close();
        expect(listed.map((summary) => [summary.path, summary.title]), `kill ${kill}`).toEqual([['a.md', text === FIRST ? 'First' : 'Second']]);
        expect(await readdir(temp.root), `temp files after the start that followed kill ${kill}`).toEqual(['a.md']);
      }
    } finally {
      await Promise.all(savers.map((saver) => saver.kill()));
      await temp.dispose();
    }
    // Evidence the kills hit both between saves and inside them; without it the test proved little.
    expect(seen.first).toBeGreaterThan(0);
    expect(seen.second).toBeGreaterThan(0);
    expect(seen.killedMidSave).toBeGreaterThan(0);
  }, 90_000);
});
