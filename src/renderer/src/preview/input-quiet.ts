/**
 * When the writer last typed. The preview applies a new page only once the
 * keyboard has been quiet for a moment, so that laying the page out does
 * not share a frame with a keystroke's, and a page that appears a few tens
 * of milliseconds later is not noticed. The moment is the same for every
 * length: waiting longer for a long page (it used to be up to 60 ms at
 * 200 KB) put its frame late in the gap before the next keystroke, which
 * then waited a vsync (see AFTER_KEYSTROKE_MS in use-typed-body). For
 * the same reason a page that comes late in the gap waits for the next
 * keystroke or a pause (waitBeforeDrawing).
 */
import { KeyRhythm } from './key-rhythm';

let lastInputAt = -Infinity;
const keys = new KeyRhythm();

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

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

export function watchInput(target: Pick<Window, 'addEventListener'>): void {
  const note = () => {
    lastInputAt = performance.now();
  };
  target.addEventListener(
    'keydown',
    (event) => {
      note();
      // A modifier pressed on its own draws nothing: counted, Shift→letter gaps would make the rhythm look fast.
      if (!MODIFIER_KEYS.has(event.key)) keys.key(lastInputAt);
    },
    true,
  );
  target.addEventListener('input', note, true);
}

/** Milliseconds to wait before the keyboard has been quiet for `quietMs` (0: now). */
export function untilQuiet(quietMs = QUIET_MS, now = performance.now()): number {
  return Math.max(0, lastInputAt + quietMs - now);
}

/**
 * How long after a page is applied the compositor stays busy with it: the
 * page's frame (about 6 ms to start, 8 to draw at 200 KB) and the two
 * vsyncs it keeps asking for frames afterwards. A keystroke that comes
 * within this is not drawn at once but waits for the next vsync.
 */
export const DRAW_TAIL_MS = 40;
/** How much later than the usual gap the next keystroke may come before the writer counts as paused. */
export const PAUSE_MARGIN_MS = 15;

/**
 * Milliseconds to wait before drawing a new page (0: now), given the time
 * since the last keystroke and the typing rhythm (null: not typing on).
 * Right after a keystroke, as untilQuiet. Later in the gap, a page whose
 * drawing would still be going on when the next keystroke is due waits for
 * that keystroke (it is then drawn early in the next gap, one keystroke
 * behind) or for the writer to pause. On a busy machine renders come late,
 * and drawing them then made the next keystroke wait a frame (at 200 KB
 * with another process using one core, keystroke-to-paint p95 32 ms against
 * 23 ms with the page left alone).
 */
export function waitBeforeDrawing(sinceKeyMs: number, rhythmMs: number | null): number {
  if (sinceKeyMs < QUIET_MS) return QUIET_MS - sinceKeyMs;
  if (rhythmMs === null || sinceKeyMs + DRAW_TAIL_MS <= rhythmMs) return 0;
  // Keys too fast for any moment to be early enough (a held key repeating, a burst): holding would draw nothing until they stop.
  if (rhythmMs < QUIET_MS + DRAW_TAIL_MS) return 0;
  return Math.max(0, rhythmMs + PAUSE_MARGIN_MS - sinceKeyMs);
}

/** waitBeforeDrawing for this window's keystrokes, now. */
export function untilSafeToDraw(now = performance.now()): number {
  const quiet = untilQuiet(QUIET_MS, now);
  return quiet > 0 ? quiet : waitBeforeDrawing(keys.sinceKey(now), keys.rhythm(now));
}
