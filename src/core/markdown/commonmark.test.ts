import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from './normalize-html.test-support';
import { renderMarkdown } from './render';

interface SpecExample {
  readonly markdown: string;
  readonly html: string;
  readonly section: string;
  readonly number: number;
}

/** The spec writes tabs as →. */
const untab = (text: string) => text.replace(/→/g, '\t');

/** Our heading ids are an addition the spec's expected output does not have. */
const ignoreAttributes = (tag: string, name: string) => /^h[1-6]$/.test(tag) && name === 'id';

/**
 * Examples whose output differs on purpose, each with the reason. Anything
 * not listed must match the spec exactly (after normalisation), and every
 * listed example must still differ, so this list cannot go stale.
 */
const REASON = {
  UNKNOWN_TAG: 'the sanitiser removes tags outside its allow-list (the text stays)',
  ATTRIBUTE: 'the sanitiser removes attributes outside its allow-list',
  SCRIPT_STYLE: 'the sanitiser removes <script>, <style> and <textarea> with their content',
  COMMENT: 'the sanitiser removes HTML comments, processing instructions, declarations and CDATA',
  IMG_ALT: 'the sanitiser gives an <img> written without alt an empty alt (valid HTML, read as decorative)',
  SCHEME: 'only http, https and mailto URLs are linked: other schemes stay text',
  AUTOLINK_EXT: "GitHub's autolink extension links bare URLs and e-mail addresses",
  BACKSLASH_URL: 'a URL starting with a backslash is refused (browsers read it as a path separator)',
  NESTING: 'raw HTML closing tags cannot close a Markdown paragraph, so no stray </p> makes an empty paragraph',
} as const;

const INTENDED_DIFFERENCES: Record<number, string> = {
  150: REASON.UNKNOWN_TAG, 163: REASON.UNKNOWN_TAG, 201: REASON.UNKNOWN_TAG, 491: REASON.UNKNOWN_TAG, 524: REASON.UNKNOWN_TAG, 536: REASON.UNKNOWN_TAG, 613: REASON.UNKNOWN_TAG, 614: REASON.UNKNOWN_TAG, 615: REASON.UNKNOWN_TAG, 617: REASON.UNKNOWN_TAG,
  164: REASON.ATTRIBUTE, 169: REASON.ATTRIBUTE, 616: REASON.ATTRIBUTE,
  170: REASON.SCRIPT_STYLE, 171: REASON.SCRIPT_STYLE, 172: REASON.SCRIPT_STYLE, 173: REASON.SCRIPT_STYLE, 176: REASON.SCRIPT_STYLE, 178: REASON.SCRIPT_STYLE,
  177: REASON.COMMENT, 179: REASON.COMMENT, 180: REASON.COMMENT, 181: REASON.COMMENT, 182: REASON.COMMENT, 183: REASON.COMMENT, 308: REASON.COMMENT, 309: REASON.COMMENT, 625: REASON.COMMENT, 626: REASON.COMMENT, 627: REASON.COMMENT, 628: REASON.COMMENT, 629: REASON.COMMENT,
  475: REASON.IMG_ALT,
  596: REASON.SCHEME, 598: REASON.SCHEME, 599: REASON.SCHEME, 601: REASON.SCHEME,
  602: REASON.AUTOLINK_EXT, 608: REASON.AUTOLINK_EXT, 611: REASON.AUTOLINK_EXT, 612: REASON.AUTOLINK_EXT,
  631: REASON.BACKSLASH_URL,
  148: REASON.NESTING,
};

const examples = (spec as { tests: SpecExample[] }).tests;

describe('CommonMark spec conformance', () => {
  it('runs every example of the spec', () => {
    expect(examples.length).toBeGreaterThan(600);
  });

  for (const example of examples) {
    const reason = INTENDED_DIFFERENCES[example.number];
    const title = `example ${example.number} (${example.section})${reason ? ` differs on purpose: ${reason}` : ''}`;
    it(title, () => {
      const actual = normalizeHtml(renderMarkdown(untab(example.markdown)), { ignoreAttributes });
      const expected = normalizeHtml(untab(example.html), { ignoreAttributes });
      if (reason) expect(actual).not.toBe(expected);
      else expect(actual).toBe(expected);
    });
  }
});
