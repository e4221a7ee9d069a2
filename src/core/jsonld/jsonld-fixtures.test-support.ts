import { DEFAULT_SETTINGS, type WorkspaceSettings } from '../site';

/**
 * Test fixtures (imported only by tests): an article shaped like the
 * reference article — the same frontmatter fields, Markdown sections with two
 * diagram images, an HTML `<h2>` FAQ heading, seven `<details>` items with
 * `<p>` answers, and four hand-written JSON-LD blocks at the end that
 * disagree with the frontmatter — with prose of its own.
 */

export const EXAMPLE_PATH = 'ai-chat-bot/example-topic.md';
export const EXAMPLE_URL = 'https://aicw.io/ai-chat-bot/example-topic';

export const EXAMPLE_TITLE = "Seed Libraries: A Neighbour's Guide to Swapping Seeds";
export const EXAMPLE_DESCRIPTION = 'How community seed libraries lend, collect and store seeds, what grows well from saved seed, and how to start one near you.';
export const EXAMPLE_KEYWORDS = ['seed library', 'seed swap', 'heirloom seeds', 'community garden', 'seed saving'];
export const EXAMPLE_THINGS = ['seed library', 'open-pollinated plants', 'seed saving', 'community garden'];

export const FAQ_QUESTIONS = [
  'How does borrowing seeds from a library work?',
  'Which vegetables are easiest to save seed from?',
  'Do I have to return seeds at the end of the season?',
  'How long do stored seeds stay viable?',
  'Can hybrid seeds be shared in a seed library?',
  'Where do seed libraries usually keep their collection?',
  "What's the best way to label returned seeds?",
] as const;

/** Plain text, as a reader sees it; the source writes `&` as `&amp;`. */
export const FAQ_ANSWERS = [
  'You pick a few packets from the drawers, write down what you took, and grow them in your own garden like any other seed.',
  "Beans, peas, lettuce and tomatoes are the usual favourites, because they mostly pollinate themselves and don't cross easily.",
  'Nobody is fined for a failed crop. Libraries simply ask that you bring back some seed from your best plants when you can.',
  'Kept cool, dark & dry, most vegetable seed lasts three to five years; onions and parsnips fade after one or two.',
  'They can be grown, but their seed rarely comes true, so most libraries accept only open-pollinated varieties for lending.',
  'Often in a public library, a school, or a garden shed, in an old card catalogue or a set of labelled jars.',
  'Write the variety, the year and the place it grew, and note anything unusual about the plants, such as early flowering.',
] as const;

export const FIRST_IMAGE = '/assets/ai-chat-bot/example-topic/seed-drawer.png';
export const SECOND_IMAGE = '/assets/ai-chat-bot/example-topic/packet-label.png';

export function faqItemSource(question: string, answer: string): string {
  return ['<details>', `  <summary>${question}</summary>`, `  <p>${answer.replace(/&/g, '&amp;')}</p>`, '</details>'].join('\n');
}

/** The four hand-written blocks: each states older facts than the frontmatter. */
export const STALE_BLOCKS = [
  `<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "WebPage",
  "@id": "${EXAMPLE_URL}",
  "url": "${EXAMPLE_URL}",
  "name": "Seed Libraries Explained",
  "description": "An older summary of seed libraries."
}
</script>`,
  `<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Article",
  "headline": "Seed Libraries Explained",
  "description": "An older summary of seed libraries.",
  "author": { "@type": "Organization", "name": "Garden Desk" },
  "publisher": { "@type": "Organization", "name": "Garden Desk" },
  "mainEntityOfPage": { "@type": "WebPage", "@id": "${EXAMPLE_URL}" }
}
</script>`,
  `<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "FAQPage",
  "mainEntity": [
${FAQ_QUESTIONS.slice(0, 6)
  .map((question, index) => `    { "@type": "Question", "name": ${JSON.stringify(question)}, "acceptedAnswer": { "@type": "Answer", "text": ${JSON.stringify(index === 2 ? 'Yes, always.' : FAQ_ANSWERS[index])} } }`)
  .join(',\n')}
  ]
}
</script>`,
  `<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "itemListElement": [
    { "@type": "ListItem", "position": 1, "name": "Home", "item": "https://aicw.io/" },
    { "@type": "ListItem", "position": 2, "name": "Seed Libraries", "item": "${EXAMPLE_URL}" }
  ]
}
</script>`,
];

export interface ExampleOptions {
  /** Replaces or adds frontmatter lines (`key: value`); null removes the key. */
  readonly frontmatter?: Readonly<Record<string, string | null>>;
  /** The JSON-LD blocks after the FAQ (default: STALE_BLOCKS). */
  readonly blocks?: readonly string[];
  readonly images?: readonly string[];
  readonly faq?: boolean;
}

const BASE_FRONTMATTER: Record<string, string> = {
  date: '2025-12-22 19:22:11',
  date_updated_at: '2026-01-03',
  title: JSON.stringify(EXAMPLE_TITLE),
  description: JSON.stringify(EXAMPLE_DESCRIPTION),
  og_title: JSON.stringify(EXAMPLE_TITLE),
  og_description: JSON.stringify(EXAMPLE_DESCRIPTION),
  twitter_title: JSON.stringify(EXAMPLE_TITLE),
  twitter_description: JSON.stringify(EXAMPLE_DESCRIPTION),
  breadcrumbs: JSON.stringify(`Home/Blog/${EXAMPLE_TITLE}`),
  things: JSON.stringify(EXAMPLE_THINGS.join(', ')),
  keywords: JSON.stringify(EXAMPLE_KEYWORDS.join(', ')),
};

export function exampleArticle(options: ExampleOptions = {}): string {
  const fields = { ...BASE_FRONTMATTER, ...options.frontmatter };
  const frontmatter = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  const [first, second] = options.images ?? [FIRST_IMAGE, SECOND_IMAGE];
  const body = [
    '## Introduction',
    '',
    'A seed library lends seeds the way a book library lends books: you borrow a packet in spring, grow the plants, and return a little of the seed they make in autumn. Over a few seasons the collection fills with varieties that like the local soil and weather.',
    '',
    '## How a Seed Library Works',
    '',
    'Most libraries sort their packets by how hard the plants are to save seed from, with an easy shelf for beginners and a harder shelf for crops that cross readily.',
    '',
    'Seed Library Drawer Layout:',
    ...(first ? [`![How a Seed Library Works Diagram](${first})`, ''] : []),
    '## Labelling and Storage',
    '',
    'Returned seed is dried on screens, cleaned, and sealed in paper envelopes. A label records the variety, the grower and the year.',
    '',
    ...(second ? ['Packet Label Example:', `![Labelling and Storage Diagram](${second})`, ''] : []),
    '## Conclusion',
    '',
    'Start small: one shelf, a notebook, and a few varieties your neighbours already grow.',
    ...(options.faq === false ? [] : ['<h2>Frequently Asked Questions</h2>', '', FAQ_QUESTIONS.map((question, index) => faqItemSource(question, FAQ_ANSWERS[index]!)).join('\n\n')]),
    ...(options.blocks ?? STALE_BLOCKS),
  ];
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

export const EXAMPLE_SETTINGS: WorkspaceSettings = {
  ...DEFAULT_SETTINGS,
  siteName: 'AI Chat Watch',
  siteUrl: 'https://aicw.io',
  language: 'en',
  publisher: { name: 'AI Chat Watch', logo: '/assets/brand/logo.png' },
  author: { name: 'Mara Lindqvist', type: 'Person', url: 'https://aicw.io/about/mara' },
  breadcrumbLinks: { Home: '/', Blog: '/blog/' },
  defaultImage: '/assets/brand/social-card.png',
  jsonLd: 'separate',
  timeZone: 'Europe/Berlin',
};
