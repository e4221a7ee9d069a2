/**
 * An FAQ item written in an article body as
 *
 *     <details>
 *       <summary>Question?</summary>
 *       <p>Answer, in HTML</p>        (or Markdown, after a blank line)
 *     </details>
 *
 * Offsets and lines are relative to the body string the model was given
 * (0-based offsets, 1-based lines); callers add the body's first file line.
 */
export interface FaqItem {
  /** The question as plain text (inline markup and entities resolved). */
  readonly question: string;
  /** The `<summary>` content exactly as written. */
  readonly questionSource: string;
  /** The answer exactly as written between `</summary>` and `</details>`, with common indentation removed and blank edges trimmed. */
  readonly answerSource: string;
  /** 'html' when the answer starts with a block-level HTML tag, else 'markdown'. */
  readonly answerFormat: 'html' | 'markdown';
  /** Whether the block was written `<details open>`. */
  readonly open: boolean;
  /** Offset of the `<` of `<details` and just past the `>` of `</details>`. */
  readonly start: number;
  readonly end: number;
  /** Lines of `<details` and `</details>`. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface FaqSection {
  /** The "Frequently Asked Questions" heading (Markdown `##` or HTML `<h2>`), when there is one. */
  readonly heading: { readonly text: string; readonly level: number; readonly line: number; readonly start: number; readonly end: number } | null;
  /** Every FAQ item in the body, in order. */
  readonly items: readonly FaqItem[];
}
