import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { studioErrorOf } from '../test-support/studio-error-of';
import { article, makeTempWorkspace } from '../test-support/temp-workspace';
import { duplicateText } from './duplicate-text';
import { openWorkspace } from './index';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of cleanups) await dispose();
  cleanups = [];
});

async function workspaceWith(files: Record<string, string>) {
  const temp = await makeTempWorkspace(files);
  const service = await openWorkspace(temp.root, { watch: false });
  cleanups.push(() => service.close(), temp.dispose);
  return service;
}

describe('duplicateArticle', () => {
  it('copies the article with " (copy)" added to its title and nothing else changed', async () => {
    const original = '---\r\n# kept comment\r\ntitle: \'Offline: A Calm Workflow\'  # trailing\r\ndate: 2025-12-22 19:22:11\r\n---\r\n\r\nBody stays.\r\n';
    const ws = await workspaceWith({ 'guides/offline.md': original });
    const copy = await ws.duplicateArticle('guides/offline.md', 'drafts/offline-2.md');
    const expected = original.replace("'Offline: A Calm Workflow'", "'Offline: A Calm Workflow (copy)'");
    expect(copy).toMatchObject({ path: 'drafts/offline-2.md', text: expected });
    expect(await readFile(join(ws.root, 'drafts', 'offline-2.md'), 'utf8')).toBe(expected);
    expect(await readFile(join(ws.root, 'guides', 'offline.md'), 'utf8')).toBe(original);
    expect((await ws.readArticle('drafts/offline-2.md')).hash).toBe(copy.hash);
  });

  it('copies the bytes exactly when there is no title or the frontmatter does not parse', async () => {
    const untitled = '\uFEFF---\ndate: 2025-12-22\n---\nNo title here.\n';
    const broken = '---\ntitle: one\ntitle: two\n---\nBroken.\n';
    const plain = 'Just text, no frontmatter.\n';
    const ws = await workspaceWith({ 'untitled.md': untitled, 'broken.md': broken, 'plain.md': plain });
    for (const [from, text] of [['untitled.md', untitled], ['broken.md', broken], ['plain.md', plain]] as const) {
      const copy = await ws.duplicateArticle(from, `copy-of-${from}`);
      expect(copy.text, from).toBe(text);
      expect(await readFile(join(ws.root, `copy-of-${from}`)), from).toEqual(Buffer.from(text));
    }
  });

  it('refuses to overwrite: the target must not exist (ALREADY_EXISTS, as createArticle)', async () => {
    const ws = await workspaceWith({ 'a.md': article('A'), 'b.md': article('B') });
    const error = await studioErrorOf(ws.duplicateArticle('a.md', 'b.md'));
    expect(error).toMatchObject({ code: 'ALREADY_EXISTS', file: 'b.md' });
    expect(await readFile(join(ws.root, 'b.md'), 'utf8')).toBe(article('B'));
    const created = await studioErrorOf(ws.createArticle('b.md', 'B again'));
    expect(created.code).toBe(error.code);
  });

  it('names the missing source, and refuses targets outside the workspace or not articles', async () => {
    const ws = await workspaceWith({ 'a.md': article('A') });
    expect(await studioErrorOf(ws.duplicateArticle('gone.md', 'c.md'))).toMatchObject({ code: 'NOT_FOUND', file: 'gone.md' });
    expect(await studioErrorOf(ws.duplicateArticle('a.md', '../c.md'))).toMatchObject({ code: 'INVALID_PATH' });
    expect(await studioErrorOf(ws.duplicateArticle('a.md', 'assets/c.md'))).toMatchObject({ code: 'INVALID_PATH' });
    expect(await studioErrorOf(ws.duplicateArticle('a.md', 'c.txt'))).toMatchObject({ code: 'INVALID_PATH' });
  });

  it('refuses a source that is not UTF-8 rather than copy it lossily', async () => {
    const ws = await workspaceWith({});
    await writeFile(join(ws.root, 'latin1.md'), Buffer.from([0x74, 0x69, 0x74, 0x6c, 0xe9, 0x0a]));
    expect(await studioErrorOf(ws.duplicateArticle('latin1.md', 'copy.md'))).toMatchObject({ code: 'INVALID_ARTICLE', file: 'latin1.md' });
  });
});

describe('duplicateText', () => {
  it('appends to a number title as text', () => {
    expect(duplicateText('---\ntitle: 2024\n---\n')).toBe('---\ntitle: 2024 (copy)\n---\n');
  });

  it('leaves an empty title alone', () => {
    expect(duplicateText('---\ntitle: ""\n---\n')).toBe('---\ntitle: ""\n---\n');
  });
});
