import { describe, expect, it } from "vitest";
import { todayIso } from "./dates";
import { derivePlanProgress, dueState, itemsToWatch } from "./progress";

const today = new Date("2026-11-26T00:00:00Z");
const item = (status: "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED", due: string | null) => ({ status, dueOn: due ? new Date(`${due}T00:00:00Z`) : null });

describe("plan progress", () => {
  it("is done ÷ (all − cancelled), and counts overdue open items", () => {
    const items = [item("DONE", "2026-10-01"), item("DONE", "2026-11-01"), item("IN_PROGRESS", "2026-11-20"), item("PLANNED", "2026-12-20"), item("CANCELLED", "2026-10-10"), item("PLANNED", null)];
    expect(derivePlanProgress(items, today)).toEqual({ total: 5, done: 2, cancelled: 1, overdue: 1, percent: 40 });
  });

  it("is zero for a plan without items, or with only cancelled ones", () => {
    expect(derivePlanProgress([], today)).toMatchObject({ total: 0, percent: 0 });
    expect(derivePlanProgress([item("CANCELLED", null)], today)).toMatchObject({ total: 0, done: 0, percent: 0 });
  });

  it("is 100 % when every counted item is done", () => {
    expect(derivePlanProgress([item("DONE", null), item("CANCELLED", null)], today).percent).toBe(100);
  });

  it("calls an item due today not overdue, and one due within two weeks soon", () => {
    expect(dueState(item("PLANNED", "2026-11-26"), today)).toBe("soon");
    expect(dueState(item("PLANNED", "2026-11-25"), today)).toBe("overdue");
    expect(dueState(item("PLANNED", "2026-12-10"), today)).toBe("soon");
    expect(dueState(item("PLANNED", "2026-12-11"), today)).toBe("later");
    expect(dueState(item("DONE", "2026-01-01"), today)).toBe("done");
  });

  it("watches the overdue items and the next ones by due date", () => {
    const items = [item("PLANNED", "2027-02-01"), item("IN_PROGRESS", "2026-11-01"), item("PLANNED", null), item("PLANNED", "2026-12-01"), item("DONE", "2026-12-02"), item("PLANNED", "2026-12-05")];
    const watch = itemsToWatch(items, today, 2);
    expect(watch.overdue).toEqual([items[1]]);
    expect(watch.next).toEqual([items[3], items[5]]);
  });

  it("counts today in the platform's time zone", () => {
    // 22:30 UTC on 25 November is already 26 November in Moscow.
    expect(todayIso(new Date("2026-11-25T22:30:00Z"))).toBe("2026-11-26");
  });
});
