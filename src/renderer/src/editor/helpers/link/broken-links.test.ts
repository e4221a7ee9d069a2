import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../core/site';
import { brokenLinks } from './broken-links';

describe('brokenLinks', () => {
  it('lists the body\'s links to no article, with their lines and the check\'s message', () => {
    const body = ['Intro with [a good link](/guides/offline-writing).', '', 'See [the lost page](/guides/lost) and [home](/) and [web](https://example.com).', '', '![image](/assets/x.png)'].join('\n');
    const articles = [{ path: 'guides/offline-writing.md' }, { path: 'notes.md' }];
    expect(brokenLinks(body, 'notes.md', articles, DEFAULT_SETTINGS)).toEqual([{ line: 3, text: 'the lost page', message: 'Link to /guides/lost, which is no article in the workspace' }]);
    expect(brokenLinks('[ok](guides/offline-writing)', 'notes.md', articles, DEFAULT_SETTINGS)).toEqual([]);
  });
});
