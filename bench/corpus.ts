import { seededRandom } from './seeded-random';

/**
 * Deterministic article corpora for benchmarks: the same seed gives the same
 * bytes on every machine, so runs compare like with like. Articles look like
 * the reference format: frontmatter, sections with links and images, a GFM
 * comparison table and an FAQ of <details> blocks.
 */

const WORDS = 'writing offline draft article reader search snippet table preview export image link heading paragraph question answer format markdown frontmatter keyword description title structured data page site workspace editor calm clear useful simple careful'.split(' ');

/**
 * `linkTargets`: when set, internal links point at `/guides/article-<1..n>`
 * (pages that exist in an exported corpus of n articles); otherwise at
 * made-up guides, which only the renderer sees.
 */
export function generateArticle(targetBytes: number, seed: number, linkTargets?: number): string {
  const next = seededRandom(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, pick);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence);
    const target = linkTargets ? `article-${1 + Math.floor(next() * linkTargets)}` : `${pick()}-${pick()}`;
    sentences[1] = `${sentences[1]} See [the ${pick()} guide](/guides/${target}) and **${pick()} ${pick()}**.`;
    return sentences.join(' ');
  };
  const parts = [
    '---',
    'date: 2025-12-22 19:22:11',
    'date_updated_at: 2026-01-03',
    `title: "${sentence().slice(0, 50)}"`,
    `description: "${`${sentence()} ${sentence()}`.slice(0, 150)}"`,
    'breadcrumbs: "Home/Blog/Benchmark"',
    'keywords: "writing offline, markdown, preview"',
    '---',
    '',
  ];
  let section = 0;
  while (parts.join('\n').length < targetBytes * 0.85) {
    section++;
    parts.push(`## Section ${section}: ${pick()} ${pick()}`, '', paragraph(), '', paragraph(), '');
    if (section % 3 === 0) parts.push(`![${pick()} diagram](/assets/bench/${pick()}-${section}.png)`, '');
    if (section % 5 === 0) {
      parts.push('| Feature | Alpha | Beta | Gamma |', '|:--------|:-----:|-----:|------:|');
      for (let row = 0; row < 6; row++) parts.push(`| ${pick()} | ${pick()} | \`${pick()}\` | ${Math.floor(next() * 100)} |`);
      parts.push('');
    }
  }
  parts.push('<h2>Frequently Asked Questions</h2>', '');
  while (parts.join('\n').length < targetBytes) {
    parts.push('<details>', `  <summary>${sentence().replace(/\.$/, '?')}</summary>`, `  <p>${paragraph()}</p>`, '</details>', '');
  }
  return parts.join('\n');
}

export const SIZES = { '2 KB': 2_000, '20 KB': 20_000, '200 KB': 200_000, '1 MB': 1_000_000 } as const;
