/**
 * What every SEO check reports: one problem in one article, pointing at a
 * file line, optionally with an automatic fix. Checks live in their own
 * modules (jsonld/, seo/ rules); this type is the one they share so the
 * editor can list, jump to and apply them the same way.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** Replace `start..end` (offsets in the whole file text, end exclusive) with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FindingFix {
  /** What the fix does, as a button label ("Replace the embedded JSON-LD with the generated blocks"). */
  readonly title: string;
  /** Non-overlapping edits, all against the same original text. */
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  /** `area/rule-name`, e.g. `jsonld/headline-too-long`. */
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  /** 1-based line in the whole file (frontmatter included). */
  readonly line: number;
  readonly fix?: FindingFix;
}

/**
 * Applies a fix's edits to the text they were computed against. Edits are
 * applied from the last to the first so that earlier offsets stay valid;
 * overlapping or out-of-range edits mean the text changed since the fix was
 * made, so they are refused rather than guessed at.
 */
export function applyFix(text: string, fix: Pick<FindingFix, 'edits'>): string {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = 0;
  for (const edit of edits) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < previousEnd || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`fix edit ${edit.start}..${edit.end} overlaps another edit or lies outside the text (length ${text.length})`);
    }
    previousEnd = edit.end;
  }
  let result = text;
  for (let index = edits.length - 1; index >= 0; index--) {
    const edit = edits[index]!;
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
