import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLintContext, lintContextArticle, type LintContext } from '../../core/seo';
import type { SettingsResult } from '../../core/site';
import { forEachLimited } from '../for-each-limited';
import { readArticleText } from '../workspace/article-text';
import { findArticlePaths } from '../workspace/find-article-paths';
import { readSettings } from '../workspace/settings-file';
import { isInside } from '../workspace/safe-path';

/** A workspace as the SEO checks need it, read from the disk. */
export interface LintWorkspaceRead extends SettingsResult {
  readonly settingsFound: boolean;
  /** Every article that could be read, by path. */
  readonly articles: { readonly path: string; readonly text: string }[];
  /** Articles that could not be read (not UTF-8, permissions), with why. */
  readonly unreadable: { readonly path: string; readonly message: string }[];
  /** Every workspace file, '/'-separated, sorted. */
  readonly files: string[];
}

/** `realRoot` must have its symlinks resolved (realpath), as every workspace root is. */
export async function readLintWorkspace(realRoot: string): Promise<LintWorkspaceRead> {
  const settings = await readSettings(realRoot);
  const [{ articles: paths }, files] = await Promise.all([findArticlePaths(realRoot), listWorkspaceFiles(realRoot)]);
  const articles: { path: string; text: string }[] = [];
  const unreadable: { path: string; message: string }[] = [];
  await forEachLimited(
    paths,
    async (path) => {
      try {
        articles.push({ path, text: await readArticleText(join(realRoot, path), path) });
      } catch (error) {
        unreadable.push({ path, message: (error as Error).message });
      }
    },
    16,
  );
  articles.sort((a, b) => a.path.localeCompare(b.path));
  return { settings: settings.settings, problems: settings.problems, settingsFound: settings.found, articles, unreadable, files };
}

/** What `getLintContext` answers: the articles' titles and descriptions, and the files. */
export async function readLintContext(realRoot: string): Promise<LintContext> {
  const read = await readLintWorkspace(realRoot);
  const context = buildLintContext(read.articles, read.files);
  // An unreadable article still exists: links to it are not broken.
  const unreadable = read.unreadable.map(({ path }) => lintContextArticle(path, ''));
  return { ...context, articles: [...context.articles, ...unreadable].sort((a, b) => a.path.localeCompare(b.path)) };
}

/**
 * Every file a page may reference: all of the workspace but dot-folders
 * (.git) and node_modules. Symlinks count when they lead to a file inside
 * the workspace, as the export only copies those.
 */
export async function listWorkspaceFiles(realRoot: string): Promise<string[]> {
  const found: string[] = [];
  async function visit(folder: string): Promise<void> {
    const entries = await readdir(join(realRoot, folder), { withFileTypes: true }).catch(() => []);
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') return;
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) await visit(path);
        else if (entry.isFile()) found.push(path);
        else if (entry.isSymbolicLink() && (await isFileInside(realRoot, path))) found.push(path);
      }),
    );
  }
  await visit('');
  return found.sort();
}

async function isFileInside(realRoot: string, path: string): Promise<boolean> {
  const target = await realpath(join(realRoot, path)).catch(() => null);
  return target !== null && isInside(realRoot, target) && (await stat(target)).isFile();
}
