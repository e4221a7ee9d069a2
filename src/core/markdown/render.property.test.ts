import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { findExecutableContent } from './hostile-payloads.test-support';
import { renderMarkdown } from './index';

/** Random text stitched from the pieces attacks are made of. */
const piece = fc.constantFrom('<', '>', '"', "'", '=', '/', '&', '#', ';', ':', 'script', 'img', 'a', 'svg', 'on', 'error', 'href', 'src', 'javascript', '&Tab;', '&#x6A;', '<!--', '-->', ' ', '\n', '`', '[', ']', '(', ')', '!', 'x');
const hostile = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(''));

describe('the pipeline under random hostile input', () => {
  it('never throws and never emits anything executable', () => {
    fc.assert(
      fc.property(hostile, (markdown) => {
        expect(findExecutableContent(renderMarkdown(markdown))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('renders a megabyte of pathological raw HTML in time proportional to markdown-it’s', () => {
    // A quadratic path would take a hundred times markdown-it's time here or more; a linear one takes a few times.
    const raw = new MarkdownIt({ html: true, linkify: true });
    const inputs = {
      'tag soup': '<a href=x onclick=y><img/src=x/onerror=y><details><summary>'.repeat(16_000),
      'unclosed tags in every paragraph': 'a <u> b </i>\n\n'.repeat(70_000),
      'unfinished blocks, deep inside': '<div>\n\n'.repeat(512) + '<div a="\n\n'.repeat(90_000),
    };
    for (const [name, markdown] of Object.entries(inputs)) {
      const time = (render: () => void) => {
        const started = performance.now();
        render();
        return performance.now() - started;
      };
      const theirs = time(() => raw.render(markdown));
      const ours = time(() => renderMarkdown(markdown));
      expect(ours, `${name}: ${ours.toFixed(0)} ms vs markdown-it ${theirs.toFixed(0)} ms`).toBeLessThan(25 * Math.max(theirs, 50));
    }
  });
});
