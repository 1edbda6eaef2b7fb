import { describe, expect, it } from "vitest";
import { countRu, formatDate, pluralRu } from "./format";

describe("Russian formatting", () => {
  it("chooses the plural form by the number", () => {
    const forms = ["школа", "школы", "школ"] as const;
    expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => pluralRu(n, forms))).toEqual([
      "школа", "школы", "школ", "школ", "школ", "школа", "школы", "школ", "школа", "школ",
    ]);
    expect(countRu(1234, forms)).toBe("1\u00a0234 школы");
  });

  it("writes calendar dates as дд.мм.гггг whatever the server's time zone", () => {
    expect(formatDate(new Date("2026-09-01"))).toBe("01.09.2026");
  });
});
