import { lineAt, type Article, type FrontmatterData } from '../article';

/**
 * Frontmatter is written by hand, so the same field arrives in several
 * shapes: `keywords: "a, b"` or a YAML list, `title: 2024` as a number.
 * These readers accept the reasonable shapes and ignore the rest.
 */

/** A field as trimmed text, or undefined when it is missing, empty or not a scalar. */
export function textField(data: FrontmatterData, key: string): string | undefined {
  const text = scalarText(data[key]);
  return text === '' ? undefined : text;
}

/** A comma-separated string or a YAML list, as trimmed, non-empty items. */
export function listField(data: FrontmatterData, key: string): string[] {
  const value = data[key];
  const items = Array.isArray(value) ? value.map(scalarText) : scalarText(value).split(',');
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** `"Home/Blog/Title"` → crumb names. Only the string form, as the page's breadcrumb nav reads it. */
export function breadcrumbNamesField(data: FrontmatterData, key: string): string[] {
  const value = data[key];
  return typeof value === 'string' ? value.split('/').map((item) => item.trim()).filter((item) => item !== '') : [];
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** 1-based file line of a top-level frontmatter key, or null when the key is not written. */
export function frontmatterKeyLine(article: Article, key: string): number | null {
  const yamlStart = article.layout.frontmatter?.yamlStart;
  if (yamlStart === undefined) return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:`, 'm').exec(article.yaml);
  return match ? lineAt(article.text, yamlStart + match.index) : null;
}
