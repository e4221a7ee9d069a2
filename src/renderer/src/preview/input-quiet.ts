/**
 * When the writer last typed. The preview applies a new page only once the
 * keyboard has been quiet for a moment: laying out a long page in the same
 * thread between two keystrokes is what made typing in long articles lag,
 * and a page that appears a few tens of milliseconds later is not noticed.
 */
let lastInputAt = -Infinity;

export const QUIET_MS = 20;

/**
 * How long the keyboard must be quiet before a page is applied: a small page
 * is laid out in a few milliseconds and can follow the typing closely; a long
 * one takes long enough that it must wait for a real pause (measured with
 * the typing benchmark: 20 ms suits 20 KB, 60 ms suits 200 KB).
 */
export function quietBeforeApplying(pageLength: number): number {
  return Math.min(60, QUIET_MS + pageLength / 5000);
}

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
