import { describe, expect, it } from 'vitest';
import { BURST_GAP_MS, KeyRhythm } from './key-rhythm';

const typed = (times: readonly number[]) => {
  const rhythm = new KeyRhythm();
  for (const time of times) rhythm.key(time);
  return rhythm;
};

describe('KeyRhythm', () => {
  it('knows no rhythm before a few keystrokes', () => {
    expect(new KeyRhythm().rhythm(0)).toBeNull();
    expect(typed([0, 100, 200]).rhythm(210)).toBeNull();
  });

  it('is the median gap of the burst, so one slow key does not change it', () => {
    const rhythm = typed([0, 100, 198, 302, 400, 650, 750]);
    expect(rhythm.rhythm(760)).toBe(100);
    expect(rhythm.sinceKey(760)).toBe(10);
  });

  it('ends with the burst: after a pause, and again from the first keys after it', () => {
    const rhythm = typed([0, 100, 200, 300]);
    expect(rhythm.rhythm(300 + BURST_GAP_MS + 1)).toBeNull();
    rhythm.key(2000);
    rhythm.key(2050);
    expect(rhythm.rhythm(2060)).toBeNull();
    rhythm.key(2100);
    rhythm.key(2150);
    expect(rhythm.rhythm(2160)).toBe(50);
  });

  it('follows a writer who speeds up, from the newest gaps only', () => {
    const rhythm = typed([0, 200, 400, 600, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700]);
    expect(rhythm.rhythm(1710)).toBe(100);
  });
});
