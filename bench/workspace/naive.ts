import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { ListFn } from './listing';

/**
 * The peer: the listing most static-site scripts write. Every `.md` file
 * under the root (assets/ holds no Markdown, so no folder needs skipping),
 * all read at once, each through gray-matter with its default YAML engine.
 * `matter(text, {})`: without options gray-matter caches every result keyed by
 * the file's whole text, and a warm call would measure that cache, not a
 * listing.
 */
export const list: ListFn = async (root) => {
  const paths = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.md')).sort();
  return Promise.all(
    paths.map(async (path) => {
      const { data } = matter(await readFile(join(root, path), 'utf8'), {});
      return { path: path.split('\\').join('/'), title: typeof data.title === 'string' ? data.title : null, date: data.date as unknown };
    }),
  );
};

export async function close(): Promise<void> {}
