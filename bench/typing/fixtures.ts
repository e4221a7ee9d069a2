import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticle } from '../corpus';
import { SITE } from '../export/workspace';
import { seededRandom } from '../seeded-random';

/**
 * The typing benchmark's files: a workspace with a 20 KB and a 200 KB
 * generated article (at the root, so no library folder has to be opened),
 * a bare-textarea page per article for the peer, and the keystrokes.
 */
export interface TypingArticle {
  readonly label: '20 KB' | '200 KB';
  readonly path: string;
  readonly title: string;
  readonly text: string;
  /** The article's last words, outside markup: the editor, and then the preview, hold the article once they contain them. */
  readonly tail: string;
  /** The bare-textarea page holding the same text. */
  readonly peerPage: string;
}

export const EDITOR_LABEL = 'Article body (Markdown)';

const SIZES = [
  { label: '20 KB', bytes: 20_000, seed: 20 },
  { label: '200 KB', bytes: 200_000, seed: 200 },
] as const;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same width, font and line height for the peer's textarea as a writer's editor pane, so both lay out similar text. */
function peerHtml(article: TypingArticle): string {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Peer: a bare textarea (${article.label})</title>
<style>html, body { margin: 0; height: 100%; } textarea { box-sizing: border-box; width: 50vw; height: 100vh; padding: 16px; font: 14px/1.5 monospace; }</style>
<textarea aria-label="${EDITOR_LABEL}" spellcheck="true">${escapeHtml(article.text)}</textarea>
`;
}

export async function writeTypingFixtures(root: string): Promise<{ workspace: string; articles: TypingArticle[] }> {
  await rm(root, { recursive: true, force: true });
  const workspace = join(root, 'workspace');
  await mkdir(workspace, { recursive: true });
  await writeFile(join(workspace, 'article-studio.json'), `${JSON.stringify(SITE, null, 2)}\n`);
  const articles: TypingArticle[] = [];
  for (const { label, bytes, seed } of SIZES) {
    const title = `Typing benchmark: ${label} article`;
    const name = `typing-${label.replace(' ', '').toLowerCase()}`;
    const text = generateArticle(bytes, seed).replace(/^title: .*$/m, `title: "${title}"`);
    // Words the editor's text and the preview's page text both contain: the last ones outside any markup.
    const tail = text.replace(/<[^>]*>/g, ' ').trim().split(/\s+/).slice(-5).join(' ');
    if (!text.includes(tail)) throw new Error(`the generated ${label} article does not end in plain words`);
    const article: TypingArticle = { label, path: `${name}.md`, title, text, tail, peerPage: join(root, `${name}-peer.html`) };
    await writeFile(join(workspace, article.path), text);
    await writeFile(article.peerPage, peerHtml(article));
    articles.push(article);
  }
  return { workspace, articles };
}

const WORDS = 'the writer adds one more plain sentence to this long article while the preview keeps up quietly'.split(' ');

/**
 * The keystrokes: bursts of lowercase words and spaces (nothing an editor
 * would turn into markup or autocomplete), each burst ending in a marker word
 * that exists nowhere else, so the preview shows it only once the burst's
 * last keystroke is in. The same for every run and for both pages.
 */

export function keystrokeBursts(total: number, bursts: number): { text: string; marker: string }[] {
  const next = seededRandom(9);
  const perBurst = Math.floor(total / bursts);
  return Array.from({ length: bursts }, (_, burst) => {
    const marker = `zq${'abcdefghij'[burst % 10]}${'klmnopqrst'[Math.floor(burst / 10) % 10]}vx`;
    let words = '';
    while (words.length < perBurst) words += `${WORDS[Math.floor(next() * WORDS.length)]} `;
    // Exactly perBurst characters: a space (after the previous burst's marker), words, the marker last. A word cut short is text all the same.
    return { text: ` ${words.slice(0, perBurst - marker.length - 2)} ${marker}`, marker };
  });
}
