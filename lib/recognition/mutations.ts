/**
 * Recording trainings and awards of a school's people. The school and its scoping ids come from
 * the database; the person must be of that school. Award statuses move forward only
 * (AWARD_TRANSITIONS), guarded by the status they were read with.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { toDate } from "@/lib/programs/schemas";
import { AWARD_TRANSITIONS, parseTrainee, type TAddTraining, type TProposeAward, type TSetAwardStatus } from "./schemas";

export const RECOGNITION_MESSAGES = {
  forbidden: "Обучение и поощрения наставников вносит куратор школы.",
  trainee: "Выберите педагога из базы школы или куратора школы",
  participant: "Выберите наставника из базы школы",
  transition: "Из этого статуса так перевести нельзя.",
  changed: "Статус только что изменил другой пользователь. Обновите страницу.",
} as const;

type Context = { ip?: string | null };

async function schoolScope(principal: Principal, entity: "training" | "award", schoolId: string) {
  if (!(await mayCreateUnder(principal, entity, schoolId))) throw new AppError("FORBIDDEN", RECOGNITION_MESSAGES.forbidden);
  const school = await db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { id: true, regionId: true, municipalityId: true } });
  return { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
}

export async function addTraining(principal: Principal, input: TAddTraining, context: Context = {}) {
  const scope = await schoolScope(principal, "training", input.schoolId);
  const trainee = parseTrainee(input.trainee);
  return db.$transaction(async (tx) => {
    const found = trainee.participantId
      ? await tx.participant.findFirst({ where: { AND: [{ id: trainee.participantId, schoolId: scope.schoolId, archivedAt: null }, scopeWhere(principal, "participant")] }, select: { id: true } })
      : await tx.user.findFirst({ where: { id: trainee.userId!, roleAssignments: { some: { schoolId: scope.schoolId } } }, select: { id: true } });
    if (!found) throw new ValidationError({ trainee: [RECOGNITION_MESSAGES.trainee] });
    const data = {
      ...scope,
      ...trainee,
      courseTitle: input.courseTitle,
      provider: input.provider,
      hours: input.hours,
      startsOn: toDate(input.startsOn),
      endsOn: toDate(input.endsOn),
      certificateNumber: input.certificateNumber || null,
    };
    const training = await tx.training.create({ data });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "training.create", entity: "Training", entityId: training.id, scope, after: data });
    return { id: training.id };
  });
}

export async function proposeAward(principal: Principal, input: TProposeAward, context: Context = {}) {
  const scope = await schoolScope(principal, "award", input.schoolId);
  return db.$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [{ id: input.participantId, schoolId: scope.schoolId, archivedAt: null }, scopeWhere(principal, "participant")] },
      select: { id: true },
    });
    if (!participant) throw new ValidationError({ participantId: [RECOGNITION_MESSAGES.participant] });
    const proposedOn = toDate(input.proposedOn);
    const year = await tx.academicYear.findFirst({ where: { startsOn: { lte: proposedOn }, endsOn: { gte: proposedOn } }, select: { id: true } });
    const data = {
      ...scope,
      participantId: participant.id,
      academicYearId: year?.id ?? null,
      kind: input.kind,
      level: input.level,
      title: input.title,
      status: "PROPOSED" as const,
      proposedById: principal.userId,
      proposedOn,
      note: input.note || null,
    };
    const award = await tx.award.create({ data });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "award.propose", entity: "Award", entityId: award.id, scope, after: data });
    return { id: award.id };
  });
}

export async function setAwardStatus(principal: Principal, input: TSetAwardStatus, context: Context = {}) {
  return db.$transaction(async (tx) => {
    const award = await tx.award.findFirst({ where: { AND: [{ id: input.awardId }, scopeWhere(principal, "award")] } });
    if (!award) throw new NotFoundError();
    assertCan(principal, "update", "award", award);
    if (!AWARD_TRANSITIONS[award.status].includes(input.status)) throw new AppError("VALIDATION", RECOGNITION_MESSAGES.transition);
    const awardedOn = input.status === "AWARDED" ? toDate(input.awardedOn) : null;
    if (awardedOn && awardedOn < award.proposedOn) throw new ValidationError({ awardedOn: ["Дата вручения раньше даты представления"] });
    const updated = await tx.award.updateMany({ where: { id: award.id, status: award.status }, data: { status: input.status, awardedOn } });
    if (updated.count !== 1) throw new ConflictError(RECOGNITION_MESSAGES.changed);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "award.set_status",
      entity: "Award",
      entityId: award.id,
      scope: { regionId: award.regionId, municipalityId: award.municipalityId, schoolId: award.schoolId },
      before: { status: award.status, awardedOn: award.awardedOn },
      after: { status: input.status, awardedOn },
    });
    return { id: award.id, status: input.status };
  });
}
