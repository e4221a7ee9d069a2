/**
 * Test fixtures (imported only by the tests): article bodies shaped like the
 * reference article — Markdown sections, an HTML `<h2>` FAQ heading, seven
 * `<details>` items, JSON-LD scripts at the end — with prose of their own.
 */

export const QUESTIONS = [
  'Why did lighthouses use rotating lenses?',
  'How often was the lamp oil replaced?',
  'Who kept the logbook when the keeper was ill?',
  'What did a keeper do during fog?',
  'Are any lighthouses still staffed today?',
  'How far could the light be seen?',
  'Can visitors climb the towers?',
] as const;

export const ANSWERS = [
  'A rotating lens gave each tower its own flash pattern, so sailors could tell one coast from another.',
  'Oil was topped up every evening and the wicks were trimmed at midnight.',
  'Usually a family member or an assistant keeper took over the entries.',
  'The fog signal was sounded at fixed intervals until the air cleared.',
  'A handful remain staffed, mostly for tourism and weather reporting.',
  'On a clear night, about twenty nautical miles from the lantern room.',
  'Many towers open their stairs to visitors in the summer months.',
] as const;

export function canonicalItem(question: string, answer: string, indent = '  '): string[] {
  return ['<details>', `${indent}<summary>${question}</summary>`, `${indent}<p>${answer}</p>`, '</details>'];
}

export const BEFORE_FAQ = [
  '',
  '## Introduction',
  '',
  'Lighthouse keepers once logged every passing ship by hand, in ink, at every watch.',
  '',
  '![A keeper writing in the logbook](/assets/keepers/logbook.png)',
  '',
  '## Keeping the Log',
  '',
  'Entries were short: the hour, the vessel, the weather and the state of the lamp.',
  '',
  '```html',
  '<details>',
  '  <summary>This is an example inside a code fence, not an item</summary>',
  '</details>',
  '```',
  '',
  '## Conclusion',
  '',
  'The logs survive as a quiet record of a busy coast.',
  '<h2>Frequently Asked Questions</h2>',
  '',
];

export const AFTER_FAQ = [
  '<script type="application/ld+json">',
  '{',
  '  "@context": "https://schema.org",',
  '  "@type": "FAQPage",',
  '  "mainEntity": []',
  '}',
  '</script>',
  '<script type="application/ld+json">',
  '{ "@context": "https://schema.org", "@type": "BreadcrumbList" }',
  '</script>',
  '',
];

/** FAQ lines: seven canonical items one blank line apart, the last directly followed by the scripts. */
export function faqLines(indent = '  '): string[] {
  return QUESTIONS.flatMap((question, index) => [...(index > 0 ? [''] : []), ...canonicalItem(question, ANSWERS[index]!, indent)]);
}

export function referenceShapedBody(eol: '\n' | '\r\n' = '\n'): string {
  return [...BEFORE_FAQ, ...faqLines(), ...AFTER_FAQ].join(eol);
}

/** A body with Markdown headings only and no FAQ. */
export const BODY_WITHOUT_FAQ = ['# Tide Tables', '', 'Tides follow the moon.', '', '## Reading a Table', '', 'Start with the date column.', ''].join('\n');
