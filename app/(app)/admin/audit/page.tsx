import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Table, Td } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { AUDIT_PAGE_SIZE, listAuditEvents, ZAuditFilter } from "@/lib/audit/queries";
import { NotFoundError } from "@/lib/errors";
import { formatLocalDate, formatNumber, formatTime } from "@/lib/format";

export const metadata = { title: "Журнал действий" };

const inputClass = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const principal = await requirePrincipal();
  const filter = ZAuditFilter.parse(await searchParams);
  const result = await listAuditEvents(principal, filter).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const query = (page: number) =>
    "?" + new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v) as [string, string][]).toString();

  return (
    <>
      <PageHeader title="Журнал действий" subtitle="Каждое изменение данных и каждое чтение персональных данных несовершеннолетних. Записи нельзя изменить или удалить." />
      <form className="mb-6 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 lg:grid-cols-6" method="get">
        <label className="text-sm font-medium text-slate-800">
          Действие
          <input name="action" defaultValue={filter.action} placeholder="например, pair" className={inputClass} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          Объект
          <select name="entity" defaultValue={filter.entity ?? ""} className={inputClass}>
            <option value="">все</option>
            {result.entities.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          Пользователь (e-mail)
          <input name="actor" defaultValue={filter.actor} className={inputClass} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          С даты
          <input type="date" name="from" defaultValue={filter.from} className={inputClass} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          По дату
          <input type="date" name="to" defaultValue={filter.to} className={inputClass} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Найти
          </button>
          <Link href="/admin/audit" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
            Сбросить
          </Link>
        </div>
      </form>
      <p className="mb-3 text-sm text-slate-600">Найдено записей: {formatNumber(result.total)}</p>
      <Table
        caption="Журнал действий"
        head={["Когда", "Кто", "Роль", "Действие", "Объект", "IP"]}
        isEmpty={result.events.length === 0}
        empty="Записей с такими условиями нет. Измените или сбросьте фильтры."
      >
        {result.events.map((event) => (
          <tr key={event.id}>
            <Td className="whitespace-nowrap tabular-nums">
              {formatLocalDate(event.at)} {formatTime(event.at)}
            </Td>
            <Td>{event.actor ? `${event.actor.fullName} (${event.actor.email})` : "система"}</Td>
            <Td>{event.actorRole ? ROLE_LABELS[event.actorRole] : "—"}</Td>
            <Td className="font-mono text-xs">{event.action}</Td>
            <Td className="font-mono text-xs">
              {event.entity}
              {event.entityId ? ` · ${event.entityId}` : ""}
            </Td>
            <Td className="font-mono text-xs">{event.ip ?? "—"}</Td>
          </tr>
        ))}
      </Table>
      {result.pages > 1 ? (
        <nav aria-label="Страницы журнала" className="mt-4 flex items-center gap-3 text-sm">
          {filter.page > 1 ? <Link href={query(filter.page - 1)} className="text-brand-700 hover:underline">← Назад</Link> : null}
          <span className="text-slate-600">
            Страница {filter.page} из {result.pages} (по {AUDIT_PAGE_SIZE})
          </span>
          {filter.page < result.pages ? <Link href={query(filter.page + 1)} className="text-brand-700 hover:underline">Вперёд →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
