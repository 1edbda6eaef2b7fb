import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { attendanceSentence } from "@/lib/events/attendance";
import type { EventDetail as Detail } from "@/lib/events/queries";
import { ATTENDANCE_ROLE_LABELS, EVENT_STATUS_LABELS, EVENT_TYPE_LABELS, FORMAT_LABELS, LEVEL_LABELS, splitDescription } from "@/lib/events/schemas";
import { formatLocalDate, formatTime } from "@/lib/format";
import { EventMaterials } from "./event-materials";

/** An event as its protocol would read: when and where, agenda with recommendations, who came, materials, report. */
export function EventDetail({ event }: { event: Detail }) {
  const { targetForms, description } = splitDescription(event.description);
  const where = event.school?.shortName ?? event.municipality?.name ?? event.region.name;
  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="info">{EVENT_TYPE_LABELS[event.type]}</Badge>
          <Badge>{`${LEVEL_LABELS[event.level]} · ${where}`}</Badge>
          <Badge tone={event.status === "HELD" ? "success" : "neutral"}>{EVENT_STATUS_LABELS[event.status]}</Badge>
        </div>
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-500">Когда</dt>
            <dd>
              {formatLocalDate(event.startsAt)}, {formatTime(event.startsAt)}
              {event.endsAt ? ` – ${formatLocalDate(event.endsAt)}` : ""} ({event.academicYear.title} учебный год)
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Где</dt>
            <dd>
              {event.place ?? "—"}
              {event.url ? (
                <>
                  {" · "}
                  <a href={event.url} className="text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                    ссылка на трансляцию
                  </a>
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Организатор</dt>
            <dd>{event.organizer ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Целевые формы</dt>
            <dd>{targetForms.join(", ") || "—"}</dd>
          </div>
        </dl>
        {description ? <p className="mt-4 whitespace-pre-line text-sm text-slate-700">{description}</p> : null}
      </Card>

      <Card>
        <CardTitle>Повестка и рекомендации</CardTitle>
        {event.agenda.length ? (
          <ol className="mt-3 list-decimal space-y-3 pl-5 text-sm">
            {event.agenda.map((item) => (
              <li key={item.id}>
                <p className="font-medium text-slate-900">
                  {item.title}
                  {item.speaker ? <span className="font-normal text-slate-600"> ({item.speaker})</span> : null}
                </p>
                {item.summary ? <p className="mt-1 text-slate-700">{item.summary}</p> : null}
                {item.recommendations ? <p className="mt-1 text-slate-700">Рекомендации: {item.recommendations}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Повестка не заполнена.</p>
        )}
      </Card>

      <Card>
        <CardTitle>Участники</CardTitle>
        <p className="mt-2 text-sm font-medium text-slate-800" data-testid="attendance-summary">
          {attendanceSentence(event.summary)}
        </p>
        {event.summary.byMunicipality.length ? (
          <div className="mt-3">
            <Table caption="Участники по муниципалитетам и формату" head={["Муниципалитет", "Очно", "Дистанционно", "Всего"]}>
              {event.summary.byMunicipality.map((group) => (
                <tr key={group.municipalityId ?? "none"}>
                  <Td>{group.name}</Td>
                  <Td>{group.inPerson}</Td>
                  <Td>{group.remote}</Td>
                  <Td>{group.total}</Td>
                </tr>
              ))}
            </Table>
          </div>
        ) : null}
        {event.attendances.length ? (
          <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
            {event.attendances.map((row) => (
              <li key={row.id} className={row.attended ? "text-slate-800" : "text-slate-400 line-through"}>
                {row.fullName}
                <span className="text-slate-500">
                  {" "}
                  · {[row.position, row.school?.shortName ?? row.organization, FORMAT_LABELS[row.format], ATTENDANCE_ROLE_LABELS[row.role]].filter(Boolean).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card>
        <CardTitle>Материалы и отчёт</CardTitle>
        <EventMaterials eventId={event.id} materials={event.materials} editable={event.editable} />
        <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{event.report ?? "Отчёт ещё не написан."}</p>
      </Card>
    </div>
  );
}
