import { describe, expect, it } from 'vitest';
import { addFaqItem, findFaq, moveFaqItem, removeFaqItem, updateFaqItem, type FaqItem } from './index';
import { AFTER_FAQ, ANSWERS, BEFORE_FAQ, BODY_WITHOUT_FAQ, QUESTIONS, canonicalItem, faqLines, referenceShapedBody } from './faq-fixtures';

const lf = (...lines: string[]): string => lines.join('\n');
const linesOf = (text: string): string[] => text.split(/(?<=\n)/);

/**
 * Asserts that `after` differs from `before` only within lines first–last
 * (1-based, of `before`): every line before and after that range is equal,
 * line endings included.
 */
function expectChangesWithin(before: string, after: string, first: number, last: number): void {
  const a = linesOf(before);
  const b = linesOf(after);
  expect(b.slice(0, first - 1)).toEqual(a.slice(0, first - 1));
  const tail = a.length - last;
  expect(tail === 0 ? [] : b.slice(-tail)).toEqual(tail === 0 ? [] : a.slice(-tail));
}

const expectCrlfOnly = (text: string): void => expect(text).not.toMatch(/(?<!\r)\n/);
const itemsOf = (body: string): readonly FaqItem[] => findFaq(body).items;
const NEW_ITEM = { question: 'Did keepers have pets?', answer: 'Cats were common: they kept the stores free of mice.', answerFormat: 'html' } as const;

describe('addFaqItem', () => {
  const body = referenceShapedBody();
  const last = itemsOf(body).at(-1)!;

  it('appends after the last item, one blank line apart, in the canonical shape', () => {
    const after = addFaqItem(body, NEW_ITEM);
    expect(after).toBe(
      [...BEFORE_FAQ, ...faqLines(), '', '<details>', '  <summary>Did keepers have pets?</summary>', '  <p>Cats were common: they kept the stores free of mice.</p>', '</details>', ...AFTER_FAQ].join('\n'),
    );
    expectChangesWithin(body, after, last.startLine, last.endLine);
    expect(itemsOf(after).map((item) => item.question)).toEqual([...QUESTIONS, NEW_ITEM.question]);
  });

  it('writes Markdown answers unindented between blank lines', () => {
    const after = addFaqItem(body, { question: 'Markdown?', answer: 'Answer **in Markdown**.\n\n- a\n- b', answerFormat: 'markdown' });
    const added = itemsOf(after).at(-1)!;
    expect(after.slice(added.start, added.end)).toBe(lf('<details>', '  <summary>Markdown?</summary>', '', 'Answer **in Markdown**.', '', '- a', '- b', '', '</details>'));
    expect(added).toMatchObject({ answerFormat: 'markdown', answerSource: 'Answer **in Markdown**.\n\n- a\n- b' });
  });

  it('escapes plain text for HTML and gives each paragraph its own <p>', () => {
    const after = addFaqItem(body, { question: 'Is 1 < 2 & 3 > 2?', answer: 'Yes: 1 < 2 & 3 > 2.\nSame paragraph.\n\n  Second   paragraph.  ', answerFormat: 'html' });
    const added = itemsOf(after).at(-1)!;
    expect(after.slice(added.start, added.end)).toBe(lf('<details>', '  <summary>Is 1 &lt; 2 &amp; 3 &gt; 2?</summary>', '  <p>Yes: 1 &lt; 2 &amp; 3 &gt; 2. Same paragraph.</p>', '  <p>Second paragraph.</p>', '</details>'));
    expect(added.question).toBe('Is 1 < 2 & 3 > 2?');
  });

  it('keeps an HTML answer that is already HTML, indented under the summary', () => {
    const after = addFaqItem(body, { question: 'List?', answer: '<ul>\n  <li>one</li>\n</ul>', answerFormat: 'html' });
    const added = itemsOf(after).at(-1)!;
    expect(after.slice(added.start, added.end)).toBe(lf('<details>', '  <summary>List?</summary>', '  <ul>', '    <li>one</li>', '  </ul>', '</details>'));
  });

  it('writes questions that read back exactly, even with Markdown punctuation', () => {
    for (const question of ['What is 2*3*4?', 'Is `code` literal?', 'Why [brackets] and ~tildes~?', 'snake_case_name?', 'Back\\slash &amp; co?']) {
      expect(itemsOf(addFaqItem(body, { question, answer: '', answerFormat: 'html' })).at(-1)!.question).toBe(question);
    }
    expect(itemsOf(addFaqItem(body, { question: 'snake_case?', answer: '', answerFormat: 'html' })).at(-1)!.questionSource).toBe('snake_case?');
  });

  it('matches the indentation of the existing items', () => {
    const flat = [...faqLines(''), ''].join('\n');
    const after = addFaqItem(flat, NEW_ITEM);
    expect(after).toBe([...faqLines(''), '', ...canonicalItem(NEW_ITEM.question, NEW_ITEM.answer, ''), ''].join('\n'));
    const tabbed = lf('- List:', '', '  <details>', '  \t<summary>Tab?</summary>', '  \t<p>Yes.</p>', '  </details>', '');
    expect(addFaqItem(tabbed, { question: 'Q?', answer: 'A.', answerFormat: 'html' })).toBe(
      lf('- List:', '', '  <details>', '  \t<summary>Tab?</summary>', '  \t<p>Yes.</p>', '  </details>', '', '  <details>', '  \t<summary>Q?</summary>', '  \t<p>A.</p>', '  </details>', ''),
    );
    const sameLine = lf('<details><summary>Compact?</summary>', '<p>No indent.</p>', '</details>');
    expect(addFaqItem(sameLine, { question: 'Q?', answer: 'A.', answerFormat: 'html' })).toBe(`${sameLine}\n\n${lf('<details>', '<summary>Q?</summary>', '<p>A.</p>', '</details>')}`);
  });

  it('creates a heading in the style of the body when there is no FAQ', () => {
    const after = addFaqItem(BODY_WITHOUT_FAQ, NEW_ITEM);
    expect(after).toBe(`${BODY_WITHOUT_FAQ}\n## Frequently Asked Questions\n\n${canonicalItem(NEW_ITEM.question, NEW_ITEM.answer).join('\n')}\n`);
    expectChangesWithin(BODY_WITHOUT_FAQ, after, 8, 7);
    expect(findFaq(after).heading).toMatchObject({ text: 'Frequently Asked Questions', level: 2, line: 9 });
    const htmlHeadings = lf('<h1>Tides</h1>', '', '<h2>Reading</h2>', '', 'Text.');
    expect(addFaqItem(htmlHeadings, NEW_ITEM)).toMatch(/^<h1>Tides<\/h1>\n\n<h2>Reading<\/h2>\n\nText\.\n\n<h2>Frequently Asked Questions<\/h2>\n\n<details>\n/);
  });

  it('follows the heading options', () => {
    const after = addFaqItem('Text.', NEW_ITEM, { heading: 'Questions & answers', headingLevel: 3, headingStyle: 'html' });
    expect(after).toBe(`Text.\n\n<h3>Questions &amp; answers</h3>\n\n${canonicalItem(NEW_ITEM.question, NEW_ITEM.answer).join('\n')}`);
    expect(addFaqItem('', NEW_ITEM, { heading: 'FAQ', headingLevel: 4 })).toBe(`#### FAQ\n\n${canonicalItem(NEW_ITEM.question, NEW_ITEM.answer).join('\n')}\n`);
    for (const headingLevel of [0, 7, 2.5]) expect(() => addFaqItem('Text.', NEW_ITEM, { headingLevel })).toThrow(RangeError);
  });

  it('puts a new FAQ above trailing JSON-LD scripts', () => {
    const withScripts = [...BEFORE_FAQ.slice(0, -2), '', ...AFTER_FAQ].join('\n');
    const after = addFaqItem(withScripts, NEW_ITEM);
    expect(after).toBe([...BEFORE_FAQ.slice(0, -2), '', '## Frequently Asked Questions', '', ...canonicalItem(NEW_ITEM.question, NEW_ITEM.answer), '', ...AFTER_FAQ].join('\n'));
    const onlyScripts = AFTER_FAQ.join('\n');
    expect(addFaqItem(onlyScripts, NEW_ITEM)).toBe(['## Frequently Asked Questions', '', ...canonicalItem(NEW_ITEM.question, NEW_ITEM.answer), '', ...AFTER_FAQ].join('\n'));
  });

  it('adds under an existing FAQ heading that has no items yet, at the end of its section', () => {
    const body = lf('## FAQ', '', 'Ask us anything.', '', '', '## Sources', '', 'Archives.', '');
    const after = addFaqItem(body, NEW_ITEM);
    expect(after).toBe(lf('## FAQ', '', 'Ask us anything.', '', ...canonicalItem(NEW_ITEM.question, NEW_ITEM.answer), '', '', '## Sources', '', 'Archives.', ''));
    expect(findFaq(after).heading).toMatchObject({ text: 'FAQ', line: 1 });
  });

  it('keeps CRLF bodies CRLF', () => {
    const crlf = referenceShapedBody('\r\n');
    const after = addFaqItem(crlf, { question: 'Q?', answer: 'One.\n\nTwo.', answerFormat: 'markdown' });
    expectCrlfOnly(after);
    expect(after.replace(/\r\n/g, '\n')).toBe(addFaqItem(body, { question: 'Q?', answer: 'One.\n\nTwo.', answerFormat: 'markdown' }));
    expectCrlfOnly(addFaqItem(BODY_WITHOUT_FAQ.replace(/\n/g, '\r\n'), NEW_ITEM));
  });
});

describe('updateFaqItem', () => {
  const body = referenceShapedBody();
  const items = itemsOf(body);

  it('changes only the summary line when only the question changes', () => {
    const after = updateFaqItem(body, 2, { question: 'Who wrote the log on sick days?' });
    expectChangesWithin(body, after, items[2]!.startLine + 1, items[2]!.startLine + 1);
    expect(itemsOf(after)[2]).toMatchObject({ question: 'Who wrote the log on sick days?', answerSource: items[2]!.answerSource });
  });

  it('keeps the answer bytes exactly when only the question changes', () => {
    const odd = lf('<details open class="x">', '<summary>Old?</summary>', 'Not *canonical*   ', '   at all', '</details>');
    expect(updateFaqItem(odd, 0, { question: 'New & improved?' })).toBe(odd.replace('Old?', 'New &amp; improved?'));
  });

  it('rewrites only the answer lines, keeping the <details> and <summary> lines', () => {
    const after = updateFaqItem(body, 0, { answer: 'First paragraph.\n\nSecond paragraph.' });
    expectChangesWithin(body, after, items[0]!.startLine + 2, items[0]!.endLine - 1);
    expect(after.slice(items[0]!.start, itemsOf(after)[0]!.end)).toBe(lf('<details>', `  <summary>${QUESTIONS[0]}</summary>`, '  <p>First paragraph.</p>', '  <p>Second paragraph.</p>', '</details>'));
    const open = lf('<details open>', '  <summary>Q?</summary>', '  <p>A.</p>', '</details>');
    expect(updateFaqItem(open, 0, { answer: 'B.' })).toBe(open.replace('A.', 'B.'));
  });

  it('switches answers between HTML and Markdown', () => {
    const toMarkdown = updateFaqItem(body, 1, { answerFormat: 'markdown' });
    expect(itemsOf(toMarkdown)[1]).toMatchObject({ answerFormat: 'markdown', answerSource: ANSWERS[1] });
    expect(toMarkdown.slice(items[1]!.start, itemsOf(toMarkdown)[1]!.end)).toBe(lf('<details>', `  <summary>${QUESTIONS[1]}</summary>`, '', ANSWERS[1], '', '</details>'));
    expect(updateFaqItem(toMarkdown, 1, { answerFormat: 'html' })).toBe(body);
    const withAnswer = updateFaqItem(body, 1, { answer: 'Use **bold**.', answerFormat: 'markdown' });
    expect(itemsOf(withAnswer)[1]).toMatchObject({ answerFormat: 'markdown', answerSource: 'Use **bold**.' });
  });

  it('returns the identical string for unchanged values', () => {
    const bodies = [
      body,
      referenceShapedBody('\r\n'),
      lf('<details><summary>Compact **bold**?</summary><p>Yes.</p></details>'),
      lf('<details>', '<summary>Markdown?</summary>', '', '    indented code', '', 'Text &amp; more', '</details>'),
      lf('<DETAILS OPEN>', '  <SUMMARY>It&#39;s `loud`?</SUMMARY>', '  <P>Yes.</P>', '  <P>Twice.</P>', '</DETAILS>'),
    ];
    for (const text of bodies) {
      findFaq(text).items.forEach((item, index) => {
        expect(updateFaqItem(text, index, {})).toBe(text);
        expect(updateFaqItem(text, index, { question: item.question, answer: item.answerSource, answerFormat: item.answerFormat })).toBe(text);
        expect(updateFaqItem(text, index, { question: ` ${item.question}  `, answer: `\n${item.answerSource.replace(/\r\n/g, '\n')}\n` })).toBe(text);
      });
    }
    expect(updateFaqItem(body, 0, { answer: ANSWERS[0], answerFormat: 'html' })).toBe(body);
  });

  it('keeps CRLF bodies CRLF', () => {
    const crlf = referenceShapedBody('\r\n');
    const after = updateFaqItem(crlf, 3, { question: 'Fog?', answer: 'Bells.\n\nHorns.', answerFormat: 'markdown' });
    expectCrlfOnly(after);
    expect(after.replace(/\r\n/g, '\n')).toBe(updateFaqItem(body, 3, { question: 'Fog?', answer: 'Bells.\n\nHorns.', answerFormat: 'markdown' }));
  });
});

describe('removeFaqItem', () => {
  const body = referenceShapedBody();
  const items = itemsOf(body);

  it('removes the block and one blank line, touching nothing else', () => {
    for (const index of [0, 3, 6]) {
      const after = removeFaqItem(body, index);
      expectChangesWithin(body, after, items[index]!.startLine - 1, items[index]!.endLine + 1);
      expect(itemsOf(after).map((item) => item.question)).toEqual(QUESTIONS.filter((_, i) => i !== index));
      expect(after).not.toMatch(/\n\n\n/);
    }
    expect(removeFaqItem(body, 0)).toBe([...BEFORE_FAQ, ...faqLines().slice(5), ...AFTER_FAQ].join('\n'));
    expect(removeFaqItem(body, 6)).toBe([...BEFORE_FAQ, ...faqLines().slice(0, -5), ...AFTER_FAQ].join('\n'));
  });

  it('leaves the heading when the last item goes', () => {
    let after = body;
    for (let count = QUESTIONS.length; count > 0; count--) after = removeFaqItem(after, 0);
    // The blank line under the heading went with the last item, which sat directly above the scripts.
    expect(after).toBe([...BEFORE_FAQ.slice(0, -1), ...AFTER_FAQ].join('\n'));
    expect(findFaq(after)).toMatchObject({ items: [], heading: { text: 'Frequently Asked Questions' } });
  });

  it('does not run two paragraphs together', () => {
    const body = lf('Before.', '', '<details><summary>Q?</summary></details>', 'After.');
    expect(removeFaqItem(body, 0)).toBe(lf('Before.', '', 'After.'));
  });

  it('removes only the block when text shares its lines', () => {
    expect(removeFaqItem('See <details><summary>Q?</summary></details> here.', 0)).toBe('See  here.');
  });

  it('keeps CRLF bodies CRLF', () => {
    const crlf = referenceShapedBody('\r\n');
    expectCrlfOnly(removeFaqItem(crlf, 4));
    expect(removeFaqItem(crlf, 4).replace(/\r\n/g, '\n')).toBe(removeFaqItem(body, 4));
  });
});

describe('moveFaqItem', () => {
  const body = referenceShapedBody();

  it('reorders the blocks and keeps the separators', () => {
    const after = moveFaqItem(body, 0, 6);
    expect(itemsOf(after).map((item) => item.question)).toEqual([...QUESTIONS.slice(1), QUESTIONS[0]]);
    const items = itemsOf(body);
    expectChangesWithin(body, after, items[0]!.startLine, items[6]!.endLine);
    const uneven = lf('<details><summary>A?</summary></details>', '', '', 'Between.', '', '<details>', '<summary>B?</summary>', '</details>', 'End.');
    expect(moveFaqItem(uneven, 1, 0)).toBe(lf('<details>', '<summary>B?</summary>', '</details>', '', '', 'Between.', '', '<details><summary>A?</summary></details>', 'End.'));
  });

  it('returns the original after moving there and back, and for a move in place', () => {
    for (const [from, to] of [[0, 6], [6, 0], [2, 4], [5, 1]] as const) {
      expect(moveFaqItem(moveFaqItem(body, from, to), to, from)).toBe(body);
    }
    expect(moveFaqItem(body, 3, 3)).toBe(body);
  });

  it('keeps CRLF bodies CRLF', () => {
    const crlf = referenceShapedBody('\r\n');
    expectCrlfOnly(moveFaqItem(crlf, 1, 5));
    expect(moveFaqItem(moveFaqItem(crlf, 1, 5), 5, 1)).toBe(crlf);
  });
});

describe('round trips', () => {
  const bodies = {
    reference: referenceShapedBody(),
    'reference, CRLF': referenceShapedBody('\r\n'),
    'no final line break': lf('## FAQ', '', ...canonicalItem('Q?', 'A.')),
    'heading without items': lf('<h2>FAQ</h2>', '', 'Intro.', ''),
    'heading without items, CRLF': ['## FAQs', '', 'Intro.', '', '## Next', ''].join('\r\n'),
    'unindented items': [...faqLines(''), ''].join('\n'),
  };

  for (const [name, body] of Object.entries(bodies)) {
    it(`add then remove returns the original (${name})`, () => {
      for (const answerFormat of ['html', 'markdown'] as const) {
        const added = addFaqItem(body, { question: 'New?', answer: 'New *answer*.', answerFormat });
        expect(removeFaqItem(added, itemsOf(added).length - 1)).toBe(body);
      }
    });
  }
});

describe('invalid indexes', () => {
  const body = referenceShapedBody();
  for (const index of [-1, 7, 1.5, Number.NaN]) {
    it(`throw a RangeError for ${index}`, () => {
      expect(() => updateFaqItem(body, index, { question: 'x' })).toThrow(RangeError);
      expect(() => removeFaqItem(body, index)).toThrow(/FAQ item index .* is out of range: valid indexes are 0–6/);
      expect(() => moveFaqItem(body, index, 0)).toThrow(RangeError);
      expect(() => moveFaqItem(body, 0, index)).toThrow(RangeError);
    });
  }
  it('explain an empty FAQ', () => {
    expect(() => removeFaqItem('Text.', 0)).toThrow('FAQ item index 0 is out of range: the body has no FAQ items');
  });
});

describe('edits on other shapes', () => {
  const nested = lf(
    'Intro.', '', '<details>', '  <summary>Outer?</summary>', '  <details>', '    <summary>Inner?</summary>', '    <p>Deep.</p>', '  </details>', '</details>',
    '', '<details>', '  <summary>Second?</summary>', '  <p>Plain.</p>', '</details>', '',
  );

  it('treats a nested block as part of the outer item', () => {
    expect(moveFaqItem(nested, 0, 1)).toBe(lf(
      'Intro.', '', '<details>', '  <summary>Second?</summary>', '  <p>Plain.</p>', '</details>',
      '', '<details>', '  <summary>Outer?</summary>', '  <details>', '    <summary>Inner?</summary>', '    <p>Deep.</p>', '  </details>', '</details>', '',
    ));
    expect(removeFaqItem(nested, 0)).toBe(lf('Intro.', '', '<details>', '  <summary>Second?</summary>', '  <p>Plain.</p>', '</details>', ''));
    expect(updateFaqItem(nested, 0, { question: 'Outside?' })).toBe(nested.replace('Outer?', 'Outside?'));
  });

  it('rewrites a multi-line summary in place', () => {
    const body = lf('<details>', '  <summary>', '    A long', '    question?', '  </summary>', '  <p>Answer.</p>', '</details>');
    expect(findFaq(body).items[0]!.question).toBe('A long question?');
    expect(updateFaqItem(body, 0, { question: 'A long question?' })).toBe(body);
    expect(updateFaqItem(body, 0, { question: 'Short?' })).toBe(lf('<details>', '  <summary>Short?</summary>', '  <p>Answer.</p>', '</details>'));
  });

  it('keeps the indentation of an item inside a list when rewriting its answer', () => {
    const body = lf('1. Step one', '', '   <details>', '     <summary>Why?</summary>', '     <p>Because.</p>', '   </details>', '');
    expect(updateFaqItem(body, 0, { answer: 'Reasons.' })).toBe(body.replace('Because.', 'Reasons.'));
    expect(updateFaqItem(body, 0, { answer: 'In *Markdown*.', answerFormat: 'markdown' })).toBe(
      lf('1. Step one', '', '   <details>', '     <summary>Why?</summary>', '', '   In *Markdown*.', '', '   </details>', ''),
    );
  });

  it('expands a one-line block when its answer changes', () => {
    const body = 'Text.\n\n<details><summary>Compact?</summary><p>Old.</p></details>\n';
    expect(updateFaqItem(body, 0, { answer: 'New.' })).toBe('Text.\n\n<details><summary>Compact?</summary>\n  <p>New.</p>\n</details>\n');
  });

  it('clears an answer', () => {
    const body = lf(...canonicalItem('Q?', 'A.'));
    expect(updateFaqItem(body, 0, { answer: '' })).toBe(lf('<details>', '  <summary>Q?</summary>', '</details>'));
  });
});
