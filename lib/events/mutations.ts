/**
 * Creating and editing events. The level and scope of an event come from its organiser's active
 * role (./organiser.ts), its academic year from its date; the agenda, attendance and materials
 * are written with it in one transaction with one audit event; edits are optimistic on `version`.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere, type Principal } from "@/lib/access";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { fullName } from "@/lib/format";
import { toDate } from "@/lib/programs/schemas";
import { mayEditEvent, organiserScope, type EventScope } from "./organiser";
import { eventMoment, joinDescription, type TSaveEvent } from "./schemas";

export const EVENT_MESSAGES = {
  forbidden: "Мероприятия создают куратор школы, муниципальный куратор и региональный координатор.",
  conflict: "Мероприятие только что изменил другой пользователь. Обновите страницу и внесите свои изменения ещё раз.",
  noYear: "На эту дату нет учебного года в платформе",
  participant: "Участник не найден в базе школы",
  place: "Муниципалитет или школа не из этого региона",
} as const;

type Context = { ip?: string | null };
type Tx = Prisma.TransactionClient;

function eventFields(input: TSaveEvent) {
  return {
    type: input.type,
    title: input.title,
    startsAt: eventMoment(input.startsOn, input.startTime),
    endsAt: input.endsOn ? eventMoment(input.endsOn, input.startTime) : null,
    place: input.place || null,
    url: input.url || null,
    organizer: input.organizer || null,
    description: joinDescription(input.targetForms, input.description),
    report: input.report || null,
    status: input.status,
  };
}

async function academicYearOf(tx: Tx, day: string): Promise<string> {
  const date = toDate(day);
  const year = await tx.academicYear.findFirst({ where: { startsOn: { lte: date }, endsOn: { gte: date } }, select: { id: true } });
  if (!year) throw new ValidationError({ startsOn: [EVENT_MESSAGES.noYear] });
  return year.id;
}

/**
 * Attendance rows with their places taken from the database: a person of the bases brings their
 * own school and municipality; a guest's school or municipality must lie in the event's region.
 */
async function attendanceRows(tx: Tx, principal: Principal, scope: EventScope, input: TSaveEvent) {
  const personIds = [...new Set(input.attendances.map((row) => row.participantId).filter(Boolean))];
  const people = personIds.length
    ? await tx.participant.findMany({ where: { AND: [{ id: { in: personIds }, isMinor: false, archivedAt: null }, scopeWhere(principal, "participant")] } })
    : [];
  const schoolIds = [...new Set(input.attendances.map((row) => row.schoolId).filter(Boolean))];
  const municipalityIds = [...new Set(input.attendances.map((row) => row.municipalityId).filter(Boolean))];
  const [schools, municipalities] = await Promise.all([
    tx.school.findMany({ where: { id: { in: schoolIds }, regionId: scope.regionId }, select: { id: true, municipalityId: true } }),
    tx.municipality.findMany({ where: { id: { in: municipalityIds }, regionId: scope.regionId }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  const rows = input.attendances.map((row, index) => {
    const base = { format: row.format, role: row.role, attended: row.attended, position: row.position || null, organization: row.organization || null };
    if (row.participantId) {
      const person = people.find((p) => p.id === row.participantId);
      if (!person) {
        errors[`attendances.${index}.participantId`] = [EVENT_MESSAGES.participant];
        return null;
      }
      return { ...base, participantId: person.id, fullName: fullName(person), position: row.position || person.position, schoolId: person.schoolId, municipalityId: person.municipalityId };
    }
    const school = row.schoolId ? schools.find((s) => s.id === row.schoolId) : null;
    const municipalityOk = !row.municipalityId || municipalities.some((m) => m.id === row.municipalityId);
    if ((row.schoolId && !school) || !municipalityOk) {
      errors[`attendances.${index}.municipalityId`] = [EVENT_MESSAGES.place];
      return null;
    }
    return { ...base, participantId: null, fullName: row.fullName, schoolId: school?.id ?? null, municipalityId: school?.municipalityId ?? (row.municipalityId || null) };
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return rows.filter((row) => row !== null);
}

async function writeChildren(tx: Tx, eventId: string, input: TSaveEvent, attendances: Awaited<ReturnType<typeof attendanceRows>>) {
  await tx.eventAgendaItem.createMany({
    data: input.agenda.map((item, index) => ({
      eventId,
      position: index + 1,
      title: item.title,
      speaker: item.speaker || null,
      summary: item.summary || null,
      recommendations: item.recommendations || null,
    })),
  });
  await tx.eventAttendance.createMany({ data: attendances.map((row) => ({ ...row, eventId })) });
  await tx.eventMaterial.createMany({ data: input.materials.map((m) => ({ eventId, title: m.title, url: m.url })) });
}

function counts(input: { agenda: unknown[]; attendances: unknown[]; materials: unknown[] }) {
  return { agendaItems: input.agenda.length, attendances: input.attendances.length, materials: input.materials.length };
}

export async function saveEvent(principal: Principal, input: TSaveEvent, context: Context = {}) {
  const own = organiserScope(principal);
  if (!own) throw new AppError("FORBIDDEN", EVENT_MESSAGES.forbidden);
  const actor = { principal, ip: context.ip };

  return db.$transaction(async (tx) => {
    const academicYearId = await academicYearOf(tx, input.startsOn);
    const fields = eventFields(input);

    if (!input.eventId) {
      const attendances = await attendanceRows(tx, principal, own, input);
      const event = await tx.event.create({
        data: { level: own.level, regionId: own.regionId, municipalityId: own.municipalityId, schoolId: own.schoolId, academicYearId, ...fields, createdById: principal.userId },
      });
      await writeChildren(tx, event.id, input, attendances);
      await recordAudit(tx, actor, {
        action: "event.create",
        entity: "Event",
        entityId: event.id,
        scope: own,
        after: { level: own.level, academicYearId, ...fields, ...counts(input) },
      });
      return { id: event.id, version: event.version };
    }

    const existing = await tx.event.findFirst({
      where: { AND: [{ id: input.eventId }, scopeWhere(principal, "event")] },
      include: { _count: { select: { agenda: true, attendances: true, materials: true } } },
    });
    // Events of another level or another tenant are not this organiser's to edit: not found.
    if (!existing || !mayEditEvent(principal, existing)) throw new NotFoundError();
    if (existing.version !== input.version) throw new ConflictError(EVENT_MESSAGES.conflict);
    const scope: EventScope = { level: existing.level, regionId: existing.regionId, municipalityId: existing.municipalityId, schoolId: existing.schoolId };
    const attendances = await attendanceRows(tx, principal, scope, input);
    const updated = await tx.event.updateMany({
      where: { id: existing.id, version: input.version },
      data: { ...fields, academicYearId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(EVENT_MESSAGES.conflict);
    await tx.eventAgendaItem.deleteMany({ where: { eventId: existing.id } });
    await tx.eventAttendance.deleteMany({ where: { eventId: existing.id } });
    // Uploaded files (documents issue) stay; the form edits the links.
    await tx.eventMaterial.deleteMany({ where: { eventId: existing.id, fileId: null } });
    await writeChildren(tx, existing.id, input, attendances);

    const before = {
      type: existing.type, title: existing.title, startsAt: existing.startsAt, endsAt: existing.endsAt, place: existing.place, url: existing.url,
      organizer: existing.organizer, description: existing.description, report: existing.report, status: existing.status, academicYearId: existing.academicYearId,
      agendaItems: existing._count.agenda, attendances: existing._count.attendances, materials: existing._count.materials,
    };
    await recordAudit(tx, actor, {
      action: "event.update",
      entity: "Event",
      entityId: existing.id,
      scope,
      ...changedFields(before, { ...fields, academicYearId, ...counts(input) }),
    });
    return { id: existing.id, version: input.version + 1 };
  });
}
