import { parseArticle, serializeArticle, setField, type Article } from '../article';

/** Every frontmatter field the page or its JSON-LD puts somewhere. */
export const FRONTMATTER_FIELDS = [
  'title',
  'description',
  'og_title',
  'og_description',
  'twitter_title',
  'twitter_description',
  'breadcrumbs',
  'things',
  'keywords',
  'image',
  'image_alt',
] as const;

/** URL-shaped payloads for the URL fields. */
export const HOSTILE_URLS = ['javascript:window.__pwned=101', 'java\tscript:window.__pwned=102', ' JAVASCRIPT:window.__pwned=103', 'data:text/html,<script>parent.__pwned=104</script>', 'vbscript:msgbox(105)'];

/**
 * An article with `payload` in every frontmatter field, in the body, in an
 * FAQ question and in both an HTML and a Markdown FAQ answer. The
 * frontmatter goes through setField, so YAML quoting is the app's own.
 */
export function hostileArticle(payload: string): Article {
  let article = parseArticle('---\ndate: 2025-12-22 19:22:11\n---\n');
  for (const field of FRONTMATTER_FIELDS) article = setField(article, field, `${field} ${payload}`);
  // URL fields also get the payload alone, so one that starts with a scheme is tried as a URL.
  article = setField(article, 'image', payload);
  const body = [
    '## Section',
    '',
    `Before ${payload} after.`,
    '',
    payload,
    '',
    '<h2>Frequently Asked Questions</h2>',
    '',
    '<details>',
    `  <summary>Question ${payload}?</summary>`,
    `  <p>HTML answer ${payload}</p>`,
    '</details>',
    '',
    '<details>',
    `  <summary>Second ${payload}</summary>`,
    '',
    `Markdown answer ${payload}`,
    '',
    '</details>',
    '',
  ].join('\n');
  return parseArticle(`${serializeArticle(article)}${body}`);
}
