import { describe, expect, it } from "vitest";
import { monthGrid, parseMonth, shiftMonth } from "./calendar";
import { eventMoment } from "./schemas";

describe("the month calendar", () => {
  it("lays out November 2026 from Monday 26 October to Sunday 6 December with events on their days", () => {
    const events = [
      { id: "a", startsAt: eventMoment("2026-11-20", "14:00") },
      { id: "b", startsAt: eventMoment("2026-11-20", "00:30") }, // late evening of the 19th in UTC, the 20th in Moscow
      { id: "c", startsAt: eventMoment("2026-12-01", "10:00") },
    ];
    const weeks = monthGrid({ year: 2026, month: 11 }, events);
    expect(weeks).toHaveLength(6);
    expect(weeks[0][0]).toMatchObject({ date: "2026-10-26", inMonth: false });
    expect(weeks.at(-1)!.at(-1)).toMatchObject({ date: "2026-12-06", inMonth: false });
    const day = weeks.flat().find((d) => d.date === "2026-11-20")!;
    expect(day.events.map((e) => e.id)).toEqual(["a", "b"]);
    expect(weeks.flat().find((d) => d.date === "2026-12-01")!.events.map((e) => e.id)).toEqual(["c"]);
  });

  it("reads and moves months across years", () => {
    expect(parseMonth("2027-01", new Date())).toEqual({ year: 2027, month: 1 });
    expect(parseMonth("2027-13", new Date("2026-11-25T12:00:00Z"))).toEqual({ year: 2026, month: 11 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toBe("2027-01");
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toBe("2026-12");
  });
});
