import { rename, rm, utimes, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article } from '../test-support/temp-workspace';
import { watchedWorkspaces } from '../test-support/watched-workspace';

const watched = watchedWorkspaces();

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Long enough for the watcher to have reported anything it was going to. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('watching for outside changes', () => {
  it('reports a change by another program with the new content hash', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    await writeFile(join(ws.root, 'a.md'), article('Changed'));
    await until(() => events.length > 0, 'a change event');
    const again = await ws.readArticle('a.md');
    expect(events).toEqual([{ kind: 'changed', path: 'a.md', hash: again.hash }]);
  });

  it('stays silent about our own saves', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    const file = await ws.readArticle('a.md');
    await ws.saveArticle('a.md', article('Saved by us'), file.hash);
    await settle();
    expect(events).toEqual([]);
  });

  it('stays silent about our own save through a symlink, under the target name too', async () => {
    const { ws, events } = await watched({ 'real.md': article('A') });
    const { symlink } = await import('node:fs/promises');
    await symlink(join(ws.root, 'real.md'), join(ws.root, 'link.md'));
    await settle();
    events.length = 0;
    const file = await ws.readArticle('link.md');
    await ws.saveArticle('link.md', article('Through the link'), file.hash);
    await settle();
    expect(events).toEqual([]);
  });

  it('still reports an outside change that a listing read first', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    await writeFile(join(ws.root, 'a.md'), article('Changed'));
    await ws.listArticles();
    await until(() => events.length > 0, 'a change event');
    expect(events[0]).toMatchObject({ kind: 'changed', path: 'a.md' });
  });

  it('detects a same-size change with the old modification time restored', async () => {
    const { ws, events } = await watched({ 'a.md': article('Aaaa') });
    const path = join(ws.root, 'a.md');
    const before = await stat(path);
    await writeFile(path, article('Bbbb'));
    await utimes(path, before.atime, before.mtime);
    await until(() => events.length > 0, 'a change event');
    expect(events[0]).toMatchObject({ kind: 'changed', path: 'a.md' });
  });

  it('ignores a touch that changes the time but not the content', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    await utimes(join(ws.root, 'a.md'), new Date(), new Date(Date.now() + 5000));
    await settle();
    expect(events).toEqual([]);
  });

  it('reports added and removed articles, and ignores files that are not articles', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    await writeFile(join(ws.root, 'notes.txt'), 'not an article');
    await writeFile(join(ws.root, 'b.md'), article('B'));
    await until(() => events.some((e) => e.kind === 'added'), 'an added event');
    await rm(join(ws.root, 'a.md'));
    await until(() => events.some((e) => e.kind === 'removed'), 'a removed event');
    expect(events.map((e) => [e.kind, e.path])).toEqual([
      ['added', 'b.md'],
      ['removed', 'a.md'],
    ]);
  });

  it('reports a file renamed by another program as removed and added', async () => {
    const { ws, events } = await watched({ 'a.md': article('A') });
    await rename(join(ws.root, 'a.md'), join(ws.root, 'c.md'));
    await until(() => events.length >= 2, 'two events');
    expect(events.map((e) => [e.kind, e.path]).sort()).toEqual([
      ['added', 'c.md'],
      ['removed', 'a.md'],
    ]);
  });
});
