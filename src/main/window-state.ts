import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the window was and whether it was maximized, kept between launches
 * in `<userData>/window-state.json`. Plain Node and plain data (displays are
 * passed in) so it is tested without Electron.
 */
export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** The normal (not maximized) bounds. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** What a display offers a window: Electron's Display has more, `workArea` (screen minus task bars) is what matters. */
export interface DisplayArea {
  readonly workArea: Rect;
}

/** A missing, unreadable or hand-mangled file means "nothing remembered": the window opens at its default size. */
export function readWindowState(userDataDir: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as Record<string, unknown>;
  if (!isRect(bounds) || typeof maximized !== 'boolean') return null;
  return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized };
}

/**
 * Synchronous on purpose: it runs in the window's `close` handler, and the
 * process may exit right after. Atomic (temp file, fsync, rename), so a
 * crash leaves the old file or the new one.
 */
export function writeWindowState(userDataDir: string, state: WindowState): void {
  mkdirSync(userDataDir, { recursive: true });
  const target = join(userDataDir, WINDOW_STATE_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const handle = openSync(temporary, 'w');
    try {
      writeSync(handle, `${JSON.stringify(state, null, 2)}\n`);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was left behind
    }
    throw error;
  }
}

export interface Placement {
  /** Absent x/y: Electron centres the window. */
  readonly bounds: Size & Partial<Pick<Rect, 'x' | 'y'>>;
  readonly maximized: boolean;
}

/**
 * Where to open the window: the remembered bounds, moved and shrunk to lie
 * wholly on the display they overlap most (or the primary one, first in
 * `displays`, when they overlap none: a monitor was unplugged), so the
 * window never opens out of reach.
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayArea[], defaults: Size, minimum: Size): Placement {
  const primary = displays[0];
  if (saved === null || primary === undefined) return { bounds: { ...defaults }, maximized: false };
  const overlapping = displays
    .map((display) => ({ area: display.workArea, overlap: overlapArea(display.workArea, saved.bounds) }))
    .sort((a, b) => b.overlap - a.overlap)[0];
  const onScreen = overlapping !== undefined && overlapping.overlap > 0;
  const area = onScreen ? overlapping.area : primary.workArea;
  const width = Math.min(Math.max(saved.bounds.width, minimum.width), area.width);
  const height = Math.min(Math.max(saved.bounds.height, minimum.height), area.height);
  const x = onScreen ? clamp(saved.bounds.x, area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = onScreen ? clamp(saved.bounds.y, area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}
