import type { Article } from '../article';
import { articleFacts, frontmatterKeyLine, type ArticleFacts } from '../facts';
import { renderMarkdownDocument, type RenderedMarkdown } from '../markdown';
import type { WorkspaceSettings } from '../site';
import { bodyHeadings, bodyParagraphs, type BodyHeading, type BodyParagraph } from './body-text';
import type { LintContext } from './lint-context';
import type { MeasureText } from './text-width';

/** One article, read once, as every rule sees it. */
export interface LintTarget {
  readonly path: string;
  readonly article: Article;
  readonly settings: WorkspaceSettings;
  readonly context: LintContext;
  readonly now: Date;
  /** Width in pixels at the title's font (Arial 20 px). */
  readonly measure: MeasureText;
  readonly facts: ArticleFacts;
  /** The body's images and links, lines in file lines. */
  readonly outline: RenderedMarkdown;
  /** Markdown and HTML headings, in order, file lines. */
  readonly headings: readonly BodyHeading[];
  /** Prose paragraphs (no code, tables or HTML), file lines. */
  readonly paragraphs: readonly BodyParagraph[];
  /** The file line of a frontmatter key, else of the fallback keys, else line 1. */
  keyLine(...keys: string[]): number;
}

export function lintTarget(input: Pick<LintTarget, 'path' | 'article' | 'settings' | 'context' | 'now' | 'measure'>): LintTarget {
  const { article } = input;
  const outline = renderMarkdownDocument(article.body, { firstLine: article.bodyLine });
  return {
    ...input,
    facts: articleFacts(article, input.settings, input.path, outline),
    outline,
    headings: bodyHeadings(article.body, article.bodyLine, outline.headings),
    paragraphs: bodyParagraphs(article.body, article.bodyLine),
    keyLine: (...keys) => {
      for (const key of keys) {
        const line = frontmatterKeyLine(article, key);
        if (line !== null) return line;
      }
      return 1;
    },
  };
}
