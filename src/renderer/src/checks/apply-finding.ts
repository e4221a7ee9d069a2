import { articleHead, isArticleError, parseArticle, type Article } from '../../../core/article';
import { applyFix, type FileFinding } from '../../../core/seo';
import type { ArticleEditorHandle } from '../editor/ArticleEditor';

function parsed(text: string): Article | null {
  try {
    return parseArticle(text);
  } catch (error) {
    if (isArticleError(error)) return null;
    throw error;
  }
}

/**
 * Applies a finding's fix to the open article. A fix that only touches the
 * body goes through the editor (one undo step); one that touches the
 * frontmatter replaces the file text. The fix's offsets belong to the text
 * the checks read: if the editor has moved on, nothing is applied.
 * Returns why it was not applied, or null.
 */
export function applyFindingFix(editor: Pick<ArticleEditorHandle, 'text' | 'setText' | 'bridge'>, finding: FileFinding, checkedText: string | null): string | null {
  const text = editor.text();
  if (!finding.fix || text === null) return 'Nothing to fix.';
  if (text !== checkedText) return 'The article changed since it was checked; try again once the checks have caught up.';
  const next = applyFix(text, finding.fix);
  const before = parsed(text);
  const after = parsed(next);
  const bridge = editor.bridge();
  // Through the editor (one undo step) only when it holds exactly the body:
  // a raw-file editor holds the whole file, and a hidden one takes no edits.
  const bodyOnly = before && after && articleHead(before) === articleHead(after) && bridge?.body() === before.body.replace(/\r\n/g, '\n');
  if (bodyOnly && bridge) {
    try {
      bridge.replaceBody(after.body.replace(/\r\n/g, '\n'));
      return null;
    } catch {
      // The text box refused the edit (hidden behind the Fields tab): set the text instead.
    }
  }
  editor.setText(next);
  return null;
}
