import { describe, expect, it } from "vitest";
import type { Dashboard } from "./dashboard";
import { emptyFigures, type UnitFigures } from "./figures";
import { coverageMatrixData, PAGE_COLUMN, sortKeyOf, UNIT_COLUMNS, unitsTableRows } from "./tables";

function figures(patch: Partial<UnitFigures>): UnitFigures {
  return { ...emptyFigures(), ...patch };
}

/** The parts of a dashboard the tables read: two schools of a municipality, three forms. */
const dashboard = {
  children: [
    {
      id: "s-b",
      name: "Школа Б",
      href: "/school/s-b",
      publicHref: "/s/shkola-b",
      figures: figures({ schools: 1, inRollout: 1, publicPageFilled: 1, youngSpecialists: 3, youngWithMentor: 2, pairs: { active: 12, completed: 1, terminated: 0 }, activeMentors: 4, mentorLoadSum: 10, maxLoad: 4, overCap: 1, visits: 1234 }),
    },
    {
      id: "s-a",
      name: "Школа А",
      href: "/school/s-a",
      publicHref: "/s/shkola-a",
      figures: figures({ schools: 1, documentsOverdue: 2, pairs: { active: 3, completed: 0, terminated: 0 }, plan: { total: 5, done: 1, overdue: 2, soon: 0 }, quietPairs: 1 }),
    },
  ],
  matrix: {
    forms: [
      { id: "f1", name: "учитель–учитель" },
      { id: "f2", name: "ученик–ученик" },
      { id: "f3", name: "студент–ученик" },
    ],
    rows: [
      { id: "s-a", name: "Школа А", href: "/school/s-a", cells: [3, 0, 0] },
      { id: "s-b", name: "Школа Б", href: "/school/s-b", cells: [12, 1500, 0] },
    ],
    unusedFormIds: ["f3"],
  },
} as unknown as Dashboard;

describe("the units table's rows", () => {
  it("sorts by name unless a known column is asked for, and figures descending", () => {
    expect(unitsTableRows(dashboard, undefined, "?year=y").map((r) => r.name)).toEqual(["Школа А", "Школа Б"]);
    expect(unitsTableRows(dashboard, "pairs", "?year=y").map((r) => r.name)).toEqual(["Школа Б", "Школа А"]);
    expect(unitsTableRows(dashboard, "quiet", "?year=y").map((r) => r.name)).toEqual(["Школа А", "Школа Б"]);
    expect(sortKeyOf("pairs")).toBe("pairs");
    expect(sortKeyOf("constructor")).toBe("name");
    expect(sortKeyOf("DROP TABLE")).toBe("name");
  });

  it("gives one Russian text per column, marks what is overdue or over the cap, and links the unit with the page's filter", () => {
    const [a, b] = unitsTableRows(dashboard, undefined, "?year=y&form=f1");
    expect(a.cells).toHaveLength(UNIT_COLUMNS.length);
    expect(b.href).toBe("/school/s-b?year=y&form=f1");
    const cell = (row: typeof a, label: string) => row.cells[UNIT_COLUMNS.findIndex(([l]) => l === label)];
    expect(cell(b, "Школы во внедрении")).toBe("1 из 1");
    expect(cell(b, "Молодые специалисты с наставником")).toBe("2 из 3 (66 %)");
    expect(cell(a, "Молодые специалисты с наставником")).toBe("0 из 0 (—)");
    expect(cell(b, "Нагрузка (средняя / макс.)")).toBe("2,5 / 4");
    expect(cell(a, "Нагрузка (средняя / макс.)")).toBe("—");
    expect(cell(b, "Посещения уроков")).toBe("1\u00a0234");
    const warned = (row: typeof a) => row.warn.map((i) => UNIT_COLUMNS[i][0]);
    expect(warned(a)).toEqual(["Просрочено документов", "Пункты планов просрочены", "Без записей 30 дней"]);
    expect(warned(b)).toEqual(["Сверх нагрузки"]);
    // A school's public page is a badge: filled or not, linking to the page.
    expect(UNIT_COLUMNS[PAGE_COLUMN][0]).toBe("Страница заполнена");
    expect([a.publicHref, a.pageFilled, b.pageFilled]).toEqual(["/s/shkola-a", false, true]);
  });
});

describe("the coverage matrix's data", () => {
  it("keeps the forms in order, marks the unused ones and writes the counts as text", () => {
    const data = coverageMatrixData(dashboard);
    expect(data.forms.map((f) => [f.name, f.unused])).toEqual([
      ["учитель–учитель", false],
      ["ученик–ученик", false],
      ["студент–ученик", true],
    ]);
    expect(data.rows.map((r) => r.cells)).toEqual([
      ["3", "0", "0"],
      ["12", "1\u00a0500", "0"],
    ]);
  });
});
