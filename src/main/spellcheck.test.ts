import { describe, expect, it } from 'vitest';
import { keepSpellcheckOffline } from './spellcheck';

describe('keepSpellcheckOffline', () => {
  it('points the dictionary download at a local folder, never a network host', () => {
    const urls: string[] = [];
    keepSpellcheckOffline({ setSpellCheckerDictionaryDownloadURL: (url) => urls.push(url) }, '/opt/article-studio');
    expect(urls).toEqual(['file:///opt/article-studio/resources/dictionaries/']);
  });
});
