/**
 * Progress of a plan is derived from its items, never typed: done ÷ (all − cancelled). An item is
 * overdue when its due date has passed and it is neither done nor cancelled.
 */
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { daysBetween } from "./dates";

type ItemState = { status: PlanItemStatus; dueOn: Date | null };

export type PlanProgress = {
  /** Items that count: all but the cancelled ones. */
  total: number;
  done: number;
  cancelled: number;
  overdue: number;
  /** Whole per cent of the counted items that are done; 0 for a plan without counted items. */
  percent: number;
};

export type DueState = "done" | "cancelled" | "overdue" | "soon" | "later" | "undated";

/** Days before the due date from which an open item counts as "soon". */
export const SOON_DAYS = 14;

export function dueState(item: ItemState, today: Date): DueState {
  if (item.status === "DONE") return "done";
  if (item.status === "CANCELLED") return "cancelled";
  if (!item.dueOn) return "undated";
  const days = daysBetween(today, item.dueOn);
  if (days < 0) return "overdue";
  return days <= SOON_DAYS ? "soon" : "later";
}

export function derivePlanProgress(items: readonly ItemState[], today: Date): PlanProgress {
  let done = 0;
  let cancelled = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.status === "DONE") done += 1;
    else if (item.status === "CANCELLED") cancelled += 1;
    if (dueState(item, today) === "overdue") overdue += 1;
  }
  const total = items.length - cancelled;
  return { total, done, cancelled, overdue, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

/** Open items by due date: the overdue ones first, then the next `limit` due (undated last). */
export function itemsToWatch<T extends ItemState>(items: readonly T[], today: Date, limit = 3): { overdue: T[]; next: T[] } {
  const open = items.filter((item) => item.status === "PLANNED" || item.status === "IN_PROGRESS");
  const byDue = (a: T, b: T) => (a.dueOn?.getTime() ?? Infinity) - (b.dueOn?.getTime() ?? Infinity);
  const overdue = open.filter((item) => dueState(item, today) === "overdue").sort(byDue);
  const next = open.filter((item) => dueState(item, today) !== "overdue").sort(byDue).slice(0, limit);
  return { overdue, next };
}
