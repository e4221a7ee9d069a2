/** A point both panes know: an editor line and where the preview shows it. */
export interface ScrollAnchor {
  readonly line: number;
  readonly y: number;
}

/**
 * Where the preview should scroll for an editor line: between the two
 * headings around it, in proportion. Headings are the points both sides
 * agree on; between them, prose is roughly linear on both.
 */
export function followScroll(anchors: readonly ScrollAnchor[], line: number): number {
  if (anchors.length === 0) return 0;
  let before = anchors[0]!;
  if (line <= before.line) return before.y;
  for (const after of anchors.slice(1)) {
    if (line < after.line) {
      const span = after.line - before.line;
      return span <= 0 ? before.y : before.y + ((line - before.line) / span) * (after.y - before.y);
    }
    before = after;
  }
  return before.y;
}
