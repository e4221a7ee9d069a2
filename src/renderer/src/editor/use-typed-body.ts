import { useCallback, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { QUIET_MS } from '../preview/input-quiet';

/**
 * How long after the newest keystroke the document takes it, whatever the
 * article's length: long enough for the keystroke's frame to be drawn and
 * shown with nothing else competing for the cores (about 12 ms for a 20 KB
 * article on a 2-core machine without a GPU, 15 ms at 200 KB; applying
 * right after the frame, or 15 ms on, still slowed that frame), and early
 * enough that the preview's new page lands early in the gap before the
 * next keystroke. After a frame the compositor keeps asking for frames for
 * about two vsyncs; a keystroke that comes then is not drawn at once but
 * waits for the next vsync. With 40 ms here at 200 KB (it used to grow with
 * the text) the page landed 65-75 ms after a keystroke, and at 100 ms
 * between keys, 10-40 of 86 keystrokes were 5-12 ms late; with 20 ms it
 * lands about 50 ms after, and 0-8 were (Chromium traces, 6 runs each:
 * keystroke-to-paint p95 26.2 ms at the median, now 18.8).
 */
const AFTER_KEYSTROKE_MS = QUIET_MS;
/** The longest a typed text waits while the writer keeps typing. */
const MAX_WAIT_MS = 100;

interface Scheduled {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly deadline: ReturnType<typeof setTimeout>;
}

/**
 * Typing reaches the document after the keystroke is painted. The text box
 * shows a keystroke by itself; everything the document drives (the save
 * state, the dirty marker, the preview and checks, backups, autosave) can
 * follow a moment later without anyone seeing the difference, and doing it
 * in the keystroke's own frame is what made long articles miss the frame.
 * Keystrokes that come before the apply are merged: the newest body wins.
 *
 * `settle()` applies a waiting body at once, rendered before it returns:
 * whatever reads the document (saving, switching articles, fixes, a reload
 * from disk) calls it first, so it never sees the text a keystroke behind.
 */
export function useTypedBody(apply: (body: string) => void): { typed: (body: string) => void; settle: () => void } {
  const pending = useRef<string | null>(null);
  const scheduled = useRef<Scheduled | null>(null);
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  }, [apply]);

  const cancel = useCallback(() => {
    const timers = scheduled.current;
    if (!timers) return;
    clearTimeout(timers.timer);
    clearTimeout(timers.deadline);
    scheduled.current = null;
  }, []);

  const settle = useCallback(() => {
    cancel();
    const body = pending.current;
    if (body === null) return;
    pending.current = null;
    flushSync(() => latestApply.current(body));
  }, [cancel]);

  const typed = useCallback(
    (body: string) => {
      pending.current = body;
      const deadline = scheduled.current?.deadline ?? setTimeout(settle, MAX_WAIT_MS);
      clearTimeout(scheduled.current?.timer);
      scheduled.current = { timer: setTimeout(settle, AFTER_KEYSTROKE_MS), deadline };
    },
    [settle],
  );

  // An editor going away drops a body still waiting: whoever closes it saves (or discards) through settle() first.
  useEffect(() => cancel, [cancel]);
  // Closing the window asks first when there are unsaved edits; a keystroke still waiting is one.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending.current !== null) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return { typed, settle };
}
