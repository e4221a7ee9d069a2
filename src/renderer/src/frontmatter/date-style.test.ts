import { describe, expect, it } from 'vitest';
import { dateStyleOf, nowPicked, nowPickedFor, pickerValue, writeDate } from './date-style';

describe('date styles', () => {
  it('recognises how each date is written', () => {
    expect(dateStyleOf('2026-01-03')).toEqual({ kind: 'date' });
    expect(dateStyleOf('2025-12-22 19:22:11')).toEqual({ kind: 'datetime', separator: ' ', seconds: true, zone: 'none' });
    expect(dateStyleOf('2025-12-22T19:22')).toEqual({ kind: 'datetime', separator: 'T', seconds: false, zone: 'none' });
    expect(dateStyleOf('2025-12-22T19:22:11+01:00')).toMatchObject({ zone: 'offset' });
    expect(dateStyleOf('2025-12-22T18:22:11Z')).toMatchObject({ zone: 'Z' });
    expect(dateStyleOf(undefined, { kind: 'date' })).toEqual({ kind: 'date' });
  });

  it('writes a picked date back in the same style', () => {
    expect(writeDate('2026-02-01', dateStyleOf('2026-01-03'))).toBe('2026-02-01');
    expect(writeDate('2026-02-01T08:05:09', dateStyleOf('2025-12-22 19:22:11'))).toBe('2026-02-01 08:05:09');
    expect(writeDate('2026-02-01T08:05', dateStyleOf('2025-12-22 19:22:11'))).toBe('2026-02-01 08:05:00');
    expect(writeDate('2026-02-01T08:05', dateStyleOf('2025-12-22T19:22'))).toBe('2026-02-01T08:05');
  });

  it('keeps the written offset or Z, so changing only the day never moves the time', () => {
    const withOffset = '2025-12-22T19:22:11+05:00';
    expect(writeDate(pickerValue(withOffset, dateStyleOf(withOffset)).replace('22T', '23T'), dateStyleOf(withOffset))).toBe('2025-12-23T19:22:11+05:00');
    const utc = '2025-12-22T18:22:11Z';
    expect(writeDate(pickerValue(utc, dateStyleOf(utc)).replace('22T', '23T'), dateStyleOf(utc))).toBe('2025-12-23T18:22:11Z');
  });

  it('refuses an impossible date instead of rolling it over', () => {
    expect(writeDate('2026-02-30', { kind: 'date' })).toBeNull();
    expect(writeDate('', { kind: 'date' })).toBeNull();
  });

  it('shows the written wall clock in the picker', () => {
    expect(pickerValue('2025-12-22 19:22:11', dateStyleOf('2025-12-22 19:22:11'))).toBe('2025-12-22T19:22:11');
    expect(pickerValue('2026-01-03', { kind: 'date' })).toBe('2026-01-03');
    expect(pickerValue('not a date', { kind: 'date' })).toBe('');
  });

  it('reads now in the clock each style is written in', () => {
    const now = new Date('2026-07-01T06:05:09Z');
    expect(nowPickedFor(dateStyleOf('2025-12-22 19:22:11'), now, 'Europe/Berlin')).toBe('2026-07-01T08:05:09');
    expect(nowPickedFor(dateStyleOf('2025-12-22T18:22:11Z'), now, 'Europe/Berlin')).toBe('2026-07-01T06:05:09');
    expect(nowPickedFor(dateStyleOf('2025-12-22T19:22:11-03:30'), now, 'Europe/Berlin')).toBe('2026-07-01T02:35:09');
  });

  it('reads now as the workspace zone’s wall clock', () => {
    expect(nowPicked(new Date('2026-07-01T06:05:09Z'), 'Europe/Berlin')).toBe('2026-07-01T08:05:09');
    expect(nowPicked(new Date('2026-07-01T06:05:09Z'), 'UTC')).toBe('2026-07-01T06:05:09');
  });
});
