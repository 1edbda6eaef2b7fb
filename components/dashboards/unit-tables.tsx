"use client";

/**
 * The units table and the form coverage matrix of a dashboard, drawn in the browser from the
 * compact rows of lib/dashboards/tables.ts (text made on the server). A region's ~70
 * municipalities make ~1,500 cells: rendered on the server they were two thirds of the page's
 * weight and of its rendering time (docs/performance.md), so the server sends rows of strings and
 * a placeholder of the table's height, and the browser draws the table right after hydration.
 * Every link (sorting included) is an ordinary link.
 */
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Table, Td } from "@/components/ui/table";
import { useHydrated } from "@/components/ui/use-hydrated";
import { PAGE_COLUMN, UNIT_COLUMNS, type CoverageMatrixData, type UnitsTableRow } from "@/lib/dashboards/tables";

type Level = "region" | "municipality" | "school";

const UNIT_LABEL: Record<Level, string> = { region: "Регион", municipality: "Муниципалитет", school: "Школа" };
const UNITS_DATIVE: Record<Level, string> = { region: "регионам", municipality: "муниципалитетам", school: "школам" };

/** What the server sends in a table's place: its anchor and about its height, so nothing jumps. */
function Placeholder({ id, rows, label }: { id: string; rows: number; label: string }) {
  return (
    <div id={id} aria-busy="true" className="rounded-xl border border-slate-200 bg-white shadow-sm" style={{ minHeight: 48 + Math.max(1, rows) * 45 }}>
      <p className="px-4 py-3 text-sm text-slate-600">{label}: таблица загружается…</p>
      <noscript>
        <p className="px-4 pb-3 text-sm text-slate-600">Таблица рисуется в браузере: включите JavaScript или выгрузите те же цифры в Excel (ссылка вверху страницы).</p>
      </noscript>
    </div>
  );
}

/** The first cell of a row: the unit's name, opening its dashboard. */
function UnitCell({ name, href }: { name: string; href: string }) {
  return (
    <Td>
      <Link href={href} className="font-medium text-brand-700 hover:underline">
        {name}
      </Link>
    </Td>
  );
}

/**
 * The form coverage matrix: pairs of the year per unit and form. A form nobody in the unit uses
 * is marked in its header («не используется»), and an empty cell (0) is shaded.
 */
export function CoverageMatrix({ level, data }: { level: Level; data: CoverageMatrixData }) {
  const hydrated = useHydrated();
  const unused = data.forms.filter((f) => f.unused);
  if (!hydrated) return <Placeholder id="matrix" rows={data.rows.length} label="Охват форм наставничества" />;
  return (
    <div id="matrix">
      <Table
        caption={`Охват форм наставничества: пары и группы учебного года по ${UNITS_DATIVE[level]} и формам`}
        head={[
          UNIT_LABEL[level],
          ...data.forms.map((f) => (
            <span key={f.id} className="inline-flex flex-col gap-1">
              <span>{f.name}</span>
              {f.unused ? <Badge tone="warning">не используется</Badge> : null}
            </span>
          )),
        ]}
        isEmpty={data.rows.length === 0}
        empty="Здесь пока нет ни одной школы."
      >
        {data.rows.map((row) => (
          <tr key={row.id}>
            <UnitCell name={row.name} href={row.href} />
            {row.cells.map((n, i) => (
              <Td key={i} className={n === "0" ? "bg-amber-50 text-amber-900" : undefined}>
                {n}
              </Td>
            ))}
          </tr>
        ))}
      </Table>
      {unused.length ? (
        <p className="mt-2 text-sm text-amber-900">
          Формы без должного внимания: {unused.map((f) => f.name).join(", ")} — ни одной пары в этом учебном году.
        </p>
      ) : null}
    </div>
  );
}

/** The units one level down with their key figures; each row opens that unit's dashboard. Headers sort. */
export function UnitsTable({ level, rows, query, sort }: { level: Level; rows: UnitsTableRow[]; query: string; sort: string }) {
  const hydrated = useHydrated();
  const header = (key: string | null, label: string) =>
    key ? (
      <Link key={label} href={`${query}&sort=${key}#units`} aria-current={sort === key ? "true" : undefined} className={cn("hover:underline", sort === key && "text-brand-700 underline")}>
        {label}
        {sort === key ? <span aria-hidden="true"> {key === "name" ? "↑" : "↓"}</span> : null}
      </Link>
    ) : (
      label
    );
  if (!hydrated) return <Placeholder id="units" rows={rows.length} label={`${UNIT_LABEL[level]}: ключевые показатели`} />;
  return (
    <div id="units">
      <p className="mb-2 text-sm text-slate-600">Нажмите на заголовок столбца, чтобы упорядочить таблицу по нему.</p>
      <Table
        caption={`${UNIT_LABEL[level]}: ключевые показатели`}
        head={[header("name", UNIT_LABEL[level]), ...UNIT_COLUMNS.map(([label, key]) => header(key, label))]}
        isEmpty={rows.length === 0}
        empty="Здесь пока ничего нет: администратор платформы добавляет муниципалитеты и школы в разделе настроек."
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <UnitCell name={row.name} href={row.href} />
            {row.cells.map((text, i) =>
              i === PAGE_COLUMN && row.publicHref ? (
                <Td key={i}>
                  <Link href={row.publicHref} className="inline-flex hover:underline" aria-label={`Публичная страница: ${row.name} — ${row.pageFilled ? "заполнена" : "не заполнена"}`}>
                    <Badge tone={row.pageFilled ? "success" : "warning"}>{row.pageFilled ? "заполнена" : "не заполнена"}</Badge>
                  </Link>
                </Td>
              ) : (
                <Td key={i} className={row.warn.includes(i) ? "text-amber-800" : undefined}>
                  {text}
                </Td>
              ),
            )}
          </tr>
        ))}
      </Table>
    </div>
  );
}
