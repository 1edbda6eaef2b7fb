import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { formatDate, fullName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import type { VisitView } from "@/lib/visits/queries";
import { DeleteVisitButton } from "./delete-visit-button";
import { PrintButton } from "./print-button";

/** The observation card of a visited lesson, as it is printed and signed. */
export function VisitCard({ visit, scope, saved }: { visit: VisitView; scope: WorkspaceScope; saved: boolean }) {
  const routes = routesFor(scope);
  const rows: Array<[string, string | null]> = [
    ["Дата урока", formatDate(visit.visitedOn)],
    ["Образовательная организация", visit.school.name],
    ["Класс", visit.className],
    ["Предмет", visit.subject],
    ["Тема урока", visit.topic],
    ["Урок ведёт", fullName(visit.teacher) + (visit.teacher.position ? `, ${visit.teacher.position}` : "")],
    ["Урок посетил(а)", fullName(visit.visitor) + (visit.visitor.position ? `, ${visit.visitor.position}` : "")],
    ["Вид посещения", VISIT_DIRECTION_LABELS[visit.direction]],
    ["Цель посещения", visit.purpose],
  ];
  return (
    <div className="space-y-6">
      {saved ? (
        <div className="no-print">
          <Alert tone="success">
            Посещение записано.{" "}
            <Link href={routes.home} className="font-semibold underline">
              На главную
            </Link>
          </Alert>
        </div>
      ) : null}
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton label="Распечатать карту" />
        {visit.capabilities.edit ? (
          <ButtonLink href={routes.editVisit(visit.id)} variant="secondary">
            Изменить
          </ButtonLink>
        ) : null}
        {visit.pair ? (
          <Link href={routes.pair(visit.pair.id)} className="text-sm font-medium text-brand-700 hover:underline">
            К паре →
          </Link>
        ) : null}
      </div>
      <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-8 print:border-0 print:p-0 print:shadow-none">
        <header className="border-b border-slate-200 pb-4 text-center">
          <p className="text-xs uppercase tracking-wide text-slate-500">{visit.school.name}</p>
          <h2 className="mt-1 text-xl font-semibold text-slate-900">Карта наблюдения урока</h2>
          <p className="text-sm text-slate-600">
            взаимопосещение уроков в рамках программы наставничества{visit.pair ? ` · ${visit.pair.form.name}` : ""}, {visit.academicYear.title} учебный год
          </p>
        </header>
        <dl className="mt-4 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2 print:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label} className="flex flex-col border-b border-dotted border-slate-200 py-1">
              <dt className="text-slate-500">{label}</dt>
              <dd className="font-medium text-slate-900">{value || "—"}</dd>
            </div>
          ))}
        </dl>
        {visit.planItem ? (
          <p className="mt-4 text-sm">
            <span className="text-slate-500">Пункт индивидуального плана: </span>
            <Link href={routes.item(visit.planItem.planId, visit.planItem.id)} className="font-medium text-brand-700 hover:underline print:text-slate-900 print:no-underline">
              {visit.planItem.goal}
            </Link>
          </p>
        ) : null}
        {(
          [
            ["Что наблюдали", visit.observed],
            ["Сильные стороны урока", visit.strengths],
            ["Рекомендации", visit.recommendations],
          ] as const
        ).map(([label, text]) => (
          <section key={label} className="mt-5 break-inside-avoid">
            <h3 className="text-sm font-semibold text-slate-900">{label}</h3>
            <p className="mt-1 min-h-12 whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm text-slate-800 print:bg-transparent print:p-0">{text || "—"}</p>
          </section>
        ))}
        <footer className="mt-8 grid gap-6 text-sm sm:grid-cols-2 print:grid-cols-2">
          <p>
            Посетивший урок: ____________ / {fullName(visit.visitor)}
          </p>
          <p>
            Учитель: ____________ / {fullName(visit.teacher)}
          </p>
        </footer>
      </article>
      {visit.capabilities.delete ? (
        <div className="no-print">
          <DeleteVisitButton visitId={visit.id} version={visit.version} afterHref={visit.pair ? routes.pair(visit.pair.id) : routes.visits} />
        </div>
      ) : null}
    </div>
  );
}
