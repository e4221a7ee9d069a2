import { readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleEvent } from '../../core/api';
import { studioErrorOf } from '../test-support/studio-error-of';
import { article } from '../test-support/temp-workspace';
import { watchedWorkspaces } from '../test-support/watched-workspace';
import { hashText } from './article-text';

/**
 * Another program changes, renames or deletes the article open in the
 * editor. Each case runs many rounds against the real service and its
 * watcher: every round must be reported, and the editor's next save (still
 * based on what it opened) must be refused with nothing overwritten.
 */

const ROUNDS = 12;

const watchedWorkspace = watchedWorkspaces();

/** Waits for the event, then a little longer so a late duplicate would be seen by the next round's checks. */
async function reported(events: ArticleEvent[], wanted: Partial<ArticleEvent>, round: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!events.some((event) => Object.entries(wanted).every(([key, value]) => event[key as keyof ArticleEvent] === value))) {
    if (Date.now() > deadline) throw new Error(`round ${round}: no ${JSON.stringify(wanted)} event; got ${JSON.stringify(events)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Same length as `article(title)` for every round number below 100. */
const roundTitle = (who: string, round: number) => `${who} ${String(round).padStart(2, '0')}`;

describe('outside changes to an open article', () => {
  it('reports a same-size change with the old modification time restored, and refuses the stale save', async () => {
    const { ws, root, events } = await watchedWorkspace({ 'a.md': article(roundTitle('Ours', 0)) });
    const path = join(root, 'a.md');
    for (let round = 1; round <= ROUNDS; round++) {
      const opened = await ws.readArticle('a.md');
      const before = await stat(path);
      const outside = article(roundTitle('Them', round));
      expect(outside.length).toBe(opened.text.length);
      events.length = 0;

      await writeFile(path, outside);
      await utimes(path, before.atimeMs / 1000, before.mtimeMs / 1000);
      expect(Math.abs((await stat(path)).mtimeMs - before.mtimeMs)).toBeLessThan(0.01);

      await reported(events, { kind: 'changed', path: 'a.md', hash: hashText(outside) }, round);
      const refused = await studioErrorOf(ws.saveArticle('a.md', article(roundTitle('Ours', round)), opened.hash));
      expect(refused.code, `round ${round}`).toBe('CONFLICT');
      expect(await readFile(path, 'utf8')).toBe(outside);
    }
  });

  it('reports a change made within a second of our own save, and refuses the save based on ours', async () => {
    const { ws, root, events } = await watchedWorkspace({ 'a.md': article(roundTitle('Ours', 0)) });
    const path = join(root, 'a.md');
    let opened = await ws.readArticle('a.md');
    for (let round = 1; round <= ROUNDS; round++) {
      const ours = article(roundTitle('Ours', round));
      const saved = await ws.saveArticle('a.md', ours, opened.hash);
      const savedAt = Date.now();
      events.length = 0;

      const outside = article(roundTitle('Them', round));
      await writeFile(path, outside);
      expect(Date.now() - savedAt).toBeLessThan(1000);

      await reported(events, { kind: 'changed', path: 'a.md', hash: hashText(outside) }, round);
      const refused = await studioErrorOf(ws.saveArticle('a.md', `${ours}More of ours.\n`, saved.hash));
      expect(refused.code, `round ${round}`).toBe('CONFLICT');
      expect(await readFile(path, 'utf8')).toBe(outside);
      opened = await ws.readArticle('a.md'); // the editor takes their version and goes on
    }
  });

  it('reports a rename by another program, and refuses to recreate the old name', async () => {
    const { ws, root, events } = await watchedWorkspace({ 'a0.md': article('Renamed around') });
    for (let round = 1; round <= ROUNDS; round++) {
      const from = `a${round - 1}.md`;
      const to = `a${round}.md`;
      const opened = await ws.readArticle(from);
      events.length = 0;

      await rename(join(root, from), join(root, to));

      await reported(events, { kind: 'removed', path: from }, round);
      await reported(events, { kind: 'added', path: to }, round);
      const refused = await studioErrorOf(ws.saveArticle(from, article('Edited in the editor'), opened.hash));
      expect(refused.code, `round ${round}`).toBe('CONFLICT');
      expect(await readdir(root)).toEqual([to]);
      expect(await readFile(join(root, to), 'utf8')).toBe(opened.text);
    }
  });

  it('reports a delete by another program, and refuses to recreate the file', async () => {
    const { ws, root, events } = await watchedWorkspace({});
    for (let round = 1; round <= ROUNDS; round++) {
      const name = `gone-${round}.md`;
      await writeFile(join(root, name), article(`Round ${round}`));
      await reported(events, { kind: 'added', path: name }, round);
      const opened = await ws.readArticle(name);
      events.length = 0;

      await rm(join(root, name));

      await reported(events, { kind: 'removed', path: name }, round);
      const refused = await studioErrorOf(ws.saveArticle(name, article('Edited in the editor'), opened.hash));
      expect(refused.code, `round ${round}`).toBe('CONFLICT');
      expect(await readdir(root)).toEqual([]);
    }
  });
});
