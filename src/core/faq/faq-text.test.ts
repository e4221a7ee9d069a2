import { describe, expect, it } from 'vitest';
import { trimAnswer, trimTypedAnswer } from './answer-source';
import { decodeEntities, detectAnswerFormat, questionToSource, toPlainText } from './faq-text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references once, leaving unknown ones', () => {
    expect(decodeEntities('&amp;lt; &#39; &#x27; &#X41; &quot; &hellip; &bogus; &#0; &#x110000; & plain')).toBe("&lt; ' ' A \" \u2026 &bogus; \ufffd \ufffd & plain");
  });
});

describe('toPlainText', () => {
  it('keeps code span content literal', () => {
    expect(toPlainText('Why `**not**` <b>bold</b>?')).toBe('Why **not** bold?');
    expect(toPlainText('`&amp;` stays decoded like the rest')).toBe('& stays decoded like the rest');
  });

  it('handles images, reference links and nested emphasis', () => {
    expect(toPlainText('![icon](/i.png) See [the docs][ref] for ***very*** __strong _mixed_ text__')).toBe('icon See the docs for very strong mixed text');
  });

  it('leaves lone markers alone', () => {
    expect(toPlainText('Is 5 * 3 = 15 and a_b?')).toBe('Is 5 * 3 = 15 and a_b?');
  });
});

describe('questionToSource', () => {
  it('escapes HTML and only the Markdown punctuation that would be read as markup', () => {
    expect(questionToSource('  Fish & chips <today>?  ')).toBe('Fish &amp; chips &lt;today&gt;?');
    expect(questionToSource('Is 5 * 3 = 15?')).toBe('Is 5 * 3 = 15?');
    expect(questionToSource('Is *this* literal?')).toBe('Is &#42;this&#42; literal?');
  });
});

describe('detectAnswerFormat', () => {
  it('looks at the first non-blank content only', () => {
    expect(detectAnswerFormat('\n  <p>x</p>')).toBe('html');
    expect(detectAnswerFormat('Text then <p>x</p>')).toBe('markdown');
    expect(detectAnswerFormat('')).toBe('markdown');
  });
});

describe('trimAnswer', () => {
  it('drops blank edges and shared indentation, keeping inner line endings', () => {
    expect(trimAnswer('\r\n\r\n    <p>a</p>\r\n      <p>b</p>\r\n  ')).toBe('<p>a</p>\r\n  <p>b</p>');
    expect(trimAnswer('  <p>same line</p>\n    <p>next</p>\n')).toBe('<p>same line</p>\n<p>next</p>');
    expect(trimAnswer('\n   \n')).toBe('');
    expect(trimTypedAnswer('  one\n\n  two  ')).toBe('one\n\ntwo');
  });
});
