import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ParticipantFilters } from "@/components/participants/participant-filters";
import { ParticipantTable } from "@/components/participants/participant-table";
import { ButtonLink } from "@/components/ui/button";
import { Stat } from "@/components/ui/card";
import { can } from "@/lib/access";
import { requirePrincipal } from "@/lib/auth/current";
import { countRu, formatNumber } from "@/lib/format";
import { findSchool } from "@/lib/hierarchy/queries";
import { listFormOptions, listParticipants } from "@/lib/participants/queries";
import { ZParticipantFilter } from "@/lib/participants/schemas";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ParticipantsPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ schoolId }, query] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const school = await findSchool(principal, schoolId);
  if (!school) notFound();
  const raw = { ...query, flags: Array.isArray(query.flags) ? query.flags.join(",") : query.flags };
  const filter = ZParticipantFilter.parse(raw);
  const [list, forms] = await Promise.all([listParticipants(principal, schoolId, filter), listFormOptions(principal)]);
  const base = `/school/${schoolId}/participants`;
  const hrefWith = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const current: Record<string, string | undefined> = {
      q: filter.q, kind: filter.kind, base: filter.base, formId: filter.formId,
      flags: filter.flags.join(",") || undefined, archived: filter.archived ? "1" : undefined,
      sort: filter.sort, dir: filter.dir, page: String(filter.page), ...change,
    };
    for (const [key, value] of Object.entries(current)) if (value) next.set(key, value);
    return `${base}?${next.toString()}`;
  };
  const mayWrite = can(principal, "create", "participant", { ...school, schoolId: school.id });
  const filtered = Boolean(filter.q || filter.kind || filter.base || filter.formId || filter.flags.length || filter.archived);
  return (
    <>
      <PageHeader
        title="Базы наставников и наставляемых"
        subtitle={school.name}
        actions={
          <div className="flex flex-wrap gap-2">
            {mayWrite ? <ButtonLink href={`${base}/new`}>Добавить участника</ButtonLink> : null}
            {mayWrite ? <ButtonLink href={`${base}/import`} variant="secondary">Импорт из Excel</ButtonLink> : null}
            <a href={`${base}/export`} className="inline-flex items-center rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" download>
              Выгрузить в Excel
            </a>
          </div>
        }
      />
      <dl className="mb-6 grid gap-4 sm:grid-cols-3">
        <Stat label="В базе наставников" value={formatNumber(list.counts.mentors)} />
        <Stat label="В базе наставляемых" value={formatNumber(list.counts.mentees)} />
        <Stat label="В архиве" value={formatNumber(list.counts.archived)} />
      </dl>
      <ParticipantFilters filter={filter} forms={forms} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">Найдено: {countRu(list.total, ["участник", "участника", "участников"])}</p>
      <ParticipantTable
        rows={list.rows}
        filter={filter}
        hrefWith={hrefWith}
        detailHref={(id) => `${base}/${id}`}
        empty={
          filtered ? (
            <>Никого не нашлось. <Link href={base} className="text-brand-700 underline">Сбросьте фильтры</Link> или измените запрос.</>
          ) : (
            <>Базы пока пусты. Добавьте участника вручную или загрузите список из Excel по шаблону — кнопки вверху страницы.</>
          )
        }
      />
      {list.pages > 1 ? (
        <nav aria-label="Страницы" className="mt-4 flex items-center justify-between text-sm">
          {filter.page > 1 ? <Link href={hrefWith({ page: String(filter.page - 1) })} className="text-brand-700 hover:underline">← Назад</Link> : <span />}
          <span className="text-slate-600">Страница {filter.page} из {list.pages}</span>
          {filter.page < list.pages ? <Link href={hrefWith({ page: String(filter.page + 1) })} className="text-brand-700 hover:underline">Вперёд →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
