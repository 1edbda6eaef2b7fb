import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { routesFor, type WorkspaceScope } from "@/components/plans/routes";
import { countRu, formatDate, fullName, shortPersonName } from "@/lib/format";
import type { QuietPair } from "@/lib/visits/activity";

/** "Pairs with nothing logged for 30 days": who, since when, and what the curator can do about it. */
export function QuietPairs({ pairs, scope, days }: { pairs: QuietPair[]; scope: WorkspaceScope; days: number }) {
  const routes = routesFor(scope);
  return (
    <Card className="p-4 sm:p-6">
      <CardTitle>Пары без записей {days} дней и дольше</CardTitle>
      {pairs.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Таких нет: во всех действующих парах за последние {days} дней что-то записано — посещение, встреча или работа по плану.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            Ни посещений уроков, ни встреч, ни отметок в плане. Свяжитесь с наставником: возможно, пара работает, но не ведёт записи, или ей нужна помощь.
          </p>
          <ul className="mt-4 divide-y divide-slate-100" data-testid="quiet-pairs">
            {pairs.map((pair) => {
              const mentees = pair.mentees.map((m) => shortPersonName(m.mentee)).join(", ");
              const subject = encodeURIComponent("Наставничество: записи пары");
              return (
                <li key={pair.id} className="py-3 text-sm">
                  <p className="font-medium text-slate-900">
                    {fullName(pair.mentor)} → {mentees}
                  </p>
                  <p className="text-slate-600">
                    {pair.form.name} · <span className="font-semibold text-red-700">нет записей {countRu(pair.quietDays, ["день", "дня", "дней"])}</span>
                    {pair.lastLogged ? ` (последняя: ${formatDate(pair.lastLogged)})` : ` (с начала работы пары ${formatDate(pair.startsOn)})`}
                  </p>
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                    <Link href={routes.pair(pair.id)} className="font-medium text-brand-700 hover:underline">
                      Открыть пару
                    </Link>
                    {pair.mayLog ? (
                      <Link href={routes.newMeeting(pair.id)} className="font-medium text-brand-700 hover:underline">
                        Записать встречу
                      </Link>
                    ) : null}
                    {pair.mentor.email ? (
                      <a href={`mailto:${pair.mentor.email}?subject=${subject}`} className="font-medium text-brand-700 hover:underline">
                        Написать наставнику
                      </a>
                    ) : null}
                    {pair.mentor.phone ? (
                      <a href={`tel:${pair.mentor.phone.replace(/[^\d+]/g, "")}`} className="font-medium text-brand-700 hover:underline">
                        Позвонить: {pair.mentor.phone}
                      </a>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
