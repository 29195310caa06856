// Calendar arithmetic for resolving relative dates against a publication date. All in UTC so
// that the machine's time zone never shifts a day.

export interface Ref {
  date: Date;
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 1 (Monday) .. 7 (Sunday) */
  weekday: number;
}

export function parseReference(s: string | undefined): Ref | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim()) : null;
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== +m[3]) return null;
  return fromDate(date);
}

function fromDate(date: Date): Ref {
  return {
    date,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: ((date.getUTCDay() + 6) % 7) + 1,
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const ymd = (r: Ref) => `${pad(r.year, 4)}-${pad(r.month)}-${pad(r.day)}`;
export const ym = (year: number, month: number) => {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}`;
};

export function addDays(r: Ref, days: number): Ref {
  return fromDate(new Date(r.date.getTime() + days * 86400000));
}

/** ISO 8601 week of the reference day: "2024-W18". */
export function isoWeek(r: Ref): string {
  // The Thursday of this week decides the ISO year.
  const thursday = addDays(r, 4 - r.weekday);
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((thursday.date.getTime() - jan1) / 86400000 / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/**
 * The given weekday relative to the reference day. direction -1: on or before it (past
 * narrative), 1: on or after it (future), and `strict` excludes the reference day itself
 * ("last Friday", "next Friday").
 */
export function weekdayNear(r: Ref, weekday: number, direction: -1 | 1, strict = false): Ref {
  let diff = direction < 0 ? -((r.weekday - weekday + 7) % 7) : (weekday - r.weekday + 7) % 7;
  if (strict && diff === 0) diff = 7 * direction;
  return addDays(r, diff);
}

/** The quarter (1..4) a month falls in. */
export const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1;

/** Year of the nearest named month before (-1) or after (1) the reference month, exclusive. */
export function monthYear(r: Ref, month: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return r.year;
  if (direction < 0) return month < r.month ? r.year : r.year - 1;
  return month > r.month ? r.year : r.year + 1;
}
