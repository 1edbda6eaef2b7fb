import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { formatNumber } from "@/lib/format";
import { EVENT_TYPE_LABELS, LEVEL_LABELS } from "@/lib/events/schemas";
import type { EventType } from "@/lib/generated/prisma/enums";
import type { Dashboard } from "@/lib/dashboards/dashboard";
import { averageLoad, percent } from "@/lib/dashboards/figures";

const UNIT_LABEL = { region: "Регион", municipality: "Муниципалитет", school: "Школа" } as const;
const pct = (part: number, whole: number) => {
  const p = percent(part, whole);
  return p === null ? "—" : `${p} %`;
};

/**
 * The form coverage matrix: pairs of the year per unit and form. A form nobody in the unit uses
 * is marked in its header («не используется»), and an empty cell is shaded.
 */
export function CoverageMatrix({ dashboard }: { dashboard: Dashboard }) {
  const { forms, rows, unusedFormIds } = dashboard.matrix;
  const unused = new Set(unusedFormIds);
  const label = UNIT_LABEL[dashboard.unit.childLevel];
  return (
    <div id="matrix">
      <Table
        caption={`Охват форм наставничества: пары и группы учебного года по ${dashboard.unit.childLevel === "school" ? "школам" : dashboard.unit.childLevel === "municipality" ? "муниципалитетам" : "регионам"} и формам`}
        head={[
          label,
          ...forms.map((f) => (
            <span key={f.id} className="inline-flex flex-col gap-1">
              <span>{f.name}</span>
              {unused.has(f.id) ? <Badge tone="warning">не используется</Badge> : null}
            </span>
          )),
        ]}
        isEmpty={rows.length === 0}
        empty="Здесь пока нет ни одной школы."
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <Link href={row.href} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
            </Td>
            {row.cells.map((n, i) => (
              <Td key={forms[i].id} className={cn("tabular-nums", n === 0 && "bg-amber-50 text-amber-900")}>
                {n === 0 ? <span aria-label="нет пар">0</span> : formatNumber(n)}
              </Td>
            ))}
          </tr>
        ))}
      </Table>
      {unusedFormIds.length ? (
        <p className="mt-2 text-sm text-amber-900">
          Формы без должного внимания: {forms.filter((f) => unused.has(f.id)).map((f) => f.name).join(", ")} — ни одной пары в этом учебном году.
        </p>
      ) : null}
    </div>
  );
}

export function EventsTable({ dashboard, eventsHref }: { dashboard: Dashboard; eventsHref: string }) {
  return (
    <>
      <Table
        caption="Мероприятия учебного года по видам и уровням"
        head={["Вид", "Уровень", "Проведено", "Запланировано", "Присутствовали", "из них дистанционно"]}
        isEmpty={dashboard.eventsByType.length === 0}
        empty="В этом учебном году мероприятий ещё нет: добавьте их в календарь мероприятий."
      >
        {dashboard.eventsByType.map((row) => (
          <tr key={`${row.type}-${row.level}`}>
            <Td>{EVENT_TYPE_LABELS[row.type as EventType] ?? row.type}</Td>
            <Td>{LEVEL_LABELS[row.level as keyof typeof LEVEL_LABELS] ?? row.level}</Td>
            <Td className="tabular-nums">{formatNumber(row.held)}</Td>
            <Td className="tabular-nums">{formatNumber(row.planned)}</Td>
            <Td className="tabular-nums">{formatNumber(row.attended)}</Td>
            <Td className="tabular-nums">{formatNumber(row.remote)}</Td>
          </tr>
        ))}
      </Table>
      {eventsHref.startsWith("#") ? null : (
        <p className="mt-2 text-sm">
          <Link href={eventsHref} className="font-medium text-brand-700 hover:underline">
            Все мероприятия →
          </Link>
        </p>
      )}
    </>
  );
}

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

export function sortChildren(rows: readonly Child[], sort: string | undefined): Child[] {
  const key = sort && sort in SORTS ? sort : "name";
  const get = SORTS[key];
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (typeof x === "string" || typeof y === "string") return String(x).localeCompare(String(y), "ru");
    return y - x || a.name.localeCompare(b.name, "ru");
  });
}

/** The units one level down with their key figures; each row opens that unit's dashboard. Headers sort. */
export function UnitsTable({ dashboard, query, sort }: { dashboard: Dashboard; query: string; sort?: string }) {
  const current = sort && sort in SORTS ? sort : "name";
  const header = (key: string | null, label: string) =>
    key ? (
      <Link key={label} href={`${query}&sort=${key}#units`} aria-current={current === key ? "true" : undefined} className={cn("hover:underline", current === key && "text-brand-700 underline")}>
        {label}
        {current === key ? <span aria-hidden="true"> {key === "name" ? "↑" : "↓"}</span> : null}
      </Link>
    ) : (
      label
    );
  return (
    <div id="units">
      <p className="mb-2 text-sm text-slate-600">Нажмите на заголовок столбца, чтобы упорядочить таблицу по нему.</p>
      <Table
        caption={`${UNIT_LABEL[dashboard.unit.childLevel]}: ключевые показатели`}
        head={[
          header("name", UNIT_LABEL[dashboard.unit.childLevel]),
          header("inRollout", "Школы во внедрении"),
          header("allAccepted", "Все документы приняты"),
          header(null, "Страница заполнена"),
          header("waiting", "Документы на проверке"),
          header("overdue", "Просрочено документов"),
          header("young", "Молодые специалисты с наставником"),
          header("pairs", "Действующие пары"),
          header(null, "Нагрузка (средняя / макс.)"),
          header("overCap", "Сверх нагрузки"),
          header("planOverdue", "Пункты планов просрочены"),
          header("quiet", "Без записей 30 дней"),
          header("visits", "Посещения уроков"),
        ]}
        isEmpty={dashboard.children.length === 0}
        empty="Здесь пока ничего нет: администратор платформы добавляет муниципалитеты и школы в разделе настроек."
      >
        {sortChildren(dashboard.children, sort).map((row) => {
          const f = row.figures;
          const avg = averageLoad(f);
          return (
            <tr key={row.id}>
              <Td>
                <Link href={`${row.href}${query}`} className="font-medium text-brand-700 hover:underline">
                  {row.name}
                </Link>
              </Td>
              <Td className="tabular-nums">{`${formatNumber(f.inRollout)} из ${formatNumber(f.schools)}`}</Td>
              <Td className="tabular-nums">{formatNumber(f.allDocumentsAccepted)}</Td>
              <Td>
                {row.publicHref ? (
                  <Link href={row.publicHref} className="inline-flex hover:underline" aria-label={`Публичная страница: ${row.name} — ${f.publicPageFilled ? "заполнена" : "не заполнена"}`}>
                    <Badge tone={f.publicPageFilled ? "success" : "warning"}>{f.publicPageFilled ? "заполнена" : "не заполнена"}</Badge>
                  </Link>
                ) : (
                  <span className="tabular-nums">{formatNumber(f.publicPageFilled)}</span>
                )}
              </Td>
              <Td className="tabular-nums">{formatNumber(f.documentsWaiting)}</Td>
              <Td className={cn("tabular-nums", f.documentsOverdue > 0 && "text-amber-800")}>{formatNumber(f.documentsOverdue)}</Td>
              <Td className="tabular-nums">{`${formatNumber(f.youngWithMentor)} из ${formatNumber(f.youngSpecialists)} (${pct(f.youngWithMentor, f.youngSpecialists)})`}</Td>
              <Td className="tabular-nums">{formatNumber(f.pairs.active)}</Td>
              <Td className="tabular-nums">{avg === null ? "—" : `${String(avg).replace(".", ",")} / ${f.maxLoad}`}</Td>
              <Td className={cn("tabular-nums", f.overCap > 0 && "text-amber-800")}>{formatNumber(f.overCap)}</Td>
              <Td className={cn("tabular-nums", f.plan.overdue > 0 && "text-amber-800")}>{formatNumber(f.plan.overdue)}</Td>
              <Td className={cn("tabular-nums", f.quietPairs > 0 && "text-amber-800")}>{formatNumber(f.quietPairs)}</Td>
              <Td className="tabular-nums">{formatNumber(f.visits)}</Td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
