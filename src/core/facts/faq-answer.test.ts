import { describe, expect, it } from 'vitest';
import { faqAnswerText } from './faq-answer';

const resolve = (href: string): string | null => (href.startsWith('/') ? `https://aicw.io${href}` : /^https?:/.test(href) ? href : null);
const html = (answerSource: string) => faqAnswerText({ answerSource, answerFormat: 'html' }, resolve);
const markdown = (answerSource: string) => faqAnswerText({ answerSource, answerFormat: 'markdown' }, resolve);

describe('faqAnswerText', () => {
  it('turns a single plain paragraph into plain text: tag unwrapped, entities decoded, whitespace collapsed', () => {
    expect(html('<p>Kept cool,\n   dark &amp; dry &lt;10 °C&gt;, it&#39;s fine.</p>')).toBe("Kept cool, dark & dry <10 °C>, it's fine.");
    expect(markdown('Plain *Markdown* answer? No: emphasis is markup.')).toBe('Plain <em>Markdown</em> answer? No: emphasis is markup.');
    expect(markdown('Just text & more.')).toBe('Just text & more.');
    expect(html('<p>A\u00a0B</p>')).toBe('A\u00a0B');
  });

  it('keeps Google’s answer tags and removes the others with their text kept', () => {
    expect(html('<p>Use <strong>dry</strong> <span class="x">jars</span> and <code>labels</code>.</p>')).toBe('Use <strong>dry</strong> jars and labels.');
    expect(html('<div><h3>Steps</h3><ol><li>Dry</li><li>Seal</li></ol></div>')).toBe('<div><h3>Steps</h3><ol><li>Dry</li><li>Seal</li></ol></div>');
    expect(html('<p>One<br>two <u>three</u> <i>four</i> <b>five</b> <em>six</em></p>')).toBe('One<br>two three <i>four</i> <b>five</b> <em>six</em>');
    expect(html('<table><tr><td>cell</td></tr></table>')).toBe('cell');
  });

  it('keeps only href on links, made absolute, and drops links it cannot resolve', () => {
    expect(html('<p>See <a href="/guides/seeds" title="t" class="c">the guide</a>.</p>')).toBe('See <a href="https://aicw.io/guides/seeds">the guide</a>.');
    expect(html('<p>See <a href="javascript:alert(1)">this</a>.</p>')).toBe('See this.');
    expect(markdown('Read [more](https://example.org/a?b=1&c=2).')).toBe('Read <a href="https://example.org/a?b=1&amp;c=2">more</a>.');
  });

  it('keeps multi-paragraph and list answers as HTML with whitespace collapsed', () => {
    expect(html('<p>First.</p>\n<p>Second &amp; last.</p>')).toBe('<p>First.</p><p>Second &amp; last.</p>');
    expect(markdown('Steps:\n\n- dry\n- seal\n')).toBe('<p>Steps:</p><ul><li>dry</li><li>seal</li></ul>');
    expect(markdown('## Heading\n\nText')).toBe('<h2>Heading</h2><p>Text</p>');
  });

  it('drops scripts and images with everything inside', () => {
    expect(html('<p>Safe<script>alert(1)</script> <img src="/a.png" alt="pic"> text</p>')).toBe('Safe text');
    expect(html('')).toBe('');
  });
});
