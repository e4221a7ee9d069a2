import { renderPair } from './render-field';

/** `2025-12-22 19:22:11`, the reference format's `date`, in the clock's local time. */
export function formatFrontmatterDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatFrontmatterDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** `2026-01-03`, the reference format's `date_updated_at`. */
export function formatFrontmatterDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A new article in the reference format: every SEO field present (empty
 * ones are the writer's to-do list) and a first section to start from.
 */
export function newArticleText(title: string, now: Date): string {
  const fields: [string, string][] = [
    ['title', title],
    ['description', ''],
    ['og_title', ''],
    ['og_description', ''],
    ['twitter_title', ''],
    ['twitter_description', ''],
    ['breadcrumbs', `Home/Blog/${title}`],
    ['things', ''],
    ['keywords', ''],
  ];
  const lines = [
    `date: ${formatFrontmatterDateTime(now)}`,
    `date_updated_at: ${formatFrontmatterDate(now)}`,
    ...fields.map(([key, value]) => renderPair(key, value, { scalarType: 'QUOTE_DOUBLE' })),
  ];
  return `---\n${lines.join('\n')}\n---\n\n## Introduction\n\n`;
}
