import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, WINDOW_STATE_FILE, writeWindowState, type DisplayArea, type WindowState } from './window-state';

const DEFAULTS = { width: 1280, height: 820 };
const MINIMUM = { width: 760, height: 480 };
const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorOnTheRight: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

const saved = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized });

describe('placeWindow', () => {
  it('opens at the default size, centred, when nothing was remembered', () => {
    expect(placeWindow(null, [laptop], DEFAULTS, MINIMUM)).toEqual({ bounds: DEFAULTS, maximized: false });
  });

  it('restores bounds that are on a display as they were, and the maximized state', () => {
    expect(placeWindow(saved(100, 80, 1000, 700, true), [laptop], DEFAULTS, MINIMUM)).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true });
    expect(placeWindow(saved(1600, 100, 1200, 900), [laptop, monitorOnTheRight], DEFAULTS, MINIMUM).bounds).toEqual({ x: 1600, y: 100, width: 1200, height: 900 });
  });

  it('pulls a window hanging off the edge fully onto the display it overlaps most', () => {
    expect(placeWindow(saved(1000, -40, 1000, 700), [laptop], DEFAULTS, MINIMUM).bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
    // Mostly on the monitor: it goes there, not to the laptop.
    expect(placeWindow(saved(1300, 100, 1000, 700), [laptop, monitorOnTheRight], DEFAULTS, MINIMUM).bounds).toEqual({ x: 1440, y: 100, width: 1000, height: 700 });
  });

  it('centres it on the primary display when its monitor was unplugged', () => {
    const placed = placeWindow(saved(2000, 200, 1800, 1000, true), [laptop], DEFAULTS, MINIMUM);
    expect(placed).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, maximized: true });
    expect(placeWindow(saved(5000, 5000, 800, 600), [laptop], DEFAULTS, MINIMUM).bounds).toEqual({ x: 320, y: 163, width: 800, height: 600 });
  });

  it('never makes it smaller than the minimum, nor larger than the display', () => {
    expect(placeWindow(saved(10, 30, 200, 100), [laptop], DEFAULTS, MINIMUM).bounds).toEqual({ x: 10, y: 30, width: 760, height: 480 });
    const tiny: DisplayArea = { workArea: { x: 0, y: 0, width: 700, height: 400 } };
    expect(placeWindow(saved(0, 0, 1000, 800), [tiny], DEFAULTS, MINIMUM).bounds).toEqual({ x: 0, y: 0, width: 700, height: 400 });
  });

  it('opens at the defaults when no display is known', () => {
    expect(placeWindow(saved(0, 0, 900, 700), [], DEFAULTS, MINIMUM)).toEqual({ bounds: DEFAULTS, maximized: false });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'window-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips, atomically, leaving no temp file', async () => {
    const state = saved(12, 34, 1100, 700, true);
    writeWindowState(join(dir, 'profile'), state);
    expect(readWindowState(join(dir, 'profile'))).toEqual(state);
    expect(await readdir(join(dir, 'profile'))).toEqual([WINDOW_STATE_FILE]);
    writeWindowState(join(dir, 'profile'), saved(0, 0, 800, 600));
    expect(JSON.parse(await readFile(join(dir, 'profile', WINDOW_STATE_FILE), 'utf8'))).toEqual(saved(0, 0, 800, 600));
  });

  it('reads nothing remembered from a missing or hand-mangled file', async () => {
    expect(readWindowState(join(dir, 'missing'))).toBeNull();
    for (const content of [
      '{not json',
      'null',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600}}',
      '{"bounds":{"x":0,"y":0,"width":800,"height":600},"maximized":"yes"}',
      '{"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}',
      '{"bounds":{"x":0,"y":0,"width":-800,"height":600},"maximized":false}',
      '{"bounds":null,"maximized":false}',
    ]) {
      await writeFile(join(dir, WINDOW_STATE_FILE), content);
      expect(readWindowState(dir), content).toBeNull();
    }
  });
});
