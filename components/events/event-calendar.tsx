import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { monthGrid, MONTH_NAMES, shiftMonth } from "@/lib/events/calendar";
import type { EventListRow } from "@/lib/events/queries";

const WEEKDAYS = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];

/** A month of events, Monday first, with links to the previous and next month. */
export function EventCalendar({ events, month, hrefFor, monthHref }: { events: EventListRow[]; month: { year: number; month: number }; hrefFor: (id: string) => string; monthHref: (month: string) => string }) {
  const weeks = monthGrid(month, events);
  return (
    <section aria-label="Календарь мероприятий" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex items-center justify-between">
        <Link href={monthHref(shiftMonth(month, -1))} className="text-sm text-brand-700 hover:underline">
          ← Предыдущий месяц
        </Link>
        <h2 className="text-base font-semibold capitalize text-slate-900">
          {MONTH_NAMES[month.month - 1]} {month.year}
        </h2>
        <Link href={monthHref(shiftMonth(month, 1))} className="text-sm text-brand-700 hover:underline">
          Следующий месяц →
        </Link>
      </div>
      <table className="w-full table-fixed border-collapse text-sm">
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col" className="pb-2 text-left font-semibold text-slate-600">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => (
                <td key={day.date} className={cn("h-24 border border-slate-100 p-1 align-top", !day.inMonth && "bg-slate-50 text-slate-400")}>
                  <div className="text-xs tabular-nums">{Number(day.date.slice(8))}</div>
                  <ul className="mt-1 space-y-1">
                    {day.events.map((event) => (
                      <li key={event.id}>
                        <Link href={hrefFor(event.id)} className="block truncate rounded bg-brand-50 px-1 text-xs text-brand-700 hover:underline" title={event.title}>
                          {event.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
