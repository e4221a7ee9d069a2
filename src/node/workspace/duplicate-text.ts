import { parseArticle, setField } from '../../core/article';
import { textField } from '../../core/facts';

/**
 * The text of an article's copy: the title gets " (copy)" so the two are
 * told apart in the library, through the lossless setField (only the title's
 * value changes). A file without a title, or whose frontmatter does not
 * parse, is copied exactly: guessing at broken YAML could damage it.
 */
export function duplicateText(text: string): string {
  try {
    const article = parseArticle(text);
    const raw = article.data.title;
    if (textField(article.data, 'title') === undefined) return text;
    return setField(article, 'title', `${typeof raw === 'string' ? raw : String(raw)} (copy)`).text;
  } catch {
    return text;
  }
}
