import { describe, expect, it } from 'vitest';
import { DRAW_TAIL_MS, PAUSE_MARGIN_MS, QUIET_MS, quietBeforeSending, waitBeforeDrawing } from './input-quiet';

describe('quietBeforeSending', () => {
  it('sends a text that renders quickly once the keystroke has had its frame', () => {
    expect(quietBeforeSending(0)).toBe(QUIET_MS);
    expect(quietBeforeSending(35)).toBe(QUIET_MS);
  });

  it('holds a text that renders slowly until the writer pauses, so fast typing does not keep the worker busy', () => {
    expect(quietBeforeSending(95)).toBeGreaterThan(QUIET_MS);
    expect(quietBeforeSending(95)).toBeLessThanOrEqual(95);
  });
});

describe('waitBeforeDrawing', () => {
  it('waits out the keystroke’s own frame first, as untilQuiet', () => {
    expect(waitBeforeDrawing(5, null)).toBe(QUIET_MS - 5);
    expect(waitBeforeDrawing(5, 100)).toBe(QUIET_MS - 5);
  });

  it('draws at once when the writer is not typing on', () => {
    expect(waitBeforeDrawing(QUIET_MS, null)).toBe(0);
    expect(waitBeforeDrawing(300, null)).toBe(0);
  });

  it('draws at once when its frames end before the next keystroke is due', () => {
    expect(waitBeforeDrawing(100 - DRAW_TAIL_MS, 100)).toBe(0);
    expect(waitBeforeDrawing(30, 250)).toBe(0);
  });

  it('draws at once when keys come too fast for any moment to be early enough (a held key repeating)', () => {
    expect(waitBeforeDrawing(QUIET_MS + 5, QUIET_MS + DRAW_TAIL_MS - 1)).toBe(0);
    expect(waitBeforeDrawing(QUIET_MS + 5, 33)).toBe(0);
  });

  it('holds a page that comes late in the gap until the next keystroke or a pause', () => {
    // The next keystroke is due at 100 ms: a page at 70 ms waits; if no key comes by 115 ms the writer paused.
    expect(waitBeforeDrawing(70, 100)).toBe(100 + PAUSE_MARGIN_MS - 70);
    expect(waitBeforeDrawing(100 + PAUSE_MARGIN_MS, 100)).toBe(0);
    expect(waitBeforeDrawing(200, 100)).toBe(0);
  });
});
