/**
 * Writes to the mentor and mentee bases: each in one transaction with its audit event. The scoping
 * ids of a new participant come from the school record, never from the client; an edit carries the
 * version the form was opened with, and a newer version in the database is a conflict.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/access";
import { findAccessible, findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { naturalKey } from "./keys";
import { isMinorValue, type TCreateParticipant, type TParticipantForm, type TUpdateParticipant } from "./schemas";

export type MutationContext = { ip?: string; now?: Date };

export const PARTICIPANT_MESSAGES = {
  conflict: "Карточку участника только что изменил другой пользователь. Обновите страницу и внесите изменения ещё раз.",
  duplicate:
    "Такой участник уже есть в базе школы (совпадают категория и ФИО, у обучающегося — и класс или дата рождения). Откройте его карточку или укажите дату рождения, чтобы различить однофамильцев.",
} as const;

/** The columns a form (or an imported row) writes, with what is derived: minority and the natural key. */
export function columnsOf(values: TParticipantForm, now: Date) {
  const isMinor = isMinorValue(values, now);
  return {
    kind: values.kind,
    lastName: values.lastName,
    firstName: values.firstName,
    middleName: values.middleName,
    birthDate: values.birthDate,
    isMinor,
    email: values.email,
    phone: values.phone,
    position: values.position,
    subjects: values.subjects,
    className: values.className,
    experienceYears: values.experienceYears,
    ageBand: values.ageBand,
    hiredOn: values.hiredOn,
    inMentorBase: values.inMentorBase,
    inMenteeBase: values.inMenteeBase,
    consentGiven: values.consentGiven,
    consentDate: values.consentGiven ? values.consentDate : null,
    consentGivenBy: values.consentGiven ? values.consentGivenBy : null,
    publishName: values.publishName && values.inMentorBase && !isMinor,
    externalKey: naturalKey(values),
  };
}

function duplicateToConflict(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new ConflictError(PARTICIPANT_MESSAGES.duplicate);
  }
  throw error;
}

/** The audit copy of a participant: a minor's contacts stay out of the log. */
function auditCopy(columns: ReturnType<typeof columnsOf>) {
  const copy: Partial<typeof columns> = { ...columns, email: columns.isMinor ? null : columns.email, phone: columns.isMinor ? null : columns.phone };
  delete copy.externalKey;
  return copy;
}

export async function createParticipant(principal: Principal, input: TCreateParticipant, context: MutationContext = {}) {
  if (!(await mayCreateUnder(principal, "participant", input.schoolId))) throw new NotFoundError();
  const school = await findAccessible(principal, "read", "school", input.schoolId);
  if (!school?.regionId || !school.municipalityId) throw new NotFoundError();
  const columns = columnsOf(input, context.now ?? new Date());
  const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  return db
    .$transaction(async (tx) => {
      const created = await tx.participant.create({ data: { ...scope, ...columns }, select: { id: true } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "participant.create",
        entity: "Participant",
        entityId: created.id,
        scope,
        after: auditCopy(columns),
      });
      return { participantId: created.id, schoolId: school.id };
    })
    .catch(duplicateToConflict);
}

export async function updateParticipant(principal: Principal, input: TUpdateParticipant, context: MutationContext = {}) {
  const found = await findAccessibleOrThrow(principal, "update", "participant", input.participantId);
  const columns = columnsOf(input, context.now ?? new Date());
  return db
    .$transaction(async (tx) => {
      const before = await tx.participant.findUniqueOrThrow({ where: { id: found.id } });
      const updated = await tx.participant.updateMany({
        where: { id: found.id, version: input.version },
        data: { ...columns, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError(PARTICIPANT_MESSAGES.conflict);
      const diff = changedFields(auditCopy(columnsOf({ ...before, subjects: before.subjects }, before.updatedAt)), auditCopy(columns));
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "participant.update",
        entity: "Participant",
        entityId: found.id,
        scope: { regionId: before.regionId, municipalityId: before.municipalityId, schoolId: before.schoolId },
        ...diff,
      });
      return { participantId: found.id, schoolId: before.schoolId, version: input.version + 1 };
    })
    .catch(duplicateToConflict);
}

/** Archives (or restores) a participant: they leave the lists and the choice of pairs, their history stays. */
export async function setParticipantArchived(principal: Principal, input: { participantId: string; archived: boolean }, context: MutationContext = {}) {
  assertCan(principal, "update", "participant");
  const found = await findAccessibleOrThrow(principal, "update", "participant", input.participantId);
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const updated = await tx.participant.updateMany({
      where: { id: found.id, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? now : null, version: { increment: 1 } },
    });
    const row = await tx.participant.findUniqueOrThrow({ where: { id: found.id }, select: { schoolId: true, regionId: true, municipalityId: true } });
    if (updated.count === 1) {
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: input.archived ? "participant.archive" : "participant.restore",
        entity: "Participant",
        entityId: found.id,
        scope: row,
        before: { archived: !input.archived },
        after: { archived: input.archived },
      });
    }
    return { participantId: found.id, schoolId: row.schoolId, changed: updated.count === 1 };
  });
}
