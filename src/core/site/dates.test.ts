import { describe, expect, it } from 'vitest';
import { frontmatterDateToIso, parseFrontmatterDate } from './dates';

describe('frontmatter dates', () => {
  it('adds the offset of the workspace time zone, summer and winter alike', () => {
    expect(frontmatterDateToIso('2025-12-22 19:22:11', 'UTC')).toBe('2025-12-22T19:22:11+00:00');
    expect(frontmatterDateToIso('2025-12-22 19:22:11', 'Europe/Berlin')).toBe('2025-12-22T19:22:11+01:00');
    expect(frontmatterDateToIso('2025-07-01 08:00', 'Europe/Berlin')).toBe('2025-07-01T08:00:00+02:00');
    expect(frontmatterDateToIso('2026-01-03', 'America/New_York')).toBe('2026-01-03T00:00:00-05:00');
    expect(frontmatterDateToIso('2026-01-03', 'Asia/Kolkata')).toBe('2026-01-03T00:00:00+05:30');
  });

  it('settles the offset next to a daylight-saving switch', () => {
    // Berlin moved from +01:00 to +02:00 at 02:00 on 2025-03-30.
    expect(frontmatterDateToIso('2025-03-30 01:30:00', 'Europe/Berlin')).toBe('2025-03-30T01:30:00+01:00');
    expect(frontmatterDateToIso('2025-03-30 03:30:00', 'Europe/Berlin')).toBe('2025-03-30T03:30:00+02:00');
  });

  it('keeps an offset the date already states', () => {
    expect(frontmatterDateToIso('2025-12-22T19:22:11+02:00', 'UTC')).toBe('2025-12-22T19:22:11+02:00');
    expect(frontmatterDateToIso('2025-12-22T19:22:11Z', 'Europe/Berlin')).toBe('2025-12-22T19:22:11+00:00');
    expect(frontmatterDateToIso('2025-12-22 19:22-0500', 'UTC')).toBe('2025-12-22T19:22:00-05:00');
  });

  it('refuses what is not a real date', () => {
    for (const value of ['2025-02-30', '2025-13-01', '2025-01-01 24:00', 'yesterday', 20250101, null, '']) {
      expect(parseFrontmatterDate(value), String(value)).toBeNull();
    }
  });
});
