/** ISO 8601 dates and durations as the input format allows them. */

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export function parseDuration(iso: string): Duration | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m || iso === 'P') return undefined;
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), weeks: Number(m[3] ?? 0), days: Number(m[4] ?? 0) };
}

/** The longest a duration can be, in days (months of 31 days, years of 366). */
export function maxDays(d: Duration): number {
  return d.years * 366 + d.months * 31 + d.weeks * 7 + d.days;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A real calendar date (no 30 February), or undefined. */
export function parseDate(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}
