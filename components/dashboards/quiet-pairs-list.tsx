import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import { YearSwitcher } from "@/components/ui/year-select";
import { countRu, formatDate, formatNumber, formatTime } from "@/lib/format";
import type { UnitQuietPairs } from "@/lib/dashboards/quiet";
import { QUIET_DAYS } from "@/lib/visits/activity";

/** The quiet pairs of every school of a region or municipality, a page at a time. */
export function QuietPairsList({ list, basePath }: { list: UnitQuietPairs; basePath: string }) {
  const href = (params: { year?: string; form?: string | null; page?: number }) => {
    const query = new URLSearchParams({ year: params.year ?? list.year.id });
    const form = params.form === undefined ? list.form?.id : params.form;
    if (form) query.set("form", form);
    if (params.page && params.page > 1) query.set("page", String(params.page));
    return `${basePath}/dashboard/quiet?${query}`;
  };
  const from = (list.page - 1) * list.pageSize + 1;
  const to = from + list.pairs.length - 1;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const showsRegion = list.unit.level === "region";
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <YearSwitcher years={list.years} currentId={list.year.id} hrefFor={(id) => href({ year: id, page: 1 })} />
        <nav aria-label="Форма наставничества" className="flex flex-wrap gap-2 text-sm">
          {[{ id: null as string | null, name: "Все формы" }, ...list.forms].map((f) => (
            <Link
              key={f.id ?? "all"}
              href={href({ form: f.id, page: 1 })}
              aria-current={(list.form?.id ?? null) === f.id ? "page" : undefined}
              className={(list.form?.id ?? null) === f.id ? "rounded-full bg-slate-800 px-3 py-1 text-white" : "rounded-full px-3 py-1 text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"}
            >
              {f.name}
            </Link>
          ))}
        </nav>
      </div>
      <p className="text-sm text-slate-600">
        Действующие пары {list.year.title} учебного года, в которых {QUIET_DAYS} дней и дольше ничего не записано: ни посещений уроков, ни встреч, ни
        отметок в плане. Список — на текущий момент ({formatTime(list.asOf)}); число на сводке может отставать на время её обновления.
      </p>
      <p className="text-sm font-medium text-slate-800" data-testid="quiet-total">
        {list.total === 0 ? "Таких пар нет." : `Всего: ${formatNumber(list.total)}. Показаны ${formatNumber(from)}–${formatNumber(to)}.`}
      </p>
      <Table
        caption={`Пары без записей ${QUIET_DAYS} дней: ${list.unit.name}`}
        head={["Школа", ...(showsRegion ? ["Муниципалитет"] : []), "Форма", "Наставник → наставляемые", "Последняя запись", "Без записей"]}
        isEmpty={list.pairs.length === 0}
        empty="Во всех действующих парах за последние 30 дней что-то записано."
      >
        {list.pairs.map((pair) => (
          <tr key={pair.id}>
            <Td>
              <Link href={`/school/${pair.schoolId}/visits`} className="font-medium text-brand-700 hover:underline">
                {pair.schoolName}
              </Link>
            </Td>
            {showsRegion ? <Td>{pair.municipalityName}</Td> : null}
            <Td>{pair.formName}</Td>
            <Td>
              <Link href={`/school/${pair.schoolId}/pairs/${pair.id}`} className="text-brand-700 hover:underline">
                {pair.mentorName} → {pair.mentees.join(", ") || "—"}
              </Link>
            </Td>
            <Td>{pair.lastLogged ? formatDate(pair.lastLogged) : `не было (пара с ${formatDate(pair.startsOn)})`}</Td>
            <Td className="font-semibold text-red-700">{countRu(pair.quietDays, ["день", "дня", "дней"])}</Td>
          </tr>
        ))}
      </Table>
      {pages > 1 ? (
        <nav aria-label="Страницы списка" className="flex flex-wrap items-center gap-4 text-sm">
          {list.page > 1 ? (
            <Link href={href({ page: list.page - 1 })} className="font-medium text-brand-700 hover:underline">
              ← Назад
            </Link>
          ) : null}
          <span className="text-slate-600">
            Страница {list.page} из {pages}
          </span>
          {list.page < pages ? (
            <Link href={href({ page: list.page + 1 })} className="font-medium text-brand-700 hover:underline">
              Далее →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
