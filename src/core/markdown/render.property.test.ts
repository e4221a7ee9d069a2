import fc from 'fast-check';
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

  it('renders 1 MB of tag soup within a second', () => {
    const soup = '<a href=x onclick=y><img/src=x/onerror=y><details><summary>'.repeat(16_000);
    const started = performance.now();
    renderMarkdown(soup);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
