import { parseFrontmatterDate } from '../../../core/site/dates';

/**
 * How a frontmatter date is written, so a picked date goes back the same
 * way: `2026-01-03`, `2025-12-22 19:22:11`, `2025-12-22T19:22`,
 * `2025-12-22T19:22:11+01:00`, `2025-12-22T18:22:11Z`…
 */
export type DateStyle =
  | { readonly kind: 'date' }
  | { readonly kind: 'datetime'; readonly separator: ' ' | 'T'; readonly seconds: boolean; readonly zone: 'none' | 'Z' | 'offset'; readonly offset?: string };

/** The reference format's `date`, used when a field has no value to copy the style from. */
export const DEFAULT_DATETIME_STYLE: DateStyle = { kind: 'datetime', separator: ' ', seconds: true, zone: 'none' };

const WRITTEN = /^(\d{4}-\d{2}-\d{2})(?:([ T])(\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function dateStyleOf(value: unknown, fallback: DateStyle = DEFAULT_DATETIME_STYLE): DateStyle {
  const match = typeof value === 'string' ? WRITTEN.exec(value.trim()) : null;
  if (!match) return fallback;
  if (!match[2]) return { kind: 'date' };
  const zone = !match[5] ? 'none' : match[5].toUpperCase() === 'Z' ? 'Z' : 'offset';
  return { kind: 'datetime', separator: match[2] as ' ' | 'T', seconds: match[4] !== undefined, zone, ...(zone === 'offset' ? { offset: match[5] } : {}) };
}

/** The value for `<input type="date">` or `"datetime-local"`: the wall clock as written; '' when not a date. */
export function pickerValue(value: unknown, style: DateStyle): string {
  const match = typeof value === 'string' ? WRITTEN.exec(value.trim()) : null;
  if (!match || !parseFrontmatterDate(`${match[1]}${match[3] ? ` ${match[3]}${match[4] ?? ''}` : ''}`)) return '';
  if (style.kind === 'date') return match[1]!;
  return `${match[1]}T${match[3] ?? '00:00'}${style.seconds ? (match[4] ?? ':00') : ''}`;
}

/**
 * A picked time written in `style`. The picker shows a date's clock as the
 * file writes it, so the picked clock is taken the same way: in the
 * workspace's zone for a date without an offset, in the written offset for
 * one with an offset, in UTC for one ending in Z. Changing only the day
 * thus never moves the time.
 */
export function writeDate(picked: string, style: DateStyle): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?$/.exec(picked);
  if (!match || !parseFrontmatterDate(picked.replace('T', ' '))) return null;
  const [, day, time = '00:00', seconds = ':00'] = match;
  if (style.kind === 'date') return day!;
  const clock = `${time}${style.seconds ? seconds : ''}`;
  const zone = style.zone === 'Z' ? 'Z' : style.zone === 'offset' ? (style.offset ?? '') : '';
  return `${day}${style.separator}${clock}${zone}`;
}

/** Now, as the clock a date in `style` is written in (see writeDate), in the picker's shape. */
export function nowPickedFor(style: DateStyle, now: Date, timeZone: string): string {
  if (style.kind === 'datetime' && style.zone === 'Z') return nowPicked(now, 'UTC');
  const offset = style.kind === 'datetime' && style.zone === 'offset' ? /^([+-])(\d{2}):?(\d{2})$/.exec(style.offset ?? '') : null;
  if (!offset) return nowPicked(now, timeZone);
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return new Date(now.getTime() + minutes * 60_000).toISOString().slice(0, 19);
}

/** Now, as the wall clock of `timeZone`, in the picker's shape. */
export function nowPicked(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
