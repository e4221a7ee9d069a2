import { median, percentile } from '../shared/stats';
import type { LongFrameRecord, ProbeData } from './probe';

/**
 * Keystroke latencies from what the probe recorded.
 *
 * Event Timing: the keystroke is the keydown; its keypress, beforeinput and
 * input events come from the same key event and start within a millisecond
 * or two after it (keypress shares its interactionId; input has none). So
 * each kept entry belongs to the latest keydown at or before its startTime,
 * and a keystroke's latency runs from its keydown's timestamp to the latest
 * `startTime + duration` (the next paint after its handlers) among its
 * entries. Entries come only at 16 ms and over (durationThreshold 16; Chromium
 * rounds durations to 8 ms), so a keystroke without entries took under 16 ms:
 * it counts as BELOW, and a percentile that lands on it prints "< 16 ms".
 */
export const BELOW = 0;

export interface Distribution {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface KeystrokeFigures {
  readonly keystrokes: number;
  /**
   * Keystroke to presented frame, exact: Chromium's own EventLatency for
   * each key press, from the key event's creation to the presentation of
   * the frame that shows it (see presentedLatencies). Null when the trace
   * had none.
   */
  readonly presented: (Distribution & { readonly count: number }) | null;
  /** Keydown to next paint (Event Timing); BELOW means under 16 ms. */
  readonly eventTiming: Distribution & { readonly reported: number };
  /** Keydown to the end of the next frame (animation frame + message; see ProbeData.frames). */
  readonly nextFrame: Distribution;
  /** Main-thread tasks over 50 ms from the first keystroke to the end of typing (the last settle). */
  readonly longTasks: { readonly count: number; readonly maxMs: number; readonly totalMs: number; readonly what: readonly string[] };
}

const distribution = (values: readonly number[]): Distribution => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });

/**
 * The latencies (ms) of the key presses in a Chromium trace recorded with
 * the "input.scrolling" category: each EventLatency of type KEY_PRESSED, an
 * async span from the key event's creation (by the OS; for Playwright's
 * keys, by the browser when it is told to type one) to the presentation
 * of the first frame after its handlers ran. A keystroke typed through
 * Playwright is one key-down event that fires keydown, keypress and input
 * together, so the frame is the one that shows the character. Unlike Event
 * Timing, whose durations Chromium rounds to 8 ms, this is exact.
 */
export function presentedLatencies(trace: { readonly traceEvents?: readonly TraceEvent[] } | readonly TraceEvent[]): number[] {
  const events = Array.isArray(trace) ? (trace as readonly TraceEvent[]) : ((trace as { traceEvents?: readonly TraceEvent[] }).traceEvents ?? []);
  const begun = new Map<string, TraceEvent>();
  const latencies: number[] = [];
  for (const event of events) {
    if (event.name !== 'EventLatency' || (event.ph !== 'b' && event.ph !== 'e')) continue;
    const id = event.id2?.local ?? event.id2?.global ?? event.id;
    // Without an id a span cannot be told from another; Chromium gives every EventLatency one.
    if (id === undefined) continue;
    const key = `${event.pid}:${id}`;
    if (event.ph === 'b') begun.set(key, event);
    else {
      const start = begun.get(key);
      begun.delete(key);
      if (start?.args?.event_latency?.event_type === 'KEY_PRESSED') latencies.push((event.ts - start.ts) / 1000);
    }
  }
  return latencies;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly pid: number;
  readonly id?: string;
  readonly id2?: { readonly local?: string; readonly global?: string };
  readonly args?: { readonly event_latency?: { readonly event_type?: string } };
}

export function keystrokeFigures(probe: ProbeData, from: number, until: number, presented: readonly number[] = []): KeystrokeFigures {
  const keys = probe.keys.filter((key) => key >= from && key <= until);
  const latest = new Map<number, number>(keys.map((key) => [key, BELOW]));
  for (const entry of probe.events) {
    if (entry.startTime < from || entry.startTime > until) continue;
    // The latest keydown at or before the entry (keys are in order).
    let owner: number | undefined;
    for (const key of keys) {
      if (key <= entry.startTime + 0.001) owner = key;
      else break;
    }
    if (owner === undefined) continue;
    latest.set(owner, Math.max(latest.get(owner)!, entry.startTime + entry.duration - owner));
  }
  const eventLatencies = [...latest.values()];
  const frames = probe.frames.filter((frame) => frame.key >= from && frame.key <= until).map((frame) => frame.frame - frame.key);
  const tasks = probe.longTasks.filter((task) => task.startTime + task.duration >= from && task.startTime <= until);
  return {
    keystrokes: keys.length,
    presented: presented.length ? { ...distribution(presented), count: presented.length } : null,
    eventTiming: { ...distribution(eventLatencies), reported: eventLatencies.filter((latency) => latency !== BELOW).length },
    nextFrame: distribution(frames),
    longTasks: {
      count: tasks.length,
      maxMs: tasks.length ? Math.max(...tasks.map((task) => task.duration)) : 0,
      totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      what: tasks.map((task) => describeLongTask(task, probe.longFrames, keys)),
    },
  };
}

/**
 * A long task in words: when it came (after which keystroke) and what its
 * long animation frame says ran in it, so a report can tell the app's own
 * work from the machine's (a task the thread spent descheduled has no script).
 */
export function describeLongTask(task: { readonly startTime: number; readonly duration: number }, frames: readonly LongFrameRecord[], keys: readonly number[]): string {
  const key = keys.findLastIndex((time) => time <= task.startTime + 1);
  const when = key < 0 ? 'before the first keystroke' : `${(task.startTime - keys[key]!).toFixed(0)} ms after keystroke ${key + 1}`;
  const frame = frames.find((candidate) => candidate.startTime <= task.startTime + 1 && task.startTime < candidate.startTime + candidate.duration);
  const ran = !frame
    ? 'no long animation frame reported'
    : frame.scripts.length
      ? frame.scripts.map((script) => `${script.invoker} → ${script.source} ${script.duration.toFixed(0)} ms`).join(', ')
      : `no script over 5 ms (style, layout and paint ${frame.renderingMs.toFixed(0)} ms)`;
  return `${task.duration.toFixed(0)} ms, ${when}: ${ran}`;
}

export function settleSummary(settles: readonly number[]): { readonly medianMs: number; readonly maxMs: number; readonly runs: readonly number[] } | null {
  return settles.length === 0 ? null : { medianMs: median(settles), maxMs: Math.max(...settles), runs: settles };
}
