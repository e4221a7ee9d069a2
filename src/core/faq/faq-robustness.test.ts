import { describe, expect, it } from 'vitest';
import { addFaqItem, findFaq, moveFaqItem, removeFaqItem, updateFaqItem } from './index';

/**
 * Bodies assembled at random from lines that matter to the scanner (tags,
 * fences, comments, scripts, headings, indentation), to check that the
 * round-trip promises hold on shapes nobody thought to write by hand.
 */
const LINES = [
  '<details>', '</details>', '<details open>', '<summary>Q?</summary>', '<summary>', '</summary>', '  <p>A</p>', '```', '~~~',
  '<!--', '-->', '`', '## FAQ', '<h2>FAQ</h2>', '    indented', '- item', 'text', '', '<script>', '</script>', '  ', '*x*', '\r',
];

function randomGenerator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    // xorshift32: deterministic, so a failure can be reproduced.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

describe('random bodies', () => {
  it('keep every promise of find and the edits', () => {
    const random = randomGenerator(2463534242);
    for (let round = 0; round < 2000; round++) {
      const lines = Array.from({ length: random(30) }, () => LINES[random(LINES.length)]!);
      const body = lines.join(random(2) ? '\n' : '\r\n');
      const { items } = findFaq(body);
      for (const item of items) expect(body.slice(item.start, item.end)).toMatch(/^<details[\s\S]*<\/details>$/);

      const added = addFaqItem(body, { question: 'New?', answer: 'New.', answerFormat: random(2) ? 'html' : 'markdown' });
      const afterAdd = findFaq(added).items;
      expect(afterAdd.map((item) => item.question)).toEqual([...items.map((item) => item.question), 'New?']);
      if (items.length === 0) continue;
      expect(removeFaqItem(added, afterAdd.length - 1)).toBe(body);

      const from = random(items.length);
      const to = random(items.length);
      expect(moveFaqItem(moveFaqItem(body, from, to), to, from)).toBe(body);
      const item = items[from]!;
      expect(updateFaqItem(body, from, { question: item.question, answer: item.answerSource, answerFormat: item.answerFormat })).toBe(body);
      const updated = findFaq(updateFaqItem(body, from, { question: 'Changed?', answer: 'Changed.', answerFormat: 'html' })).items;
      expect(updated.length).toBe(items.length);
      expect(updated[from]).toMatchObject({ question: 'Changed?', answerSource: '<p>Changed.</p>' });
    }
  });
});
