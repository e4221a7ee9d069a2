import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFaqItem, findFaq, removeFaqItem } from './index';

/** Bodies built from the pieces FAQ markup is made of, in any order and nesting. */
const piece = fc.constantFrom('<details>', '</details>', '<details open>', '<summary>', '</summary>', 'Q?', 'A.', '\n', '\n\n', '```', '<!--', '-->', '  ', '<h2>FAQ</h2>', '## FAQ', '<p>', '</p>', '`', '<script>', '</script>');
const body = fc.array(fc.oneof(piece, fc.string({ maxLength: 10 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('FAQ model under random input', () => {
  it('never throws, and every item it finds spans a <details> … </details> of the body', () => {
    fc.assert(
      fc.property(body, (text) => {
        for (const item of findFaq(text).items) {
          expect(text.slice(item.start, item.end)).toMatch(/^<details[\s\S]*<\/details>$/i);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('add then remove gives the body back (when the body already has an FAQ; a new one keeps its heading)', () => {
    fc.assert(
      fc.property(body, fc.string({ maxLength: 30 }), (text, question) => {
        if (findFaq(text).items.length === 0) return;
        const added = addFaqItem(text, { question: question || 'Q', answer: 'An answer.', answerFormat: 'html' });
        const index = findFaq(added).items.length - 1;
        if (index < 0) return;
        expect(removeFaqItem(added, index)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a 1 MB body within a second', () => {
    const big = `${'<details>\n<summary>Q?</summary>\n<p>A.</p>\n</details>\n\n'.repeat(8000)}${'<details><summary>'.repeat(20000)}`;
    expect(big.length).toBeGreaterThan(700_000);
    const started = performance.now();
    findFaq(big);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
