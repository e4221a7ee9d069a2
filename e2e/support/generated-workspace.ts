import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_WORKSPACE } from './temp-workspace';
import { seededRandom } from '../../bench/seeded-random';

/**
 * A large workspace written from a seed, so every run (and every machine)
 * exports the same 1,000 articles. Shaped like the sample: the same
 * frontmatter fields, sections, internal links, an image, a GFM table and
 * an FAQ, so the export does the same work per page as on a real site.
 */
export interface GeneratedWorkspaceOptions {
  readonly articles: number;
  readonly seed: number;
}

export const LARGE_WORKSPACE: GeneratedWorkspaceOptions = { articles: 1000, seed: 20251121 };

const TOPICS = ['drafting', 'editing', 'research', 'structure', 'headlines', 'images', 'tables', 'linking', 'metadata', 'publishing'];
const FIGURES = ['brand/social-card.png', 'guides/offline-writing/folder-layout.png', 'guides/faq-sections/question-sources.png', 'social-card-images/crop-ratios.png'];
const WORDS = (
  'article reader draft outline heading paragraph sentence source note revision editor deadline keyword summary table column row image caption ' +
  'link page section question answer example detail structure rhythm voice clarity evidence quote reference topic audience search result ' +
  'plain short clear useful careful calm steady quiet honest specific practical simple visible early later often rarely first final ' +
  'write read check trim move keep drop test compare explain answer gather publish review plan sketch measure choose'
).split(' ');


/** Workspace-relative path of article `index`: ten topic folders of a hundred each. */
export function generatedArticlePath(index: number): string {
  return `${TOPICS[index % TOPICS.length]}/article-${String(index).padStart(4, '0')}.md`;
}

/** The root-relative URL an article is published at (no `.md`, as writers link). */
export function generatedArticleUrl(index: number): string {
  return `/${generatedArticlePath(index).replace(/\.md$/, '')}`;
}

function articleText(index: number, options: GeneratedWorkspaceOptions, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const text = words(8 + Math.floor(random() * 10));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');
  const otherArticle = () => {
    const other = (index + 1 + Math.floor(random() * (options.articles - 1))) % options.articles;
    return `[${words(3)}](${generatedArticleUrl(other)})`;
  };

  const topic = TOPICS[index % TOPICS.length]!;
  const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} Note ${index}: ${words(3)}`.replace(/:/g, ' -');
  const description = `${paragraph(1).slice(0, 140).replace(/[.\s]+$/, '')}.`;
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  const frontmatter = [
    '---',
    `date: 2025-${month}-${day} ${String(index % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}:00`,
    `title: "${title}"`,
    `description: "${description}"`,
    `breadcrumbs: "Home/Blog/${title}"`,
    `keywords: "${topic}, ${words(2)}, ${words(2)}"`,
    '---',
  ];
  const sections = ['Introduction', 'Why It Matters', 'How to Do It', 'Conclusion'].map((heading, n) => {
    const lines = [`## ${heading}`, '', `${paragraph(3)} See ${otherArticle()} for more, and ${otherArticle()} after that.`, '', paragraph(4)];
    if (n === 1) lines.push('', `A figure for ${topic}:`, `![${words(4)}](/assets/${pick(FIGURES)})`);
    if (n === 2) {
      lines.push('', '| Step | Time | Done |', '|:-----|:----:|-----:|');
      for (let row = 1; row <= 3; row++) lines.push(`| ${words(2)} | ${row * 5} min | ${random() < 0.5 ? 'Yes' : 'No'} |`);
    }
    return lines.join('\n');
  });
  const faq = [1, 2].map(() => `<details>\n  <summary>${sentence().replace(/\.$/, '?')}</summary>\n  <p>${paragraph(2)}</p>\n</details>`);
  return `${frontmatter.join('\n')}\n\n${sections.join('\n\n')}\n\n<h2>Frequently Asked Questions</h2>\n\n${faq.join('\n\n')}\n`;
}

/**
 * Writes the workspace into `root`: the sample's settings (breadcrumb "Blog"
 * pointed at the front page, which exists, unlike the sample's /guides),
 * its brand and figure images, and the generated articles.
 */
export async function writeGeneratedWorkspace(root: string, options: GeneratedWorkspaceOptions = LARGE_WORKSPACE): Promise<void> {
  const random = seededRandom(options.seed);
  const settings = JSON.parse(await readFile(join(SAMPLE_WORKSPACE, 'article-studio.json'), 'utf8')) as Record<string, unknown>;
  settings.breadcrumbLinks = { Home: '/', Blog: '/' };
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'article-studio.json'), `${JSON.stringify(settings, null, 2)}\n`);
  for (const figure of ['brand/logo.png', ...FIGURES]) {
    await mkdir(join(root, 'assets', figure, '..'), { recursive: true });
    await copyFile(join(SAMPLE_WORKSPACE, 'assets', figure), join(root, 'assets', figure));
  }
  for (const topic of TOPICS) await mkdir(join(root, topic), { recursive: true });
  for (let index = 0; index < options.articles; index++) {
    await writeFile(join(root, generatedArticlePath(index)), articleText(index, options, random));
  }
}
