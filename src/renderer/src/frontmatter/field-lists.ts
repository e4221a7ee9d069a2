import { setField, type Article } from '../../../core/article';

/** `keywords` and `things` as items, whether written as a comma string or a YAML list. */
export function listItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item).trim()).filter(Boolean);
  if (typeof value !== 'string') return [];
  return value
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Writes items back in the shape the file already uses: a list stays a
 * list, a comma string stays a comma string with the same separator (a
 * full-width comma stays full-width), and a missing field becomes a comma
 * string as in the reference format.
 */
export function writeListField(article: Article, key: string, items: readonly string[]): Article {
  const current = article.data[key];
  if (Array.isArray(current)) return setField(article, key, [...items]);
  const written = typeof current === 'string' ? current : '';
  const separator = written.includes('，') ? '，' : written.includes('、') ? '、' : /,(?!\s)/.test(written) && !/,\s/.test(written) ? ',' : ', ';
  return setField(article, key, items.join(separator));
}
