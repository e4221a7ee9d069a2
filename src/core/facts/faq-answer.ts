import { Parser } from 'htmlparser2';
import type { FaqItem } from '../faq';
import { renderMarkdown, sanitizeHtml } from '../markdown';

/**
 * The tags Google reads in an FAQ `Answer.text`; everything else is removed
 * with its text kept. https://developers.google.com/search/docs/appearance/structured-data/faqpage#answer
 */
const ANSWER_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'ol', 'ul', 'li', 'a', 'p', 'div', 'b', 'strong', 'i', 'em']);
const BLOCK_TAGS = 'p|div|ul|ol|li|h[1-6]|br';

/**
 * An FAQ answer as JSON-LD `Answer.text`. The answer is rendered exactly as
 * the page shows it (Markdown through the one Markdown pipeline, HTML through
 * the same sanitiser) and cut down to Google's tag subset.
 *
 * A single paragraph — the common case — loses its `<p>` wrapper, which
 * adds nothing. When no markup is left it becomes plain text, entities
 * decoded and whitespace collapsed, which is how hand-written FAQPage blocks
 * read, word for word. Answers with more structure (emphasis, links, lists,
 * several paragraphs) stay HTML, whitespace collapsed.
 *
 * `resolveLink` makes hrefs absolute (JSON-LD has no base URL); a link it
 * refuses loses its href and keeps its text.
 */
export function faqAnswerText(item: Pick<FaqItem, 'answerSource' | 'answerFormat'>, resolveLink: (href: string) => string | null): string {
  const html = item.answerFormat === 'markdown' ? renderMarkdown(item.answerSource) : sanitizeHtml(item.answerSource);
  const kept = keepAnswerTags(html, resolveLink);
  const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(kept);
  const single = paragraph && !/<\/?p>/.test(paragraph[1]!) ? paragraph[1]! : kept;
  if (!single.includes('<')) return collapse(decodeTextEntities(single));
  return collapse(single).replace(new RegExp(` ?(</?(?:${BLOCK_TAGS})>) ?`, 'g'), '$1');
}

/** Rebuilds `html` with only the answer tags; text is re-escaped so the result stays well-formed HTML. */
function keepAnswerTags(html: string, resolveLink: (href: string) => string | null): string {
  let out = '';
  // Whether each open <a> was written: a link without a usable href is reduced to its text.
  const linksWritten: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ANSWER_TAGS.has(name)) return;
        if (name !== 'a') {
          out += `<${name}>`;
          return;
        }
        const href = attributes.href !== undefined ? resolveLink(attributes.href) : null;
        linksWritten.push(href !== null);
        if (href !== null) out += `<a href="${escapeAttribute(href)}">`;
      },
      ontext(text) {
        out += escapeText(text);
      },
      onclosetag(name) {
        if (!ANSWER_TAGS.has(name) || name === 'br') return;
        if (name !== 'a' || linksWritten.pop() === true) out += `</${name}>`;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.trim();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Undoes escapeText: the only entities `keepAnswerTags` writes in text. */
function decodeTextEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** HTML's whitespace only: a no-break space is content and stays. */
function collapse(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}
