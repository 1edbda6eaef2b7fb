/**
 * The three event pages every level shares (list with calendar, one event, a new event); the
 * level's page finds its unit and passes it with its base path.
 */
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { YearSwitcher } from "@/components/ui/year-select";
import { can, type Principal } from "@/lib/access";
import { parseMonth } from "@/lib/events/calendar";
import { eventFormValues } from "@/lib/events/form-values";
import { getEvent, getEventFormOptions, listEvents, type EventUnit } from "@/lib/events/queries";
import { fullName } from "@/lib/format";
import { listAcademicYears } from "@/lib/programs/queries";
import { EventCalendar } from "./event-calendar";
import { EventDetail } from "./event-detail";
import { EventForm } from "./event-form";
import { EventList } from "./event-list";
import { mayOrganiseIn } from "@/lib/events/organiser";

type Base = { principal: Principal; unit: EventUnit; unitName: string; basePath: string };

export async function EventsIndex({ principal, unit, unitName, basePath, search }: Base & { search: { year?: string; view?: string; month?: string } }) {
  if (!can(principal, "list", "event")) notFound();
  const { years, current } = await listAcademicYears();
  const year = years.find((y) => y.id === search.year) ?? current;
  if (!year) notFound();
  const events = await listEvents(principal, unit, { academicYearId: year.id });
  const calendar = search.view === "calendar";
  const today = new Date();
  const month = parseMonth(search.month, today >= year.startsOn && today <= year.endsOn ? today : year.startsOn);
  const link = (extra: Record<string, string>) => `${basePath}?${new URLSearchParams({ year: year.id, ...extra })}`;
  return (
    <>
      <PageHeader
        title="Мероприятия"
        subtitle={`${unitName} · ${year.title} учебный год`}
        actions={mayOrganiseIn(principal, unit) ? <ButtonLink href={`${basePath}/new`}>Новое мероприятие</ButtonLink> : undefined}
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <YearSwitcher years={years} currentId={year.id} hrefFor={(id) => `${basePath}?year=${id}${calendar ? "&view=calendar" : ""}`} />
        <nav aria-label="Вид" className="flex gap-3 text-sm">
          <Link href={link({})} aria-current={calendar ? undefined : "page"} className={calendar ? "text-brand-700 hover:underline" : "font-semibold text-slate-900"}>
            Списком
          </Link>
          <Link href={link({ view: "calendar" })} aria-current={calendar ? "page" : undefined} className={calendar ? "font-semibold text-slate-900" : "text-brand-700 hover:underline"}>
            Календарь
          </Link>
        </nav>
      </div>
      {calendar ? (
        <EventCalendar events={events} month={month} hrefFor={(id) => `${basePath}/${id}`} monthHref={(m) => link({ view: "calendar", month: m })} />
      ) : (
        <EventList events={events} hrefFor={(id) => `${basePath}/${id}`} />
      )}
    </>
  );
}

async function formProps(principal: Principal) {
  const options = await getEventFormOptions(principal);
  if (!options) return null;
  return {
    forms: options.forms,
    choices: {
      participants: options.participants.map((p) => ({ id: p.id, name: [fullName(p), p.position].filter(Boolean).join(", ") })),
      municipalities: options.municipalities,
      schools: options.schools,
    },
  };
}

export async function EventPage({ principal, eventId, basePath, unitName }: Omit<Base, "unit"> & { eventId: string }) {
  const event = await getEvent(principal, eventId);
  if (!event) notFound();
  const editing = event.editable ? await formProps(principal) : null;
  return (
    <>
      <PageHeader title={event.title} subtitle={unitName} actions={<ButtonLink variant="secondary" href={basePath}>К списку мероприятий</ButtonLink>} />
      <EventDetail event={event} />
      {editing ? (
        <Card className="mt-6">
          <h2 className="mb-4 text-lg font-semibold text-slate-900">Изменить мероприятие</h2>
          <EventForm key={event.version} initial={eventFormValues(event)} {...editing} hrefFor={`${basePath}/{id}`} />
        </Card>
      ) : null}
    </>
  );
}

export async function NewEventPage({ principal, unit, unitName, basePath }: Base) {
  if (!mayOrganiseIn(principal, unit)) notFound();
  const props = await formProps(principal);
  if (!props) notFound();
  return (
    <>
      <PageHeader title="Новое мероприятие" subtitle={unitName} />
      <Card>
        <EventForm initial={eventFormValues(null)} {...props} hrefFor={`${basePath}/{id}`} />
      </Card>
    </>
  );
}
