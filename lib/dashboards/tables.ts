/**
 * The two big tables of a dashboard — the units one level down with their key figures, and the
 * form coverage matrix — as compact rows of ready-made text for the client components that draw
 * them (components/dashboards/unit-tables.tsx). A region has up to ~70 municipalities and the
 * country 89 regions: sent as elements, the tables were most of the page's weight; sent as rows of
 * strings, they are a tenth of it. Sorting and number formatting stay here, on the server (the
 * browser's number format could differ from the server's and break hydration).
 */
import { formatNumber } from "@/lib/format";
import type { Dashboard } from "./dashboard";
import { averageLoad, percent } from "./figures";

type Child = Dashboard["children"][number];

/** The columns the units table sorts by (`?sort=`), each with its key; the name sorts ascending, figures descending. */
const SORTS: Record<string, (row: Child) => number | string> = {
  name: (row) => row.name,
  inRollout: (row) => row.figures.inRollout,
  allAccepted: (row) => row.figures.allDocumentsAccepted,
  waiting: (row) => row.figures.documentsWaiting,
  overdue: (row) => row.figures.documentsOverdue,
  young: (row) => percent(row.figures.youngWithMentor, row.figures.youngSpecialists) ?? -1,
  pairs: (row) => row.figures.pairs.active,
  overCap: (row) => row.figures.overCap,
  planOverdue: (row) => row.figures.plan.overdue,
  quiet: (row) => row.figures.quietPairs,
  visits: (row) => row.figures.visits,
};

export function sortKeyOf(sort: string | undefined): string {
  return sort && Object.hasOwn(SORTS, sort) ? sort : "name";
}

export function sortChildren(rows: readonly Child[], sort: string | undefined): Child[] {
  const get = SORTS[sortKeyOf(sort)];
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (typeof x === "string" || typeof y === "string") return String(x).localeCompare(String(y), "ru");
    return y - x || a.name.localeCompare(b.name, "ru");
  });
}

/** The units table's columns after the name: header, sort key (null: not sortable). */
export const UNIT_COLUMNS: ReadonlyArray<readonly [label: string, sort: string | null]> = [
  ["Школы во внедрении", "inRollout"],
  ["Все документы приняты", "allAccepted"],
  ["Страница заполнена", null],
  ["Документы на проверке", "waiting"],
  ["Просрочено документов", "overdue"],
  ["Молодые специалисты с наставником", "young"],
  ["Действующие пары", "pairs"],
  ["Нагрузка (средняя / макс.)", null],
  ["Сверх нагрузки", "overCap"],
  ["Пункты планов просрочены", "planOverdue"],
  ["Без записей 30 дней", "quiet"],
  ["Посещения уроков", "visits"],
];

/** The column of UNIT_COLUMNS that shows a school's public page as a badge. */
export const PAGE_COLUMN = 2;

export type UnitsTableRow = {
  id: string;
  name: string;
  href: string;
  /** A school's public page: the page column is a badge linking to it. */
  publicHref?: string;
  pageFilled?: boolean;
  /** One text per column of UNIT_COLUMNS. */
  cells: string[];
  /** The columns shown in amber (something is overdue or over the cap). */
  warn: number[];
};

const pct = (part: number, whole: number) => {
  const p = percent(part, whole);
  return p === null ? "—" : `${p} %`;
};

/** The rows of the units table, sorted as asked; each name links to the unit's dashboard with `query`. */
export function unitsTableRows(dashboard: Dashboard, sort: string | undefined, query: string): UnitsTableRow[] {
  return sortChildren(dashboard.children, sort).map((row) => {
    const f = row.figures;
    const avg = averageLoad(f);
    const cells = [
      `${formatNumber(f.inRollout)} из ${formatNumber(f.schools)}`,
      formatNumber(f.allDocumentsAccepted),
      row.publicHref ? "" : formatNumber(f.publicPageFilled),
      formatNumber(f.documentsWaiting),
      formatNumber(f.documentsOverdue),
      `${formatNumber(f.youngWithMentor)} из ${formatNumber(f.youngSpecialists)} (${pct(f.youngWithMentor, f.youngSpecialists)})`,
      formatNumber(f.pairs.active),
      avg === null ? "—" : `${String(avg).replace(".", ",")} / ${f.maxLoad}`,
      formatNumber(f.overCap),
      formatNumber(f.plan.overdue),
      formatNumber(f.quietPairs),
      formatNumber(f.visits),
    ];
    const warn = [
      [4, f.documentsOverdue],
      [8, f.overCap],
      [9, f.plan.overdue],
      [10, f.quietPairs],
    ]
      .filter(([, n]) => n > 0)
      .map(([i]) => i);
    return {
      id: row.id,
      name: row.name,
      href: `${row.href}${query}`,
      ...(row.publicHref ? { publicHref: row.publicHref, pageFilled: f.publicPageFilled > 0 } : {}),
      cells,
      warn,
    };
  });
}

export type CoverageMatrixData = {
  forms: Array<{ id: string; name: string; unused: boolean }>;
  /** Pairs of the year per form, in the order of `forms`, as text ("0" for none). */
  rows: Array<{ id: string; name: string; href: string; cells: string[] }>;
};

export function coverageMatrixData(dashboard: Dashboard): CoverageMatrixData {
  const unused = new Set(dashboard.matrix.unusedFormIds);
  return {
    forms: dashboard.matrix.forms.map((f) => ({ id: f.id, name: f.name, unused: unused.has(f.id) })),
    rows: dashboard.matrix.rows.map((row) => ({ id: row.id, name: row.name, href: row.href, cells: row.cells.map((n) => formatNumber(n)) })),
  };
}
