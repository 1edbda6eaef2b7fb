import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { summarizeAttendance } from "./attendance";
import { mayEditEvent, organiserScope } from "./organiser";

/** A unit's page shows its own events and those of the levels above it that concern it. */
export type EventUnit = { schoolId: string } | { municipalityId: string } | { regionId: string };

async function concerning(unit: EventUnit): Promise<Prisma.EventWhereInput> {
  if ("regionId" in unit) return { regionId: unit.regionId };
  if ("municipalityId" in unit) {
    const m = await db.municipality.findUnique({ where: { id: unit.municipalityId }, select: { regionId: true } });
    if (!m) return { id: { in: [] } };
    return { OR: [{ municipalityId: unit.municipalityId }, { level: "REGION", regionId: m.regionId }] };
  }
  const s = await db.school.findUnique({ where: { id: unit.schoolId }, select: { regionId: true, municipalityId: true } });
  if (!s) return { id: { in: [] } };
  return {
    OR: [
      { schoolId: unit.schoolId },
      { level: "MUNICIPALITY", municipalityId: s.municipalityId },
      { level: "REGION", regionId: s.regionId },
    ],
  };
}

/** Events of an academic year the principal may see, concerning the unit, by date. */
export async function listEvents(principal: Principal, unit: EventUnit, filter: { academicYearId: string }) {
  assertCan(principal, "list", "event");
  const events = await db.event.findMany({
    where: { AND: [scopeWhere(principal, "event"), await concerning(unit), { academicYearId: filter.academicYearId }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      level: true,
      type: true,
      title: true,
      startsAt: true,
      endsAt: true,
      place: true,
      url: true,
      status: true,
      regionId: true,
      municipalityId: true,
      schoolId: true,
      school: { select: { shortName: true } },
      municipality: { select: { name: true } },
      _count: { select: { attendances: { where: { attended: true } }, agenda: true } },
    },
  });
  return events.map((event) => ({ ...event, editable: mayEditEvent(principal, event) }));
}
export type EventListRow = Awaited<ReturnType<typeof listEvents>>[number];

/** One event with its agenda, attendance (and its summary) and materials; null if not visible. */
export async function getEvent(principal: Principal, eventId: string) {
  assertCan(principal, "read", "event");
  const event = await db.event.findFirst({
    where: { AND: [{ id: eventId }, scopeWhere(principal, "event")] },
    include: {
      region: { select: { name: true } },
      municipality: { select: { name: true } },
      school: { select: { shortName: true } },
      academicYear: { select: { title: true } },
      agenda: { orderBy: { position: "asc" } },
      attendances: {
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        include: { municipality: { select: { name: true } }, school: { select: { shortName: true } } },
      },
      materials: { orderBy: { id: "asc" } },
    },
  });
  if (!event) return null;
  const summary = summarizeAttendance(
    event.attendances.map((row) => ({ attended: row.attended, format: row.format, municipalityId: row.municipalityId, municipalityName: row.municipality?.name ?? null })),
  );
  return { ...event, summary, editable: mayEditEvent(principal, event) };
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

/** What the event form offers its organiser: the school's people (school events), the region's municipalities and schools, the forms. */
export async function getEventFormOptions(principal: Principal) {
  const scope = organiserScope(principal);
  if (!scope) return null;
  const [participants, municipalities, schools, forms] = await Promise.all([
    scope.schoolId
      ? db.participant.findMany({
          where: { AND: [scopeWhere(principal, "participant"), { schoolId: scope.schoolId, archivedAt: null, isMinor: false }] },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
          select: { id: true, lastName: true, firstName: true, middleName: true, position: true, className: true },
        })
      : Promise.resolve([]),
    db.municipality.findMany({ where: { regionId: scope.regionId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.school.findMany({ where: { regionId: scope.regionId }, orderBy: { name: "asc" }, select: { id: true, shortName: true, municipalityId: true } }),
    db.mentoringForm.findMany({ where: { isActive: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { scope, participants, municipalities, schools, forms };
}
export type EventFormOptions = NonNullable<Awaited<ReturnType<typeof getEventFormOptions>>>;
