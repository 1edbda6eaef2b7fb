/**
 * The month calendar of events: weeks from Monday to Sunday covering the month, each day with the
 * events that start on it (by the platform's clock).
 */
import { momentParts } from "./schemas";

export type CalendarDay<T> = { date: string; inMonth: boolean; events: T[] };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `гггг-мм` from a query string, or the month of `fallback`. */
export function parseMonth(value: string | undefined, fallback: Date): { year: number; month: number } {
  const match = value ? MONTH.exec(value) : null;
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  const [year, month] = momentParts(fallback).date.split("-").map(Number);
  return { year, month };
}

export function shiftMonth(at: { year: number; month: number }, by: number): string {
  const index = at.year * 12 + (at.month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function monthGrid<T extends { startsAt: Date }>(at: { year: number; month: number }, events: readonly T[]): CalendarDay<T>[][] {
  const first = new Date(Date.UTC(at.year, at.month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(first.getTime() - offset * 86_400_000);
  const byDay = new Map<string, T[]>();
  for (const event of events) {
    const day = momentParts(event.startsAt).date;
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: CalendarDay<T>[][] = [];
  for (let cursor = start; ; ) {
    const week: CalendarDay<T>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = cursor.toISOString().slice(0, 10);
      week.push({ date, inMonth: cursor.getUTCMonth() === at.month - 1, events: byDay.get(date) ?? [] });
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
    if (cursor.getUTCMonth() !== at.month - 1 || cursor.getUTCFullYear() !== at.year) break;
  }
  return weeks;
}

export const MONTH_NAMES = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"] as const;
