import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDate, fullName, PAIR_STATUS_LABELS, shortPersonName, VISIT_DIRECTION_LABELS } from "@/lib/format";
import type { PastPair, WorkspacePair } from "@/lib/plans/workspace";
import { dueState } from "@/lib/plans/progress";
import { DueLabel } from "./due-label";
import { ProgressBar } from "./progress-bar";
import { routesFor, MY_SCOPE } from "./routes";

const routes = routesFor(MY_SCOPE);
const action = "w-full justify-center py-3 sm:w-auto sm:py-2";

/** The mentor's home: each active pair or group, every mentee with the plan's state and one-tap actions. */
export function MentorHome({ pairs, today, pastPairs }: { pairs: WorkspacePair[]; today: Date; pastPairs: PastPair[] }) {
  if (pairs.length === 0) {
    return (
      <div className="space-y-6">
        <Card>
          <p className="text-sm text-slate-700">
            У вас пока нет закреплённых наставляемых. Куратор школы закрепит их приказом — пары появятся здесь, и вы сможете вести план, записывать
            посещения уроков и встречи.
          </p>
        </Card>
        <PastPairs pairs={pastPairs} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {pairs.map((pair) => (
        <PairCard key={pair.id} pair={pair} today={today} />
      ))}
      <PastPairs pairs={pastPairs} />
    </div>
  );
}

/** Completed and ended pairs: their records stay, one tap away. */
function PastPairs({ pairs }: { pairs: PastPair[] }) {
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="past-pairs" className="text-sm">
      <h2 id="past-pairs" className="font-semibold text-slate-900">
        Завершённые пары и группы
      </h2>
      <ul className="mt-2 space-y-1">
        {pairs.map((pair) => (
          <li key={pair.id}>
            <Link href={routes.pair(pair.id)} className="font-medium text-brand-700 hover:underline">
              {pair.isGroup && pair.title ? pair.title : pair.mentees.map((m) => shortPersonName(m.mentee)).join(", ")}
            </Link>{" "}
            <span className="text-slate-600">
              · {formatDate(pair.startsOn)} — {formatDate(pair.endedOn ?? pair.plannedEndOn)}, {PAIR_STATUS_LABELS[pair.status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PairCard({ pair, today }: { pair: WorkspacePair; today: Date }) {
  const heading = pair.isGroup ? (pair.title ?? "Наставническая группа") : pair.mentees.map((m) => fullName(m.mentee)).join(", ");
  return (
    <Card className="p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-lg font-semibold text-slate-900">
          <Link href={routes.pair(pair.id)} className="hover:underline">
            {heading}
          </Link>
        </h2>
        <p className="text-sm text-slate-600">
          {pair.isGroup ? "группа" : "пара"} · {pair.form}
          {pair.model ? ` · ${pair.model}` : ""} · с {formatDate(pair.startsOn)}
        </p>
      </div>
      <ul className="mt-4 space-y-4">
        {pair.mentees.map((entry) => (
          <MenteeBlock key={entry.mentee.id} pairId={pair.id} entry={entry} today={today} showName={pair.isGroup || pair.mentees.length > 1} />
        ))}
      </ul>
      <div className="mt-4 flex flex-col gap-3 border-t border-slate-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700">
          {pair.lastMeeting ? (
            <>
              Последняя встреча:{" "}
              <Link href={routes.meeting(pair.lastMeeting.id)} className="font-medium text-brand-700 hover:underline">
                {formatDate(pair.lastMeeting.heldOn)}
              </Link>{" "}
              — {pair.lastMeeting.topic}
            </>
          ) : (
            "Встреч ещё не записано."
          )}
        </p>
        {pair.mayLogMeeting ? (
          <ButtonLink href={routes.newMeeting(pair.id)} variant="secondary" className={action} aria-label={`Записать встречу — ${pair.mentees.map((m) => shortPersonName(m.mentee)).join(", ")}`}>
            Записать встречу
          </ButtonLink>
        ) : null}
      </div>
    </Card>
  );
}

function MenteeBlock({ pairId, entry, today, showName }: { pairId: string; entry: WorkspacePair["mentees"][number]; today: Date; showName: boolean }) {
  const { mentee, plan, lastVisit } = entry;
  const who = mentee.className ? `${mentee.className} класс` : mentee.position;
  return (
    <li className="rounded-lg bg-slate-50 p-3 sm:p-4" data-testid="mentee-block">
      <h3 className={showName ? "font-semibold text-slate-900" : "sr-only"}>
        {fullName(mentee)}
        {who ? <span className="font-normal text-slate-600">, {who}</span> : null}
      </h3>
      {plan ? (
        <>
          <ProgressBar progress={plan.progress} label={plan.title} className={showName ? "mt-2" : undefined} />
          {plan.overdue.length + plan.next.length > 0 ? (
            <ul className="mt-3 space-y-1.5 text-sm" aria-label="Ближайшие и просроченные пункты">
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
          ) : (
            <p className="mt-2 text-sm text-slate-600">Открытых пунктов нет.</p>
          )}
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-700">Плана пока нет: составьте его вместе с наставляемым — из шаблона, по диагностике затруднений или с нуля.</p>
      )}
      {entry.mayLogVisit ? (
        <p className="mt-3 text-sm text-slate-700">
          {lastVisit ? (
            <>
              Последнее посещение:{" "}
              <Link href={routes.visit(lastVisit.id)} className="font-medium text-brand-700 hover:underline">
                {formatDate(lastVisit.visitedOn)}
              </Link>
              , {lastVisit.subject}
              {lastVisit.className ? ` (${lastVisit.className})` : ""} — {VISIT_DIRECTION_LABELS[lastVisit.direction]}
            </>
          ) : (
            "Посещений уроков ещё не записано."
          )}
        </p>
      ) : null}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {entry.mayLogVisit ? (
          <ButtonLink href={routes.newVisit(pairId, mentee.id)} className={action} aria-label={`Записать посещение урока — ${shortPersonName(mentee)}`}>
            Записать посещение урока
          </ButtonLink>
        ) : null}
        {plan ? (
          <ButtonLink href={routes.plan(plan.id)} variant="secondary" className={action} aria-label={`Открыть план — ${shortPersonName(mentee)}`}>
            Открыть план
          </ButtonLink>
        ) : entry.mayCreatePlan ? (
          <ButtonLink href={routes.newPlan(pairId, mentee.id)} variant="secondary" className={action} aria-label={`Составить план — ${shortPersonName(mentee)}`}>
            Составить план
          </ButtonLink>
        ) : null}
      </div>
    </li>
  );
}
