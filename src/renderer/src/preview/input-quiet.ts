/**
 * When the writer last typed. The preview applies a new page only once the
 * keyboard has been quiet for a moment, so that laying the page out does
 * not share a frame with a keystroke's, and a page that appears a few tens
 * of milliseconds later is not noticed. The moment is the same for every
 * length: waiting longer for a long page (it used to be up to 60 ms at
 * 200 KB) put its frame late in the gap before the next keystroke, which
 * then waited a vsync (see AFTER_KEYSTROKE_MS in use-typed-body).
 */
let lastInputAt = -Infinity;

export const QUIET_MS = 20;

export function watchInput(target: Pick<Window, 'addEventListener'>): void {
  const note = () => {
    lastInputAt = performance.now();
  };
  target.addEventListener('keydown', note, true);
  target.addEventListener('input', note, true);
}

/** Milliseconds to wait before the keyboard has been quiet for `quietMs` (0: now). */
export function untilQuiet(quietMs = QUIET_MS, now = performance.now()): number {
  return Math.max(0, lastInputAt + quietMs - now);
}
