import { describe, expect, it } from 'vitest';
import { findingsOf, GOOD, withField } from '../lint.test-support';

describe('seo/date-missing', () => {
  it('passes a written date and warns without one', () => {
    expect(findingsOf(GOOD, 'seo/date-missing')).toEqual([]);
    expect(findingsOf(withField('date', null), 'seo/date-missing')).toEqual([[3, 'warning', 'No date: the Article structured data has no datePublished; write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.']]);
  });
});

describe('seo/date-invalid', () => {
  it('passes dates with and without a time or an offset', () => {
    for (const value of ['2025-09-14', '2025-09-14 08:41', '2025-09-14T08:41:27+02:00']) expect(findingsOf(withField('date', value), 'seo/date-invalid'), value).toEqual([]);
  });

  it('is an error for values that are no dates, naming the field', () => {
    expect(findingsOf(withField('date', '2025-02-30'), 'seo/date-invalid')).toEqual([[2, 'error', 'date "2025-02-30" is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.']]);
    expect(findingsOf(withField('date_updated_at', 'last week'), 'seo/date-invalid')).toEqual([[3, 'error', 'date_updated_at "last week" is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.']]);
    expect(findingsOf(withField('date', '2025'), 'seo/date-invalid')).toEqual([[2, 'error', expect.stringMatching(/^date 2025 is not a date/)]]);
  });
});

describe('seo/date-updated-before-published', () => {
  it('passes an update on or after the publication', () => {
    expect(findingsOf(withField('date_updated_at', '2025-09-14 08:41:27'), 'seo/date-updated-before-published')).toEqual([]);
  });

  it('is an error for an update before the publication', () => {
    expect(findingsOf(withField('date_updated_at', '2025-09-13'), 'seo/date-updated-before-published')).toEqual([[3, 'error', 'date_updated_at 2025-09-13 is before date 2025-09-14 08:41:27.']]);
  });
});

describe('seo/date-in-future', () => {
  it('passes dates up to now, read in the workspace time zone', () => {
    // 12:30 in Berlin is 11:30 UTC, before NOW (12:00 UTC).
    expect(findingsOf(withField('date_updated_at', '2026-01-01 12:30'), 'seo/date-in-future', { settings: { timeZone: 'Europe/Berlin' } })).toEqual([]);
  });

  it('warns about a date after now', () => {
    expect(findingsOf(withField('date_updated_at', '2026-01-01 12:30'), 'seo/date-in-future')).toEqual([[3, 'warning', 'date_updated_at 2026-01-01 12:30 is in the future (UTC time): search engines distrust dates not yet reached.']]);
  });
});
