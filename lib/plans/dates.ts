/**
 * Calendar days as the platform counts them: "today" is the date in the platform's time zone
 * (APP_TIME_ZONE, via lib/format), and a calendar date is UTC midnight, as `@db.Date` holds it.
 */
import { formatLocalDate } from "@/lib/format";

/** Today in the platform's time zone, as `гггг-мм-дд` (the value of a date input). */
export function todayIso(now = new Date()): string {
  const [dd, mm, yyyy] = formatLocalDate(now).split(".");
  return `${yyyy}-${mm}-${dd}`;
}

/** Today as a calendar date (UTC midnight). */
export function todayDate(now = new Date()): Date {
  return new Date(`${todayIso(now)}T00:00:00Z`);
}

/** `гггг-мм-дд` of a calendar date, or "" for none. */
export function isoOf(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
