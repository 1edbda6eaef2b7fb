import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { EventListRow } from "@/lib/events/queries";
import { EVENT_STATUS_LABELS, EVENT_TYPE_LABELS, LEVEL_LABELS } from "@/lib/events/schemas";
import { formatLocalDate, formatNumber, formatTime } from "@/lib/format";

const STATUS_TONE = { PLANNED: "info", HELD: "success", CANCELLED: "neutral" } as const;

export function whereOf(event: Pick<EventListRow, "level" | "school" | "municipality">): string {
  if (event.level === "SCHOOL") return event.school?.shortName ?? "";
  if (event.level === "MUNICIPALITY") return event.municipality?.name ?? "";
  return "";
}

/** Events of the year by date, with level, status and how many attended. */
export function EventList({ events, hrefFor }: { events: EventListRow[]; hrefFor: (id: string) => string }) {
  return (
    <Table
      caption="Мероприятия учебного года"
      head={["Дата", "Мероприятие", "Уровень", "Статус", "Участники"]}
      isEmpty={events.length === 0}
      empty="Мероприятий в этом учебном году пока нет."
    >
      {events.map((event) => (
        <tr key={event.id}>
          <Td className="whitespace-nowrap tabular-nums">
            {formatLocalDate(event.startsAt)}
            {event.endsAt ? ` – ${formatLocalDate(event.endsAt)}` : ""}
            <span className="block text-xs text-slate-500">{formatTime(event.startsAt)}</span>
          </Td>
          <Td>
            <Link href={hrefFor(event.id)} className="font-medium text-brand-700 hover:underline">
              {event.title}
            </Link>
            <span className="block text-xs text-slate-500">
              {EVENT_TYPE_LABELS[event.type]}
              {event.place ? ` · ${event.place}` : event.url ? " · онлайн" : ""}
            </span>
          </Td>
          <Td>
            {LEVEL_LABELS[event.level]}
            <span className="block text-xs text-slate-500">{whereOf(event)}</span>
          </Td>
          <Td>
            <Badge tone={STATUS_TONE[event.status]}>{EVENT_STATUS_LABELS[event.status]}</Badge>
          </Td>
          <Td>{formatNumber(event._count.attendances)}</Td>
        </tr>
      ))}
    </Table>
  );
}
