import { describe, expect, it } from 'vitest';
import { findFaq, findFaqQuestions } from './index';
import { AFTER_FAQ, ANSWERS, BEFORE_FAQ, QUESTIONS, faqLines, referenceShapedBody } from './faq-fixtures';

const lf = (...lines: string[]): string => lines.join('\n');

describe('findFaq on a reference-shaped body', () => {
  const body = referenceShapedBody();
  const faq = findFaq(body);
  const lines = body.split('\n');

  it('finds the seven items in order, skipping the example in the code fence', () => {
    expect(faq.items.map((item) => item.question)).toEqual([...QUESTIONS]);
    expect(faq.items.map((item) => item.answerSource)).toEqual(ANSWERS.map((answer) => `<p>${answer}</p>`));
    expect(faq.items.every((item) => item.answerFormat === 'html' && !item.open)).toBe(true);
    expect(faq.items.map((item) => item.questionSource)).toEqual([...QUESTIONS]);
  });

  it('reports offsets that slice out each block and 1-based lines of its first and last line', () => {
    const detailsLines = lines.flatMap((line, index) => (line === '<details>' && index > 20 ? [index + 1] : []));
    for (const [index, item] of faq.items.entries()) {
      const block = body.slice(item.start, item.end);
      expect(block.startsWith('<details')).toBe(true);
      expect(block.endsWith('</details>')).toBe(true);
      expect(item.startLine).toBe(detailsLines[index]);
      expect(item.endLine).toBe(item.startLine + 3);
      expect(lines[item.endLine - 1]).toBe('</details>');
    }
  });

  it('finds the HTML heading line', () => {
    const line = BEFORE_FAQ.indexOf('<h2>Frequently Asked Questions</h2>') + 1;
    expect(faq.heading).toEqual({ text: 'Frequently Asked Questions', level: 2, line, start: body.indexOf('<h2>'), end: body.indexOf('<h2>') + 35 });
    expect(body.slice(faq.heading!.start, faq.heading!.end)).toBe('<h2>Frequently Asked Questions</h2>');
  });

  it('gives the same items and lines for the CRLF version, with offsets into the CRLF text', () => {
    const crlf = referenceShapedBody('\r\n');
    const found = findFaq(crlf);
    expect(found.items.map((item) => item.question)).toEqual([...QUESTIONS]);
    expect(found.items.map((item) => [item.startLine, item.endLine])).toEqual(faq.items.map((item) => [item.startLine, item.endLine]));
    expect(found.heading?.line).toBe(faq.heading?.line);
    for (const item of found.items) expect(crlf.slice(item.start, item.end)).toMatch(/^<details>\r\n[\s\S]*\r\n<\/details>$/);
  });
});

describe('findFaq variants', () => {
  it('reads the open attribute, and not an "open" class', () => {
    const body = lf('<details open>', '<summary>A?</summary>', 'a', '</details>', '', '<details class="faq open" data-x=\'open\'>', '<summary>B?</summary>', '</details>', '', '<details class="faq" open="">', '<summary>C?</summary>', '</details>');
    expect(findFaq(body).items.map((item) => [item.question, item.open])).toEqual([['A?', true], ['B?', false], ['C?', true]]);
  });

  it('accepts a summary on the same line as <details> and unindented content', () => {
    const body = lf('<details><summary>Same line?</summary>', '<p>Yes.</p>', '</details>');
    const [item] = findFaq(body).items;
    expect(item).toMatchObject({ question: 'Same line?', answerSource: '<p>Yes.</p>', answerFormat: 'html', startLine: 1, endLine: 3, start: 0, end: body.length });
  });

  it('accepts a one-line block', () => {
    const body = 'Intro.\n\n<details><summary>Compact?</summary><p>Very.</p></details>\n';
    const [item] = findFaq(body).items;
    expect(item).toMatchObject({ question: 'Compact?', answerSource: '<p>Very.</p>', startLine: 3, endLine: 3 });
  });

  it('accepts upper-case and mixed-case tags', () => {
    const body = lf('<DETAILS>', '  <SUMMARY>Loud?</SUMMARY>', '  <P>Quite.</P>', '</DETAILS>', '', '<Details Open>', '<Summary class="q">Mixed?</Summary>', '</details >');
    expect(findFaq(body).items.map((item) => [item.question, item.answerSource, item.answerFormat, item.open])).toEqual([
      ['Loud?', '<P>Quite.</P>', 'html', false],
      ['Mixed?', '', 'markdown', true],
    ]);
  });

  it('decodes entities and collapses whitespace in questions, keeping the source as written', () => {
    const source = 'Is R&amp;D &quot;worth it&quot;?\n   It&#39;s &#x2014; &lt;probably&gt;&nbsp;yes &unknown; ';
    const body = lf('<details>', `  <summary>${source}</summary>`, '</details>');
    const [item] = findFaq(body).items;
    expect(item!.question).toBe('Is R&D "worth it"? It\'s \u2014 <probably> yes &unknown;');
    expect(item!.questionSource).toBe(source);
  });

  it('strips inline tags and Markdown code, links, emphasis and escapes from questions', () => {
    const questions = [
      ['What does <code>npm ci</code> <em>really</em> do?', 'What does npm ci really do?'],
      ['What does `npm ci` do?', 'What does npm ci do?'],
      ['Is ``a `tick` `` allowed?', 'Is a `tick` allowed?'],
      ['How do I read [the tide table](https://example.com/tides "Tides") **offline**?', 'How do I read the tide table offline?'],
      ['Is *this* _emphasis_ or ~~not~~?', 'Is this emphasis or not?'],
      ['Does snake_case_name survive?', 'Does snake_case_name survive?'],
      ['What is 2 \\* 3 and \\_x\\_?', 'What is 2 * 3 and _x_?'],
      ['A<br>B<!-- note -->C?', 'A BC?'],
    ];
    const body = questions.map(([source]) => lf('<details>', `<summary>${source}</summary>`, '</details>')).join('\n\n');
    expect(findFaq(body).items.map((item) => item.question)).toEqual(questions.map(([, plain]) => plain));
  });

  it('reports Markdown answers with indentation removed and blank edges trimmed', () => {
    const body = lf('<details>', '  <summary>Markdown?</summary>', '', 'Answer with **bold** and a list:', '', '- one', '- two', '', '</details>');
    const [item] = findFaq(body).items;
    expect(item!.answerFormat).toBe('markdown');
    expect(item!.answerSource).toBe(lf('Answer with **bold** and a list:', '', '- one', '- two'));
  });

  it('removes the indentation HTML answer lines share, keeping relative indentation', () => {
    const body = lf('<details>', '    <summary>Nested HTML?</summary>', '    <ul>', '      <li>one</li>', '    </ul>', '</details>');
    expect(findFaq(body).items[0]!.answerSource).toBe(lf('<ul>', '  <li>one</li>', '</ul>'));
  });

  it('detects the answer format from the first block-level tag', () => {
    const answers: [string, string][] = [
      ['<div class="a">x</div>', 'html'], ['<table><tr><td>x</td></tr></table>', 'html'], ['<h3>x</h3>', 'html'],
      ['<blockquote>x</blockquote>', 'html'], ['<pre>x</pre>', 'html'], ['<dl><dt>x</dt></dl>', 'html'], ['<figure>x</figure>', 'html'],
      ['<ol><li>x</li></ol>', 'html'], ['<span>x</span>', 'markdown'], ['<pre-x>x</pre-x>', 'markdown'], ['Plain **text**', 'markdown'],
    ];
    const body = answers.map(([answer], index) => lf('<details>', `<summary>Q${index}</summary>`, '', answer, '</details>')).join('\n\n');
    expect(findFaq(body).items.map((item) => item.answerFormat)).toEqual(answers.map(([, format]) => format));
  });

  it('treats a nested <details> as part of the outer answer', () => {
    const body = lf(
      '<details>', '  <summary>Outer?</summary>', '  <p>Before.</p>', '  <details>', '    <summary>Inner?</summary>', '    <p>Deep.</p>', '  </details>', '  <p>After.</p>', '</details>',
      '', '<details>', '  <summary>Next?</summary>', '  <p>Next answer.</p>', '</details>',
    );
    const { items } = findFaq(body);
    expect(items.map((item) => item.question)).toEqual(['Outer?', 'Next?']);
    expect(items[0]!.answerSource).toBe(lf('<p>Before.</p>', '<details>', '  <summary>Inner?</summary>', '  <p>Deep.</p>', '</details>', '<p>After.</p>'));
    expect([items[0]!.startLine, items[0]!.endLine]).toEqual([1, 9]);
  });

  it('ignores an unclosed <details> without hiding the items around it, and never throws', () => {
    const item = (question: string): string => lf('<details>', `  <summary>${question}</summary>`, '  <p>Answer.</p>', '</details>');
    const unclosedLast = [item('One?'), item('Two?'), lf('<details>', '  <summary>Half typed')].join('\n\n');
    expect(findFaq(unclosedLast).items.map((found) => found.question)).toEqual(['One?', 'Two?']);
    const unclosedFirst = [lf('<details>', '  <summary>Started?</summary>'), item('One?'), item('Two?')].join('\n\n');
    expect(findFaq(unclosedFirst).items.map((found) => found.question)).toEqual(['One?', 'Two?']);
    const strayClose = ['</details>', item('One?')].join('\n\n');
    expect(findFaq(strayClose).items.map((found) => found.question)).toEqual(['One?']);
    for (const broken of ['<details', '<details>', '<details><summary>', '<details><summary>x</details>', '</summary></details>', '<details>\n<summary>Q?</summary>']) {
      expect(findFaq(broken).items).toEqual([]);
    }
  });

  it('requires <summary> to be the first child', () => {
    const body = lf('<details>', 'Text first', '<summary>Late?</summary>', '</details>', '', '<details><p>No summary</p></details>', '', '<details>', '<!-- a note -->', '<summary>After a comment?</summary>', '</details>');
    expect(findFaq(body).items.map((item) => item.question)).toEqual(['After a comment?']);
  });

  it('ignores blocks in fenced code, indented code, comments, code spans and scripts', () => {
    const block = lf('<details>', '  <summary>Hidden?</summary>', '</details>');
    const indented = block.split('\n').map((line) => `    ${line}`).join('\n');
    const body = [
      lf('```', block, '```'),
      lf('~~~~markdown', block, '```', 'still code', '~~~~'),
      lf('Paragraph.'),
      indented,
      lf('<!--', block, '-->'),
      `Inline: <!-- ${block} --> and \`<details>\` in a code span.`,
      lf('<script>', `const html = "${block.replace(/\n/g, ' ')}";`, '</script>'),
      lf('<details>', '  <summary>Visible?</summary>', '  <p>Shown.</p>', '</details>'),
    ].join('\n\n');
    const { items } = findFaq(body);
    expect(items.map((item) => item.question)).toEqual(['Visible?']);
  });

  it('ignores a code fence left open to the end of the body', () => {
    expect(findFaq(lf('```', '<details>', '<summary>Q?</summary>', '</details>')).items).toEqual([]);
  });

  it('does not take indented lines after a paragraph or inside a list item for code', () => {
    const body = lf('- A list item', '', '  <details>', '    <summary>In a list?</summary>', '    <p>Yes.</p>', '  </details>', '', 'Paragraph', '    <details><summary>Lazy?</summary></details>');
    expect(findFaq(body).items.map((item) => item.question)).toEqual(['In a list?', 'Lazy?']);
  });

  it('returns an empty section for a body without items', () => {
    expect(findFaq('')).toEqual({ heading: null, items: [] });
    expect(findFaq(lf('# Title', '', 'Text.'))).toEqual({ heading: null, items: [] });
  });
});

describe('findFaq heading', () => {
  const items = lf('<details>', '  <summary>Q?</summary>', '  <p>A.</p>', '</details>');
  const headingOf = (...before: string[]): unknown => findFaq([...before, items].join('\n\n')).heading;

  it('accepts Markdown and HTML headings of any level, FAQ / FAQs / with a colon, in any case', () => {
    expect(headingOf('## Frequently Asked Questions')).toMatchObject({ text: 'Frequently Asked Questions', level: 2, line: 1 });
    expect(headingOf('#### faqs:')).toMatchObject({ text: 'faqs:', level: 4 });
    expect(headingOf('# FAQ #')).toMatchObject({ text: 'FAQ', level: 1 });
    expect(headingOf('<h3 class="faq">FAQ</h3>')).toMatchObject({ text: 'FAQ', level: 3 });
    expect(headingOf('<H2>Frequently <em>Asked</em> Questions:</H2>')).toMatchObject({ text: 'Frequently Asked Questions:', level: 2 });
  });

  it('is null when the nearest section is another one', () => {
    expect(headingOf('## FAQ', 'Text.', '## Conclusion', 'Text.')).toBeNull();
    expect(headingOf('## Questions and answers')).toBeNull();
    expect(headingOf('Frequently Asked Questions')).toBeNull();
    expect(headingOf('```', '## FAQ', '```')).toBeNull();
  });

  it('looks past sub-headings of the FAQ section', () => {
    expect(headingOf('## FAQ', '### Billing')).toMatchObject({ text: 'FAQ', level: 2, line: 1 });
  });

  it('without items, is the last FAQ heading of the body', () => {
    expect(findFaq(lf('# Title', '', '## FAQ', '', 'Coming soon.')).heading).toMatchObject({ text: 'FAQ', level: 2, line: 3, start: 9, end: 15 });
  });

  it('has start and end of the heading line in a CRLF body', () => {
    const body = ['Text.', '', '### FAQ', '', items.replace(/\n/g, '\r\n')].join('\r\n');
    expect(findFaq(body).heading).toEqual({ text: 'FAQ', level: 3, line: 3, start: 9, end: 16 });
  });
});

describe('findFaq fixture sanity', () => {
  it('uses its own prose', () => {
    expect([...BEFORE_FAQ, ...faqLines(), ...AFTER_FAQ].join('\n')).toBe(referenceShapedBody());
  });
});

describe('findFaqQuestions', () => {
  it('takes only the items under the FAQ heading when there is one', () => {
    const body = [
      '## Setup',
      '',
      '<details>',
      '<summary>Show the config</summary>',
      '',
      '```json',
      '{"a": 1}',
      '```',
      '',
      '</details>',
      '',
      '## Frequently Asked Questions',
      '',
      '<details>',
      '  <summary>Is it offline?</summary>',
      '  <p>Yes.</p>',
      '</details>',
      '',
    ].join('\n');
    expect(findFaqQuestions(body).map((item) => item.question)).toEqual(['Is it offline?']);
    expect(findFaq(body).items).toHaveLength(2);
  });

  it('takes every item when the body has no FAQ heading', () => {
    const body = '<details>\n<summary>Q?</summary>\n<p>A.</p>\n</details>\n';
    expect(findFaqQuestions(body).map((item) => item.question)).toEqual(['Q?']);
  });
});
