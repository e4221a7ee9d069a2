import { describe, expect, it } from 'vitest';
import { addFaqItem, answerFromForm, answerSummary, editableAnswer, findFaq, updateFaqItem } from './index';

const lf = (...lines: string[]): string => lines.join('\n');
const itemOf = (body: string, index = 0) => findFaq(body).items[index]!;

describe('editableAnswer', () => {
  it('shows plain <p> paragraphs as their text, entities decoded', () => {
    const body = lf('<details>', '  <summary>Q?</summary>', '  <p>Fish &amp; chips, 1 &lt; 2.</p>', '  <p>Second paragraph.</p>', '</details>');
    expect(editableAnswer(itemOf(body))).toEqual({ mode: 'plain', text: 'Fish & chips, 1 < 2.\n\nSecond paragraph.' });
    // Text that would be written back differently (spaces collapsed) is shown as the HTML it is.
    expect(editableAnswer(itemOf(body.replace('Second paragraph', 'Second   paragraph'))).mode).toBe('html');
  });

  it('shows HTML with inline markup, attributes or other elements as HTML', () => {
    for (const answer of ['<p>See <a href="/x">this</a>.</p>', '<p class="note">Hi.</p>', '<ul>\n  <li>one</li>\n</ul>', '<p>Say &quot;hi&quot;.</p>']) {
      const body = lf('<details>', '<summary>Q?</summary>', answer, '</details>');
      expect(editableAnswer(itemOf(body))).toEqual({ mode: 'html', text: itemOf(body).answerSource });
    }
  });

  it('shows Markdown answers as written', () => {
    const body = lf('<details>', '<summary>Q?</summary>', '', 'Use **bold**.', '', '- a', '', '</details>');
    expect(editableAnswer(itemOf(body))).toEqual({ mode: 'markdown', text: 'Use **bold**.\n\n- a' });
  });

  it('gives back the identical body when a form is saved unchanged, whatever the mode', () => {
    const bodies = [
      lf('<details>', '  <summary>Q?</summary>', '  <p>A &amp; B.</p>', '</details>'),
      lf('<details>', '<summary>Q?</summary>', '<p>See <a href="/x">this</a>.</p>', '</details>'),
      lf('<details>', '<summary>Q?</summary>', '', '*Markdown*', '', '</details>'),
    ];
    for (const body of bodies) expect(updateFaqItem(body, 0, answerFromForm(editableAnswer(itemOf(body))))).toBe(body);
  });
});

describe('answerFromForm', () => {
  it('writes plain text as escaped paragraphs, even text that looks like HTML', () => {
    const after = addFaqItem('', { question: 'Q?', ...answerFromForm({ mode: 'plain', text: '<div> is a tag.\n\nA & B' }) });
    expect(after).toContain(lf('  <p>&lt;div&gt; is a tag.</p>', '  <p>A &amp; B</p>'));
    expect(editableAnswer(itemOf(after))).toEqual({ mode: 'plain', text: '<div> is a tag.\n\nA & B' });
  });

  it('writes Markdown and HTML as typed', () => {
    expect(answerFromForm({ mode: 'markdown', text: '**b**' })).toEqual({ answer: '**b**', answerFormat: 'markdown' });
    expect(answerFromForm({ mode: 'html', text: '<ul><li>x</li></ul>' })).toEqual({ answer: '<ul><li>x</li></ul>', answerFormat: 'html' });
  });
});

describe('answerSummary', () => {
  it('is the text a reader sees, cut on a word', () => {
    expect(answerSummary({ answerSource: '<p>Short &amp; <b>sweet</b>.</p>' })).toBe('Short & sweet.');
    expect(answerSummary({ answerSource: 'one two three four five six', }, 12)).toBe('one two…');
  });
});
