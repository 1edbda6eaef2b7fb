import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { formatDate, fullName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import { MEETING_FORMAT_LABELS } from "@/lib/plans/labels";
import { dueState } from "@/lib/plans/progress";
import type { WorkspacePair } from "@/lib/plans/workspace";
import type { MeetingRow } from "@/lib/meetings/queries";
import type { VisitRow } from "@/lib/visits/queries";
import { DueLabel } from "./due-label";
import { ProgressBar } from "./progress-bar";
import { MY_SCOPE, routesFor } from "./routes";

const routes = routesFor(MY_SCOPE);

/** The mentee's home: my mentor and how to reach them, my plan, my visits and meetings. */
export function MenteeHome({ pairs, menteeIds, visits, meetings, today }: { pairs: WorkspacePair[]; menteeIds: string[]; visits: VisitRow[]; meetings: MeetingRow[]; today: Date }) {
  if (pairs.length === 0) {
    return (
      <Card>
        <p className="text-sm text-slate-700">
          Вас пока не закрепили за наставником. Когда куратор школы сформирует пару, здесь появятся ваш наставник, ваш план и записи о встречах.
        </p>
      </Card>
    );
  }
  return (
    // Phone order: my plan, my mentor, my visits, my meetings; on a desktop, two columns.
    <div className="grid items-start gap-6 lg:grid-cols-3">
        {pairs.map((pair) => {
          const mine = pair.mentees.find((m) => menteeIds.includes(m.mentee.id));
          const plan = mine?.plan;
          return (
            <Card key={pair.id} className="p-4 sm:p-6 lg:col-span-2">
              <CardTitle>{plan ? plan.title : "Мой план"}</CardTitle>
              <p className="mt-1 text-sm text-slate-600">
                {pair.form}
                {pair.isGroup && pair.title ? ` · ${pair.title}` : ""}
              </p>
              {plan ? (
                <>
                  <ProgressBar progress={plan.progress} className="mt-4" label="Мой прогресс" />
                  {plan.overdue.length + plan.next.length > 0 ? (
                    <ul className="mt-4 space-y-2 text-sm" aria-label="Что сделать в первую очередь">
                      {[...plan.overdue, ...plan.next].map((item) => (
                        <li key={item.id} className={dueState(item, today) === "overdue" ? "rounded-md border-l-4 border-red-500 bg-red-50 px-2 py-1" : "px-2 py-1"}>
                          <Link href={routes.item(plan.id, item.id)} className="font-medium text-slate-900 hover:underline">
                            {item.goal}
                          </Link>
                          <span className="block text-xs">
                            <DueLabel dueOn={item.dueOn} state={dueState(item, today)} />
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <ButtonLink href={routes.plan(plan.id)} className="mt-4 w-full py-3 sm:w-auto sm:py-2">
                    Открыть мой план
                  </ButtonLink>
                  <p className="mt-2 text-xs text-slate-600">В плане отмечайте, что сделано, и пишите рефлексию к пунктам: наставник увидит её сразу.</p>
                </>
              ) : (
                <p className="mt-3 text-sm text-slate-700">План ещё не составлен: наставник составит его вместе с вами.</p>
              )}
            </Card>
          );
        })}
        {pairs.map((pair) => (
          <Card key={pair.id} className="p-4 sm:p-6">
            <CardTitle>Мой наставник</CardTitle>
            <p className="mt-3 font-medium text-slate-900">{fullName(pair.mentor)}</p>
            {pair.mentor.position ? <p className="text-sm text-slate-600">{pair.mentor.position}</p> : null}
            <dl className="mt-3 space-y-2 text-sm">
              {pair.mentor.email ? (
                <div>
                  <dt className="text-slate-500">Электронная почта</dt>
                  <dd>
                    <a href={`mailto:${pair.mentor.email}`} className="font-medium text-brand-700 hover:underline">
                      {pair.mentor.email}
                    </a>
                  </dd>
                </div>
              ) : null}
              {pair.mentor.phone ? (
                <div>
                  <dt className="text-slate-500">Телефон</dt>
                  <dd>
                    <a href={`tel:${pair.mentor.phone.replace(/[^\d+]/g, "")}`} className="font-medium text-brand-700 hover:underline">
                      {pair.mentor.phone}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            {!pair.mentor.email && !pair.mentor.phone ? (
              <p className="mt-2 text-sm text-slate-600">Контакты наставника не указаны — спросите их у куратора школы.</p>
            ) : null}
          </Card>
        ))}
        <Card className="p-4 sm:p-6 lg:col-span-2">
          <CardTitle>Мои посещения уроков</CardTitle>
          {visits.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">Посещений пока нет.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {visits.slice(0, 6).map((visit) => (
                <li key={visit.id} className="py-2">
                  <Link href={routes.visit(visit.id)} className="font-medium text-brand-700 hover:underline">
                    {formatDate(visit.visitedOn)} · {visit.subject}
                    {visit.className ? `, ${visit.className}` : ""}
                  </Link>
                  <span className="block text-slate-600">{VISIT_DIRECTION_LABELS[visit.direction]}</span>
                </li>
              ))}
            </ul>
          )}
          <Link href={routes.visits} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Все посещения и встречи →
          </Link>
        </Card>
        <Card className="p-4 sm:p-6">
          <CardTitle>Встречи с наставником</CardTitle>
          {meetings.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">Встреч пока не записано.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {meetings.slice(0, 6).map((meeting) => (
                <li key={meeting.id} className="py-2">
                  <Link href={routes.meeting(meeting.id)} className="font-medium text-brand-700 hover:underline">
                    {formatDate(meeting.heldOn)}
                  </Link>{" "}
                  · {MEETING_FORMAT_LABELS[meeting.format]}, {meeting.durationMinutes} мин.
                  <span className="block text-slate-700">{meeting.topic}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
    </div>
  );
}
