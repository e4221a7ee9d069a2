import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateArticle } from '../corpus';

/**
 * The generated workspace every tool builds: `count` articles of ~20 KB
 * (seeds 1..count, links between them), the settings file, and every image the articles
 * reference, so no page has a missing asset. Same bytes on every run and
 * machine.
 */
export const ARTICLE_BYTES = 20_000;

export const SITE = {
  siteName: 'Bench Site',
  siteUrl: 'https://bench.example',
  language: 'en',
  publisher: { name: 'Bench Site', logo: '/assets/brand/logo.png' },
  author: { name: 'Bench Editorial', type: 'Organization' as const },
  // The generated site has no /guides page: both crumbs go to the front page, so no link is broken.
  breadcrumbLinks: { Home: '/', Blog: '/' },
  twitterSite: '@benchsite',
  defaultImage: '/assets/brand/social-card.png',
  jsonLd: 'separate' as const,
};

/** An 8×8 RGB PNG (165 bytes): every referenced image gets these bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAbElEQVR42hXNQRUAUQhCUZOYhCQmeUlIQhISzR+XXA7ODDtouIHBQ4YOM8suWm5h8ZKl+0CskDiBsIioHhx76LiDw0eO3oN/4FVf+J8h0PduzBqZ8x/bxNQPwgaFy192SGgelC0q13/CJaXlA+odUoEVKnyAAAAAAElFTkSuQmCC',
  'base64',
);

export interface Corpus {
  readonly count: number;
  /** Workspace-relative article paths (`guides/article-<n>.md`) and their text. */
  readonly articles: readonly { readonly path: string; readonly text: string }[];
  /** Workspace-relative asset paths (`assets/…`), sorted. */
  readonly assets: readonly string[];
  readonly bytes: number;
}

export function buildCorpus(count: number): Corpus {
  const articles: { path: string; text: string }[] = [];
  const assets = new Set<string>(['assets/brand/logo.png', 'assets/brand/social-card.png']);
  let bytes = 0;
  for (let seed = 1; seed <= count; seed++) {
    // Links point at articles of this corpus: a benchmark of broken-link reports measures nothing useful.
    const text = generateArticle(ARTICLE_BYTES, seed, count);
    articles.push({ path: `guides/article-${seed}.md`, text });
    bytes += Buffer.byteLength(text);
    for (const match of text.matchAll(/\]\(\/(assets\/[^)\s]+)\)/g)) assets.add(match[1]!);
  }
  return { count, articles, assets: [...assets].sort(), bytes };
}

/** Writes files below `root` (removed first), `limit` at a time. */
export async function writeTree(root: string, files: readonly { readonly path: string; readonly data: string | Buffer }[]): Promise<void> {
  await rm(root, { recursive: true, force: true });
  const folders = new Set(files.map((file) => dirname(join(root, file.path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await writeFile(join(root, file.path), file.data);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

export function assetFiles(corpus: Corpus, prefix = ''): { path: string; data: Buffer }[] {
  return corpus.assets.map((path) => ({ path: prefix + path, data: PNG }));
}

/** Article Studio's workspace: articles, `article-studio.json`, assets. */
export async function writeWorkspace(root: string, corpus: Corpus): Promise<void> {
  await writeTree(root, [
    { path: 'article-studio.json', data: `${JSON.stringify(SITE, null, 2)}\n` },
    ...corpus.articles.map((article) => ({ path: article.path, data: article.text })),
    ...assetFiles(corpus),
  ]);
}
