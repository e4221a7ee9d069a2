import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../core/article';
import { listItems, writeListField } from './field-lists';

const article = (frontmatter: string) => parseArticle(`---\n${frontmatter}\n---\nBody\n`);

describe('list fields', () => {
  it('reads comma strings, full-width commas and YAML lists alike', () => {
    expect(listItems('a, b,c')).toEqual(['a', 'b', 'c']);
    expect(listItems('通义千问，阿里巴巴')).toEqual(['通义千问', '阿里巴巴']);
    expect(listItems(['x', ' y '])).toEqual(['x', 'y']);
    expect(listItems(undefined)).toEqual([]);
  });

  it('keeps a comma string a comma string, with its separator', () => {
    expect(serializeArticle(writeListField(article('keywords: "one, two"'), 'keywords', ['one', 'two', 'three']))).toBe('---\nkeywords: "one, two, three"\n---\nBody\n');
    expect(serializeArticle(writeListField(article('keywords: one,two'), 'keywords', ['one']))).toBe('---\nkeywords: one\n---\nBody\n');
    expect(serializeArticle(writeListField(article('keywords: 甲，乙'), 'keywords', ['甲', '乙', '丙']))).toBe('---\nkeywords: 甲，乙，丙\n---\nBody\n');
  });

  it('keeps a YAML list a list', () => {
    const written = serializeArticle(writeListField(article('things:\n  - alpha\n  - beta'), 'things', ['alpha', 'gamma']));
    expect(written).toMatch(/^things:\n {2}- alpha\n {2}- gamma\n---/m);
  });
});
