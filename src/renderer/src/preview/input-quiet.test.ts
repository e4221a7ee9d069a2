import { describe, expect, it } from 'vitest';
import { QUIET_MS, quietBeforeSending } from './input-quiet';

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
