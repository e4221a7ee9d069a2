import { watch, type FSWatcher } from 'chokidar';
import { relative, sep } from 'node:path';
import type { ArticleEvent } from '../../core/api';
import { isArticlePath, isSkippedFolder } from '../../core/site';
import { hashText, readArticleText } from './article-text';

/**
 * Reports outside changes to articles. A change counts when the content hash
 * differs from the last one we read or wrote: an mtime bump alone is not a
 * change, a same-size edit with the old mtime restored is, and our own saves
 * never echo back because the service records their hash first.
 */
export class ArticleWatcher {
  private watcher: FSWatcher | null = null;

  constructor(
    private readonly realRoot: string,
    private readonly knownHashes: Map<string, string>,
    private readonly emit: (event: ArticleEvent) => void,
  ) {}

  async start(): Promise<void> {
    if (this.watcher) return;
    const watcher = watch(this.realRoot, {
      ignoreInitial: true,
      followSymlinks: false,
      // Another program's save is often truncate-then-write: wait until the
      // size holds still briefly, so a half-written (even empty) file is
      // never reported as the new content.
      awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
      ignored: (path, stats) => {
        const rel = this.relativeOf(path);
        if (rel === '') return false;
        if (stats?.isDirectory()) return isSkippedFolder(rel);
        return stats?.isFile() === true && !isArticlePath(rel);
      },
    });
    watcher.on('add', (path) => void this.onContent(path, 'added'));
    watcher.on('change', (path) => void this.onContent(path, 'changed'));
    watcher.on('unlink', (path) => this.onRemoved(path));
    this.watcher = watcher;
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
  }

  private relativeOf(path: string): string {
    return relative(this.realRoot, path).split(sep).join('/');
  }

  private async onContent(path: string, kind: 'added' | 'changed'): Promise<void> {
    const rel = this.relativeOf(path);
    if (!isArticlePath(rel)) return;
    let text: string;
    try {
      text = await readArticleText(path, rel);
    } catch {
      return; // gone again, or not text: the next event or the reader reports it
    }
    const hash = hashText(text);
    if (this.knownHashes.get(rel) === hash) return;
    const known = this.knownHashes.has(rel);
    this.knownHashes.set(rel, hash);
    this.emit({ kind: known || kind === 'changed' ? 'changed' : 'added', path: rel, hash });
  }

  private onRemoved(path: string): void {
    const rel = this.relativeOf(path);
    if (!isArticlePath(rel)) return;
    // Our own renames and deletes forget the hash first, so they stay silent.
    if (!this.knownHashes.delete(rel)) return;
    this.emit({ kind: 'removed', path: rel });
  }
}
