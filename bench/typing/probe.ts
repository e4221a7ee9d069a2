/**
 * What runs inside the page (the app or the bare-textarea peer), installed
 * before any of the page's own scripts (Playwright's addInitScript). These
 * functions are sent to the browser as source text, so each must be
 * self-contained: no imports, no helpers from this module. The bench's
 * TypeScript has no DOM library (it is a Node program); the few browser
 * APIs used are described by the small interfaces below.
 */

/** One Event Timing entry, as kept: keydown, keypress, beforeinput and input only. */
export interface EventRecord {
  readonly name: string;
  readonly startTime: number;
  readonly duration: number;
  readonly interactionId: number;
}

export interface ProbeData {
  /** Event Timing entries (type 'event', durationThreshold 16, buffered) for keyboard and input events. */
  readonly events: EventRecord[];
  /** Long tasks (type 'longtask': every task over 50 ms on the page's main thread). */
  readonly longTasks: { readonly startTime: number; readonly duration: number }[];
  /**
   * Long animation frames (type 'long-animation-frame', over 50 ms) with the
   * scripts that ran in them: what a long task was, when one comes. A frame
   * without scripts over 50 ms was style, layout or paint, or the thread
   * not running at all.
   */
  readonly longFrames: LongFrameRecord[];
  /** Each keydown's timestamp (the same clock and value as its Event Timing startTime). */
  readonly keys: number[];
  /**
   * Each keydown's next frame: the time a message posted from the first
   * animation frame after the keydown is delivered, i.e. just after that
   * frame was produced. Finer than Event Timing's 8 ms steps, though an
   * estimate of the paint, not the paint itself.
   */
  readonly frames: { readonly key: number; readonly frame: number }[];
  readonly clicks: number[];
  /** The library shows an article entry (DOM committed) and the main thread has come back once. */
  shellReady: number | null;
  /** The body editor is in the page, holds the article's text, and is neither read-only nor disabled. */
  editorReady: number | null;
  /** Set by armSettle once the preview is settled with the marker in its frame. */
  settledAt: number | null;
  /** While set, every keydown takes 25 ms, so its Event Timing entry must come (see calibrate). */
  calibrating: number | null;
}

export interface LongFrameRecord {
  readonly startTime: number;
  readonly duration: number;
  /** From the frame's style and layout to its end: style, layout, paint and commit. */
  readonly renderingMs: number;
  /** Scripts of 5 ms and more: who called them (an event, a timer, a message…) and where the code is. */
  readonly scripts: { readonly invoker: string; readonly source: string; readonly duration: number }[];
}

export interface ProbeConfig {
  /** Text that an entry of the library contains (the article's path and title); empty for the peer page. */
  readonly libraryNeedles: readonly string[];
  readonly editorLabel: string;
  /** The editor counts as ready once its value contains this (the article's last words). */
  readonly editorNeedle: string;
}

interface Element {
  readonly textContent: string | null;
  readonly value?: string;
  readonly readOnly?: boolean;
  readonly disabled?: boolean;
  readonly contentDocument?: { readonly body: Element | null } | null;
  getAttribute(name: string): string | null;
}

interface PageGlobal {
  __bench?: ProbeData;
  readonly document: { querySelector(selector: string): Element | null; querySelectorAll(selector: string): ArrayLike<Element> };
  readonly performance: { now(): number };
  readonly PerformanceObserver: new (callback: (list: { getEntries(): (EventRecord & LongFrameEntry & { entryType: string })[] }) => void) => { observe(options: object): void };
  readonly MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  readonly MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: unknown): void } };
  requestAnimationFrame(callback: () => void): number;
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
}

/** The parts of a PerformanceLongAnimationFrameTiming entry that are kept. */
interface LongFrameEntry {
  readonly styleAndLayoutStart?: number;
  readonly scripts?: readonly { readonly invoker: string; readonly sourceURL: string; readonly sourceFunctionName: string; readonly duration: number }[];
}

/** The init script: observers and listeners, and the watch for the shell and the editor while the page loads. */
export function installProbe(config: ProbeConfig): void {
  const page = globalThis as unknown as PageGlobal;
  const data: ProbeData = { events: [], longTasks: [], longFrames: [], keys: [], frames: [], clicks: [], shellReady: null, editorReady: null, settledAt: null, calibrating: null };
  page.__bench = data;
  const KEPT = ['keydown', 'keypress', 'beforeinput', 'input'];
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (KEPT.includes(entry.name)) data.events.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, interactionId: entry.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) data.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new page.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration <= 50) continue;
      const renderingMs = entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0;
      const scripts = (entry.scripts ?? [])
        .filter((script) => script.duration >= 5)
        .map((script) => ({ invoker: script.invoker, source: `${script.sourceFunctionName || '(anonymous)'} ${script.sourceURL.split('/').pop() ?? ''}`.trim(), duration: script.duration }));
      data.longFrames.push({ startTime: entry.startTime, duration: entry.duration, renderingMs, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  // The next frame after a keydown: a message posted from the next animation frame runs once that frame is done.
  const afterNextFrame = (then: () => void) => {
    page.requestAnimationFrame(() => {
      const channel = new page.MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  };
  page.addEventListener(
    'keydown',
    (event) => {
      if (data.calibrating !== null) {
        const started = page.performance.now();
        while (page.performance.now() - started < 25);
      }
      data.keys.push(event.timeStamp);
      afterNextFrame(() => data.frames.push({ key: event.timeStamp, frame: page.performance.now() }));
    },
    true,
  );
  page.addEventListener('click', (event) => data.clicks.push(event.timeStamp), true);

  // Until the editor is ready: checked on every DOM change and every frame, then the watch stops so typing pays nothing for it.
  const entrySelector = 'button, a, [role="button"], [role="link"], [role="treeitem"], [role="option"]';
  const hasLibraryEntry = () => {
    if (config.libraryNeedles.length === 0) return true;
    const entries = page.document.querySelectorAll(entrySelector);
    for (let index = 0; index < entries.length; index++) {
      const text = entries[index]!.textContent ?? '';
      if (config.libraryNeedles.some((needle) => text.includes(needle))) return true;
    }
    return false;
  };
  const editorIsReady = () => {
    const editor = page.document.querySelector(`textarea[aria-label="${config.editorLabel}"]`);
    return !!editor && !editor.readOnly && !editor.disabled && (editor.value ?? '').includes(config.editorNeedle);
  };
  let shellSeen = false;
  let done = false;
  const check = () => {
    if (done) return;
    if (!shellSeen && hasLibraryEntry()) {
      shellSeen = true;
      // Interactive: the commit that showed the library is over and the main thread takes the next task.
      const channel = new page.MessageChannel();
      channel.port1.onmessage = () => (data.shellReady = page.performance.now());
      channel.port2.postMessage(null);
    }
    if (data.editorReady === null && editorIsReady()) {
      data.editorReady = page.performance.now();
      done = true;
      observer.disconnect();
    }
  };
  const observer = new page.MutationObserver(check);
  observer.observe(page.document, { childList: true, subtree: true, attributes: true });
  const everyFrame = () => {
    check();
    if (!done) page.requestAnimationFrame(everyFrame);
  };
  page.requestAnimationFrame(everyFrame);
}

/** Outcome of looking for the preview's hooks. */
export type PreviewHooks = { readonly ok: true } | { readonly ok: false; readonly missing: string };

export function findPreviewHooks(): PreviewHooks {
  const page = globalThis as unknown as PageGlobal;
  const pane = page.document.querySelector('[data-testid="preview"]');
  if (!pane) return { ok: false, missing: 'no [data-testid="preview"] element' };
  const state = pane.getAttribute('data-preview-state');
  if (state !== 'pending' && state !== 'settled') return { ok: false, missing: `[data-testid="preview"] has data-preview-state=${JSON.stringify(state)}, not "pending" or "settled"` };
  const frame = page.document.querySelector('[data-testid="preview-frame"]');
  if (!frame) return { ok: false, missing: 'no [data-testid="preview-frame"] iframe' };
  if (!frame.contentDocument) return { ok: false, missing: '[data-testid="preview-frame"] is not same-origin (its contentDocument is null)' };
  return { ok: true };
}

/**
 * Watches for the preview to be settled with `marker` in its frame, and
 * records the moment in `__bench.settledAt`. Armed before the keystroke that
 * completes the marker, so the moment is caught as it happens (an attribute
 * change, or a frame), not when the bench next asks.
 */
export function armSettle(marker: string): void {
  const page = globalThis as unknown as PageGlobal;
  const data = page.__bench!;
  data.settledAt = null;
  const settled = () => {
    // Looked up each time: the pane may be re-mounted while the watch runs.
    if (page.document.querySelector('[data-testid="preview"]')?.getAttribute('data-preview-state') !== 'settled') return false;
    const body = page.document.querySelector('[data-testid="preview-frame"]')?.contentDocument?.body;
    return !!body && (body.textContent ?? '').includes(marker);
  };
  let done = false;
  const check = () => {
    if (done || !settled()) return;
    done = true;
    data.settledAt = page.performance.now();
    observer.disconnect();
  };
  const observer = new page.MutationObserver(check);
  const pane = page.document.querySelector('[data-testid="preview"]');
  if (pane) observer.observe(pane, { attributes: true, attributeFilter: ['data-preview-state'] });
  const everyFrame = () => {
    check();
    if (!done) page.requestAnimationFrame(everyFrame);
  };
  page.requestAnimationFrame(everyFrame);
}

/** The preview is settled and shows `marker` now (used before typing starts). */
export function previewShows(marker: string): boolean {
  const page = globalThis as unknown as PageGlobal;
  if (page.document.querySelector('[data-testid="preview"]')?.getAttribute('data-preview-state') !== 'settled') return false;
  const body = page.document.querySelector('[data-testid="preview-frame"]')?.contentDocument?.body;
  return !!body && (body.textContent ?? '').includes(marker);
}

export function readProbe(): ProbeData {
  return (globalThis as unknown as PageGlobal).__bench!;
}

/**
 * Event Timing can only report a keystroke once the browser says its frame
 * was presented. Headless Chromium withholds that for a page with a large
 * textarea (entries then arrive in bursts of ~80, each seconds late, or never),
 * which would read as keystrokes under 16 ms. So before measuring, two
 * keystrokes are made slow on purpose (calibrating): their entries must
 * arrive within a few seconds, or Event Timing is reported as unavailable.
 */
export function startCalibration(): void {
  const data = (globalThis as unknown as PageGlobal).__bench!;
  data.calibrating = data.keys.length;
}

export function stopCalibration(): void {
  (globalThis as unknown as PageGlobal).__bench!.calibrating = null;
}

/** Every keydown since calibration began has its Event Timing entry. */
export function calibrated(since: number): boolean {
  const data = (globalThis as unknown as PageGlobal).__bench!;
  const keys = data.keys.slice(since);
  return keys.length > 0 && keys.every((key) => data.events.some((entry) => entry.name === 'keydown' && Math.abs(entry.startTime - key) < 0.5));
}

/** For waitForFunction (each self-contained, like everything sent to the page). */
export function shellShown(): boolean {
  return (globalThis as unknown as PageGlobal).__bench?.shellReady != null;
}

export function editorShown(): boolean {
  return (globalThis as unknown as PageGlobal).__bench?.editorReady != null;
}

export function settleSeen(): boolean {
  return (globalThis as unknown as PageGlobal).__bench?.settledAt != null;
}
