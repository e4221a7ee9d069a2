import { deleteField, parseArticle, serializeArticle, setField, type Article, type FieldValue } from '../../../core/article';

/** Keys the form has its own controls for; the rest appear under "Other fields". */
export const FORM_KEYS = new Set([
  'title', 'description', 'og_title', 'og_description', 'twitter_title', 'twitter_description',
  'date', 'date_updated_at', 'breadcrumbs', 'keywords', 'things', 'draft', 'image', 'image_alt',
]);

const FOLLOWERS: Record<string, readonly string[]> = {
  title: ['og_title', 'twitter_title'],
  description: ['og_description', 'twitter_description'],
};

/**
 * Sets a field through the lossless path. Changing the title or the
 * description carries along the fields linked to it (written out equal to
 * it, as the reference format does) and, for the title, a breadcrumb trail
 * that ends in it; fields left empty follow by fallback and stay empty.
 */
export function setFormField(article: Article, key: string, value: FieldValue): Article {
  const previous = article.data[key];
  let next = setField(article, key, value);
  if (typeof previous !== 'string' || typeof value !== 'string' || previous === '') return next;
  for (const follower of FOLLOWERS[key] ?? []) {
    if (next.data[follower] === previous) next = setField(next, follower, value);
  }
  const crumbs = next.data.breadcrumbs;
  if (key === 'title' && typeof crumbs === 'string' && crumbs.split('/').at(-1)?.trim() === previous.trim()) {
    next = setField(next, 'breadcrumbs', `${crumbs.slice(0, crumbs.lastIndexOf('/') + 1)}${value}`);
  }
  return next;
}

/** Applies one form change to the whole file text. */
export function editText(text: string, change: (article: Article) => Article): string {
  return serializeArticle(change(parseArticle(text)));
}

export function removeField(article: Article, key: string): Article {
  return deleteField(article, key);
}
