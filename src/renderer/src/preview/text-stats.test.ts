import { describe, expect, it } from 'vitest';
import { textStats } from './text-stats';

describe('textStats', () => {
  it('counts words of prose, not Markdown syntax, tags or URLs', () => {
    expect(textStats('## A heading\n\nSee [the guide](https://example.com/x) and <b>this</b> https://example.com/y.\n\n```js\nconst notCounted = 1;\n```\n').words).toBe(7);
  });

  it('counts CJK characters one by one and mixes them with words', () => {
    expect(textStats('通义千问 is here').words).toBe(6);
  });

  it('reads an empty article in zero minutes and a long one at about 230 words a minute', () => {
    expect(textStats('')).toEqual({ words: 0, readingMinutes: 0 });
    expect(textStats('word '.repeat(2300)).readingMinutes).toBe(10);
    expect(textStats('one').readingMinutes).toBe(1);
  });
});
