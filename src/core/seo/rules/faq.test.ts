import { describe, expect, it } from 'vitest';
import { applyFix } from '../finding';
import { findingsOf, GOOD, lint, withBody } from '../lint.test-support';

const item = (question: string, answer: string) => `<details>\n<summary>${question}</summary>\n${answer}\n</details>\n`;

describe('seo/faq-heading-empty', () => {
  it('passes an FAQ heading with questions under it', () => {
    expect(findingsOf(GOOD, 'seo/faq-heading-empty')).toEqual([]);
  });

  it('warns about an FAQ heading with no questions, even when a <details> elsewhere is not under it', () => {
    const body = `\n## Setup\n\n${item('Show the config', '<p>x = 1</p>')}\n## Frequently Asked Questions\n\n## Conclusion\n\nDone.\n`;
    expect(findingsOf(withBody(body), 'seo/faq-heading-empty')).toEqual([[21, 'warning', expect.stringMatching(/^"Frequently Asked Questions" has no questions under it/)]]);
  });
});

describe('seo/faq-item-incomplete', () => {
  it('passes items with a question and an answer', () => {
    expect(findingsOf(GOOD, 'seo/faq-item-incomplete')).toEqual([]);
  });

  it('warns about items the FAQPage leaves out: no answer, no question', () => {
    const body = `\n## FAQ\n\n${item('Is it slow?', '<p> </p>')}\n${item('', 'An answer without a question.')}`;
    expect(findingsOf(withBody(body), 'seo/faq-item-incomplete')).toEqual([
      [16, 'warning', 'This FAQ item "Is it slow?" has no answer, so the FAQPage structured data leaves it out.'],
      [21, 'warning', 'This FAQ item has no question in its <summary>, so the FAQPage structured data leaves it out.'],
    ]);
  });
});

describe('embedded FAQPage vs the visible FAQ (jsonld/embedded-disagrees)', () => {
  const embedded = (question: string, answer: string) =>
    `<script type="application/ld+json">\n${JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } }] })}\n</script>\n`;

  it('passes an embedded FAQPage that says what the page shows', () => {
    const text = `${GOOD}\n${embedded('Is writing offline slower?', 'No. It is calmer, and calm is faster.')}`;
    expect(findingsOf(text, 'jsonld/embedded-disagrees')).toEqual([]);
  });

  it('reports one that disagrees, with the JSON-LD check\'s fix, after which nothing disagrees', () => {
    const text = `${GOOD}\n${embedded('Is writing offline faster?', 'Yes.')}`;
    const finding = lint(text).find((each) => each.ruleId === 'jsonld/embedded-disagrees');
    expect(finding).toMatchObject({ severity: 'warning', line: 31, message: expect.stringContaining('question 1 "Is writing offline faster?" vs "Is writing offline slower?"') });
    const fixed = applyFix(text, finding!.fix!);
    expect(lint(fixed).filter((each) => each.ruleId.startsWith('jsonld/'))).toEqual([]);
  });
});
