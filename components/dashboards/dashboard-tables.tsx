import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import { EVENT_TYPE_LABELS, LEVEL_LABELS } from "@/lib/events/schemas";
import type { EventType } from "@/lib/generated/prisma/enums";
import type { Dashboard } from "@/lib/dashboards/dashboard";

export function EventsTable({ dashboard, eventsHref }: { dashboard: Dashboard; eventsHref: string }) {
  return (
    <>
      <Table
        caption="Мероприятия учебного года по видам и уровням"
        head={["Вид", "Уровень", "Проведено", "Запланировано", "Присутствовали", "из них дистанционно"]}
        isEmpty={dashboard.eventsByType.length === 0}
        empty="В этом учебном году мероприятий ещё нет: добавьте их в календарь мероприятий."
      >
        {dashboard.eventsByType.map((row) => (
          <tr key={`${row.type}-${row.level}`}>
            <Td>{EVENT_TYPE_LABELS[row.type as EventType] ?? row.type}</Td>
            <Td>{LEVEL_LABELS[row.level as keyof typeof LEVEL_LABELS] ?? row.level}</Td>
            <Td>{formatNumber(row.held)}</Td>
            <Td>{formatNumber(row.planned)}</Td>
            <Td>{formatNumber(row.attended)}</Td>
            <Td>{formatNumber(row.remote)}</Td>
          </tr>
        ))}
      </Table>
      {eventsHref.startsWith("#") ? null : (
        <p className="mt-2 text-sm">
          <Link href={eventsHref} className="font-medium text-brand-700 hover:underline">
            Все мероприятия →
          </Link>
        </p>
      )}
    </>
  );
}
