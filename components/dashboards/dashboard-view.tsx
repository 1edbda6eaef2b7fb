import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { YearSwitcher } from "@/components/ui/year-select";
import { formatLocalDate, formatNumber, formatTime } from "@/lib/format";
import type { Dashboard } from "@/lib/dashboards/dashboard";
import { averageLoad, percent, STUDENT_COVERAGE_TARGET } from "@/lib/dashboards/figures";
import { drillLinks, type DrillLinks } from "@/lib/dashboards/links";
import { ActivityChart, PairsByFormChart } from "./dashboard-charts";
import { coverageMatrixData, sortKeyOf, unitsTableRows } from "@/lib/dashboards/tables";
import { EventsTable } from "./dashboard-tables";
import { CoverageMatrix, UnitsTable } from "./unit-tables";

/** A figure that opens the list behind it. */
function Figure({ label, value, hint, href, tone }: { label: string; value: ReactNode; hint?: string; href?: string; tone?: "warning" }) {
  const body = (
    <>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", tone === "warning" ? "text-amber-800" : "text-slate-900")}>{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-slate-600">{hint}</dd> : null}
    </>
  );
  return href ? (
    <Link href={href} className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300 hover:bg-brand-50/40 focus-visible:outline-2 focus-visible:outline-brand-600">
      <dl>{body}</dl>
    </Link>
  ) : (
    <dl className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">{body}</dl>
  );
}

const share = (part: number, whole: number) => {
  const p = percent(part, whole);
  return p === null ? "—" : `${p} %`;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8" aria-label={title}>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** Chips linking to the same page with `?form=` (or without it), the chosen one marked. */
function FormFilter({ dashboard, hrefFor }: { dashboard: Dashboard; hrefFor: (formId: string | null) => string }) {
  const chip = (id: string | null, label: string) => {
    const current = (dashboard.form?.id ?? null) === id;
    return (
      <Link
        key={id ?? "all"}
        href={hrefFor(id)}
        aria-current={current ? "page" : undefined}
        className={cn("rounded-full px-3 py-1 ring-1 ring-inset", current ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50")}
      >
        {label}
      </Link>
    );
  };
  return (
    <nav aria-label="Форма наставничества" className="flex flex-wrap gap-2 text-sm">
      {chip(null, "все формы")}
      {dashboard.forms.map((f) => chip(f.id, f.name))}
    </nav>
  );
}

export function DashboardView({ dashboard, basePath, sort }: { dashboard: Dashboard; basePath: string; sort?: string }) {
  const t = dashboard.totals;
  const links: DrillLinks = drillLinks(dashboard);
  const query = (year: string, form: string | null) => `${basePath}?year=${encodeURIComponent(year)}${form ? `&form=${encodeURIComponent(form)}` : ""}`;
  const exportHref = `${links.exportPath}?year=${encodeURIComponent(dashboard.year.id)}${dashboard.form ? `&form=${encodeURIComponent(dashboard.form.id)}` : ""}`;
  const avg = averageLoad(t);
  const allPairs = t.pairs.active + t.pairs.completed + t.pairs.terminated;
  const studentShare = percent(t.studentsCovered, t.students);
  const unitQuery = dashboard.form ? `?year=${dashboard.year.id}&form=${dashboard.form.id}` : `?year=${dashboard.year.id}`;
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-2">
          <YearSwitcher years={dashboard.years} currentId={dashboard.year.id} hrefFor={(id) => query(id, dashboard.form?.id ?? null)} />
          <FormFilter dashboard={dashboard} hrefFor={(id) => query(dashboard.year.id, id)} />
        </div>
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-800">
            данные на {formatTime(dashboard.asOf)}
            {formatLocalDate(dashboard.asOf) === formatLocalDate(new Date()) ? null : `, ${formatLocalDate(dashboard.asOf)}`}
          </span>
          {dashboard.source === "rollup"
            ? ` — сводка обновляется, когда ей больше ${dashboard.rollupMaxAgeMinutes} мин; списки по ссылкам — на текущий момент`
            : " — считаются при открытии страницы"}
          {" · "}
          <a href={exportHref} className="font-medium text-brand-700 hover:underline">
            Выгрузить в Excel
          </a>
          {links.reportPath ? (
            <>
              {" · "}
              <Link href={`${links.reportPath}?year=${encodeURIComponent(dashboard.year.id)}`} className="font-medium text-brand-700 hover:underline">
                Отчёт за учебный год
              </Link>
            </>
          ) : null}
        </p>
      </div>

      <Section title="Школы и документы">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
          <Figure label="Школы во внедрении" value={formatNumber(t.inRollout)} hint={`из ${formatNumber(t.schools)}`} href={links.schools} />
          <Figure label="Все документы приняты" value={formatNumber(t.allDocumentsAccepted)} hint={`${share(t.allDocumentsAccepted, t.schools)} школ`} href={links.documents} />
          <Figure label="Страница на сайте заполнена" value={formatNumber(t.publicPageFilled)} hint={`${share(t.publicPageFilled, t.schools)} школ`} href={links.documents} />
          <Figure label="Документы ждут проверки" value={formatNumber(t.documentsWaiting)} href={links.documents} />
          <Figure label="Документы просрочены" value={formatNumber(t.documentsOverdue)} href={links.documents} tone={t.documentsOverdue ? "warning" : undefined} />
        </div>
      </Section>

      <Section title="Участники">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
          <Figure label="Наставники в базе" value={formatNumber(t.mentorsInBase)} href={links.mentors} />
          <Figure label="Наставляемые в базе" value={formatNumber(t.menteesInBase)} href={links.mentees} />
          <Figure label="Молодые специалисты" value={formatNumber(t.youngSpecialists)} hint={`с наставником: ${formatNumber(t.youngWithMentor)} (${share(t.youngWithMentor, t.youngSpecialists)})`} href={links.young} />
          <Figure
            label="Обучающиеся охвачены наставничеством"
            value={share(t.studentsCovered, t.students)}
            hint={`${formatNumber(t.studentsCovered)} из ${formatNumber(t.students)}; цель — ${STUDENT_COVERAGE_TARGET} %`}
            href={links.students}
            tone={studentShare !== null && studentShare < STUDENT_COVERAGE_TARGET ? "warning" : undefined}
          />
          <Figure label="Наставники обучены" value={formatNumber(t.trainedMentors)} hint={`из ${formatNumber(t.activeMentors)} работающих (${share(t.trainedMentors, t.activeMentors)})`} href={links.mentors} />
        </div>
      </Section>

      <Section title="Пары и группы">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
          <Figure label="Действуют" value={formatNumber(t.pairs.active)} hint={`из них групп: ${formatNumber(t.groups)}`} href={links.pairs("ACTIVE")} />
          <Figure label="Завершены" value={formatNumber(t.pairs.completed)} href={links.pairs("COMPLETED")} />
          <Figure label="Прекращены досрочно" value={formatNumber(t.pairs.terminated)} hint={allPairs ? `${share(t.pairs.terminated, allPairs)} пар года` : undefined} href={links.pairs("TERMINATED")} />
          <Figure label="Нагрузка наставника" value={avg === null ? "—" : String(avg).replace(".", ",")} hint={`в среднем; максимум ${formatNumber(t.maxLoad)}`} href={links.pairs("ACTIVE")} />
          <Figure label="Сверх предельной нагрузки" value={formatNumber(t.overCap)} hint="наставников" href={links.pairs("ACTIVE")} tone={t.overCap ? "warning" : undefined} />
        </div>
        <Card className="mt-4">
          <CardTitle as="h3">Пары и группы по формам наставничества</CardTitle>
          <PairsByFormChart rows={dashboard.pairsByForm} />
        </Card>
        <div className="mt-4">
          <CoverageMatrix level={dashboard.unit.childLevel} data={coverageMatrixData(dashboard)} />
        </div>
      </Section>

      <Section title="Работа пар">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
          <Figure label="Пункты планов выполнены" value={share(t.plan.done, t.plan.total)} hint={`${formatNumber(t.plan.done)} из ${formatNumber(t.plan.total)}`} href={links.plans} />
          <Figure label="Пункты к сроку (14 дней)" value={formatNumber(t.plan.soon)} href={links.plans} />
          <Figure label="Пункты просрочены" value={formatNumber(t.plan.overdue)} href={links.plans} tone={t.plan.overdue ? "warning" : undefined} />
          <Figure label="Посещения уроков и встречи" value={`${formatNumber(t.visits)} / ${formatNumber(t.meetings)}`} hint={`встречи — ${formatNumber(Math.round(t.meetingMinutes / 60))} ч`} href={links.visits} />
          <Figure label="Без записей 30 дней" value={formatNumber(t.quietPairs)} hint={`из ${formatNumber(t.pairs.active)} действующих пар`} href={links.quiet} tone={t.quietPairs ? "warning" : undefined} />
        </div>
        <Card className="mt-4">
          <CardTitle as="h3">Посещения уроков и встречи по месяцам</CardTitle>
          <ActivityChart rows={dashboard.activityByMonth} />
        </Card>
      </Section>

      <Section title="Мероприятия">
        <EventsTable dashboard={dashboard} eventsHref={links.events} />
      </Section>

      {dashboard.unit.level === "school" ? null : (
        <Section title={dashboard.unit.childLevel === "region" ? "Регионы" : dashboard.unit.childLevel === "municipality" ? "Муниципалитеты" : "Школы"}>
          <UnitsTable level={dashboard.unit.childLevel} rows={unitsTableRows(dashboard, sort, unitQuery)} query={unitQuery} sort={sortKeyOf(sort)} />
        </Section>
      )}
    </div>
  );
}
