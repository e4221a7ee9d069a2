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

/** A render longer than this (articles of about half a megabyte and up) would keep a core busy through fast typing. */
const LONG_RENDER_MS = 50;

/**
 * How long the keyboard must be quiet before a text goes to the preview's
 * worker, given how long the last render took. Long enough for the
 * keystroke's frame, so the render does not take the second core from it
 * (this machine has two); holding a short render longer, as long as it
 * takes (which it used to), put the new page late in the gap before the
 * next keystroke. A long render waits for a real pause: typing faster than
 * it renders would otherwise keep the worker busy without a break.
 */
export function quietBeforeSending(renderMs: number): number {
  return renderMs > LONG_RENDER_MS ? LONG_RENDER_MS : QUIET_MS;
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
