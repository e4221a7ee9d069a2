import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD, withField } from '../lint.test-support';

describe('seo/title-missing', () => {
  it('passes a written title', () => {
    expect(findingsOf(GOOD, 'seo/title-missing')).toEqual([]);
  });

  it('is an error for an empty or absent title, naming the file-name fallback', () => {
    expect(findingsOf(withField('title', '""'), 'seo/title-missing')).toEqual([[4, 'error', 'No title: the page and its search result show the file name "writing-offline" instead. Write a title of up to 600 px.']]);
    expect(findingsOf(withField('title', null), 'seo/title-missing')).toEqual([[1, 'error', expect.any(String)]]);
  });
});

describe('seo/title-too-wide', () => {
  it('passes a title under 580 px', () => {
    expect(findingsOf(GOOD, 'seo/title-too-wide')).toEqual([]);
  });

  it('warns past 580 px and is an error past 600 px, showing where Google cuts', () => {
    // 582.4 px and 614.7 px in Chromium's canvas.
    expect(findingsOf(withField('title', '"Writing Offline: A Calm Workflow for Long Articles and Big Essays"'), 'seo/title-too-wide')).toEqual([
      [4, 'warning', 'The title is 582 px wide in Arial 20 px, past 580 px: close to the 600 px where Google cuts it.'],
    ]);
    expect(findingsOf(withField('title', '"Writing Offline: A Calm Workflow for Long Articles, Essays and Books"'), 'seo/title-too-wide')).toEqual([
      [4, 'error', 'The title is 615 px wide in Arial 20 px; Google cuts titles past 600 px, so it shows "Writing Offline: A Calm Workflow for Long Articles, Essays and ...".'],
    ]);
  });

  it('counts CJK characters at one em: 29 are 580 px, 31 too wide', () => {
    expect(findingsOf(withField('title', `"${'离'.repeat(29)}"`), 'seo/title-too-wide')).toEqual([]);
    expect(findingsOf(withField('title', `"${'离'.repeat(31)}"`), 'seo/title-too-wide')).toEqual([[4, 'error', expect.stringContaining('620 px')]]);
  });
});

const description = (text: string) => withField('description', JSON.stringify(text));

describe('seo/description-missing', () => {
  it('passes a written description and warns when there is none', () => {
    expect(findingsOf(GOOD, 'seo/description-missing')).toEqual([]);
    expect(findingsOf(withField('description', null), 'seo/description-missing')).toEqual([[1, 'warning', expect.stringMatching(/^No description: .* Write 120–156 characters\.$/)]]);
  });
});

describe('seo/description-too-short and seo/description-too-long', () => {
  it('counts characters as graphemes: 120 to 156 pass', () => {
    expect(findingsOf(description('é'.normalize('NFD').repeat(120)), 'seo/description-too-short')).toEqual([]);
    expect(findingsOf(description('x'.repeat(156)), 'seo/description-too-long')).toEqual([]);
  });

  it('warns under 120 and over 156 characters', () => {
    expect(findingsOf(description('Too short.'), 'seo/description-too-short')).toEqual([[5, 'warning', 'The description is 10 characters; under 120, Google often replaces it with text from the page.']]);
    expect(findingsOf(description('x'.repeat(157)), 'seo/description-too-long')).toEqual([[5, 'warning', 'The description is 157 characters, over 156: search results cut it.']]);
  });
});

describe('seo/description-too-wide and seo/description-too-wide-mobile', () => {
  it('passes a description within 920 px on desktop; mobile shows 680 px', () => {
    expect(findingsOf(GOOD, 'seo/description-too-wide')).toEqual([]);
    expect(findingsOf(description('i'.repeat(150)), 'seo/description-too-wide-mobile')).toEqual([]);
  });

  it('warns past 920 px and tells (info) what mobile results show past 680 px', () => {
    // 150 capital Ws: 150 × 18.877 × 14/20 = 1982 px.
    const wide = description('W'.repeat(150));
    expect(findingsOf(wide, 'seo/description-too-wide')).toEqual([[5, 'warning', expect.stringMatching(/^The description is 1982 px wide in Arial 14 px; desktop results show 920 px of it: "W+ \.\.\."\.$/)]]);
    expect(findingsOf(wide, 'seo/description-too-wide-mobile')).toEqual([[5, 'info', expect.stringMatching(/^Mobile results show 680 px of the 1982 px description: "W+ \.\.\."\.$/)]]);
  });
});
