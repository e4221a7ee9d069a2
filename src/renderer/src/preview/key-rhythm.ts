/**
 * How fast the writer is typing: the median gap between the keystrokes of
 * the current burst. A pause longer than BURST_GAP_MS ends a burst; a
 * rhythm needs a few gaps, so two keys in a row are not yet one.
 */
export const BURST_GAP_MS = 400;
const GAPS_KEPT = 9;
const GAPS_NEEDED = 3;

export class KeyRhythm {
  private lastKeyAt = -Infinity;
  private readonly gaps: number[] = [];

  key(at: number): void {
    const gap = at - this.lastKeyAt;
    // A clock that went back (never in a page; in tests with a fake clock) starts a new burst too.
    if (gap > BURST_GAP_MS || gap < 0) this.gaps.length = 0;
    else {
      this.gaps.push(gap);
      if (this.gaps.length > GAPS_KEPT) this.gaps.shift();
    }
    this.lastKeyAt = at;
  }

  /** Milliseconds since the last keystroke. */
  sinceKey(now: number): number {
    return now - this.lastKeyAt;
  }

  /** The usual gap between keystrokes while the writer types on, or null outside a burst. */
  rhythm(now: number): number | null {
    if (this.gaps.length < GAPS_NEEDED || now - this.lastKeyAt > BURST_GAP_MS) return null;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  }
}
