/**
 * Frontmatter dates carry no offset (`2025-12-22 19:22:11`, `2026-01-03`);
 * they are wall-clock times in the workspace's time zone. Search engines and
 * social cards want ISO 8601 with the offset, so the offset in force at that
 * moment in that zone (summer or winter time) is worked out here.
 */
const FRONTMATTER_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;
/** A date that already says its offset (`2025-12-22T19:22:11+02:00`, `…Z`) keeps it. */
const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export function parseFrontmatterDate(value: unknown): LocalDateTime | null {
  if (typeof value !== 'string') return null;
  const match = FRONTMATTER_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const probe = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  // Reject 2025-02-30 and 25:00, which Date would quietly roll over.
  if (probe.getUTCMonth() !== month! - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return { year: year!, month: month!, day: day!, hour, minute, second };
}

/** Building an Intl formatter costs far more than using one: one per zone, kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC, in minutes, at the given UTC instant. */
function offsetMinutesAt(utcMillis: number, timeZone: string): number {
  // The default zone, and most sites': asking Intl costs more than the rest of the conversion.
  if (timeZone === 'UTC') return 0;
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMillis));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/** `2025-12-22 19:22:11` in Europe/Berlin → `2025-12-22T19:22:11+01:00`; null when not a date. */
export function frontmatterDateToIso(value: unknown, timeZone: string): string | null {
  const withOffset = typeof value === 'string' ? WITH_OFFSET.exec(value.trim()) : null;
  if (withOffset) {
    const [, date, time, zone] = withOffset;
    const local = parseFrontmatterDate(`${date} ${time}`);
    if (!local) return null;
    const offset = zone!.toUpperCase() === 'Z' ? '+00:00' : zone!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${date}T${time!.length === 5 ? `${time}:00` : time}${offset}`;
  }
  const local = parseFrontmatterDate(value);
  if (!local) return null;
  const wallClockAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // The offset depends on the instant, which depends on the offset: two
  // rounds settle it, also next to a daylight-saving switch.
  let offset = offsetMinutesAt(wallClockAsUtc, timeZone);
  offset = offsetMinutesAt(wallClockAsUtc - offset * 60_000, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
  const time = `${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
