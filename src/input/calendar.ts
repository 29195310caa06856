// A calendar date written YYYY-MM-DD, as --reference-date and an NDJSON record's "date" take it.

/** Whether `value` is YYYY-MM-DD and names a day that exists ("2004-02-30" does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
