import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { PlanItems } from "@/components/plans/plan-items";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/app-shell/app-shell";
import { formatDate, fullName, PAIR_STATUS_LABELS, VISIT_DIRECTION_LABELS } from "@/lib/format";
import { planProgress, type getPair } from "@/lib/pairs/queries";

type Pair = NonNullable<Awaited<ReturnType<typeof getPair>>>;

function personLine(person: Pair["mentees"][number]["mentee"]) {
  return `${fullName(person)}${person.className ? `, ${person.className} класс` : person.position ? `, ${person.position}` : ""}`;
}

/** `controls`: what the viewer may do with the pair (the curator's «Завершить» and «Прекратить досрочно»). */
export function PairDetail({
  pair,
  planHref,
  visitHref,
  controls,
}: {
  pair: Pair;
  planHref: (planId: string) => string;
  /** The observation card of a visit, where the viewer has one. */
  visitHref?: (visitId: string) => string;
  controls?: ReactNode;
}) {
  const title = pair.isGroup ? (pair.title ?? "Наставническая группа") : "Наставническая пара";
  // Mentees who left a group stay in its history; an ended pair shows everyone it had at the end.
  const active = pair.mentees.filter((m) => !m.leftOn || (pair.endedOn && m.leftOn >= pair.endedOn));
  const left = pair.mentees.filter((m) => !active.includes(m));
  return (
    <>
      <PageHeader
        title={`${title}: ${fullName(pair.mentor)}`}
        subtitle={`${pair.form.name}${pair.model ? ` · ${pair.model.name}` : ""} · ${pair.school.shortName}`}
        actions={<Badge tone={pair.status === "ACTIVE" ? "success" : "neutral"}>{PAIR_STATUS_LABELS[pair.status]}</Badge>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <CardTitle>Участники</CardTitle>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="text-slate-500">Наставник</dt>
              <dd className="font-medium">{fullName(pair.mentor)}</dd>
              {pair.mentor.position ? <dd className="text-slate-600">{pair.mentor.position}</dd> : null}
            </div>
            <div>
              <dt className="text-slate-500">{active.length > 1 ? "Наставляемые" : "Наставляемый"}</dt>
              {active.map((m) => (
                <dd key={m.id} className="font-medium">
                  {personLine(m.mentee)}
                </dd>
              ))}
            </div>
            {left.length ? (
              <div>
                <dt className="text-slate-500">Выбыли из состава</dt>
                {left.map((m) => (
                  <dd key={m.id} className="text-slate-600">
                    {personLine(m.mentee)} — с {m.leftOn ? formatDate(m.leftOn) : "—"}
                  </dd>
                ))}
              </div>
            ) : null}
            {pair.compatibilityScore !== null ? (
              <div>
                <dt className="text-slate-500">Совместимость по анкете</dt>
                <dd>{pair.compatibilityScore}%</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-slate-500">Срок</dt>
              <dd>
                {formatDate(pair.startsOn)} — {formatDate(pair.endedOn ?? pair.plannedEndOn)}
              </dd>
            </div>
            {pair.orderNumber ? (
              <div>
                <dt className="text-slate-500">Приказ о закреплении</dt>
                <dd>
                  № {pair.orderNumber}
                  {pair.orderDate ? ` от ${formatDate(pair.orderDate)}` : ""}
                </dd>
              </div>
            ) : null}
            {pair.terminationReason ? (
              <div>
                <dt className="text-slate-500">Причина прекращения</dt>
                <dd>{pair.terminationReason}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
        <div className="space-y-6 lg:col-span-2">
          {controls}
          {pair.plans.length === 0 ? (
            <Card>
              <CardTitle>Индивидуальный план</CardTitle>
              <p className="mt-3 text-sm text-slate-600">Плана пока нет: наставник составляет его вместе с наставляемым.</p>
            </Card>
          ) : (
            pair.plans.map((plan) => {
              const progress = planProgress(plan.items);
              return (
                <Card key={plan.id}>
                  <CardTitle>
                    {plan.title} — {fullName(plan.mentee)}
                  </CardTitle>
                  <p className="mt-1 text-sm text-slate-600">
                    Выполнено {progress.done} из {progress.total}
                    {progress.overdue ? `, просрочено ${progress.overdue}` : ""}
                  </p>
                  <PlanItems items={plan.items} />
                  <p className="mt-3 text-sm">
                    <Link href={planHref(plan.id)} className="font-medium text-brand-700 hover:underline">
                      Открыть план →
                    </Link>
                  </p>
                </Card>
              );
            })
          )}
          <Card>
            <CardTitle>Посещения уроков</CardTitle>
            {pair.visits.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">Посещений пока нет.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100 text-sm">
                {pair.visits.map((visit) => (
                  <li key={visit.id} className="py-2">
                    <span className="tabular-nums text-slate-600">{formatDate(visit.visitedOn)}</span> ·{" "}
                    {visitHref ? (
                      <Link href={visitHref(visit.id)} className="font-medium text-brand-700 hover:underline">
                        {visit.subject}
                      </Link>
                    ) : (
                      visit.subject
                    )}
                    {visit.className ? `, ${visit.className}` : ""} · {VISIT_DIRECTION_LABELS[visit.direction]}
                    {visit.topic ? <span className="block text-slate-600">Тема: {visit.topic}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardTitle>Встречи</CardTitle>
            {pair.meetings.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">Встреч пока нет.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100 text-sm">
                {pair.meetings.map((meeting) => (
                  <li key={meeting.id} className="py-2">
                    <span className="tabular-nums text-slate-600">{formatDate(meeting.heldOn)}</span> · {meeting.topic} ·{" "}
                    {meeting.durationMinutes} мин.
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
