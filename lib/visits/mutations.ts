/**
 * Writes of lesson visits: log, correct, remove. One may write a visit of a pair one may log
 * visits for (the pair's mentor, the school's curator); the scoping ids, the academic year, the
 * visitor and the teacher come from the pair and the date, never from the form.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { toDate } from "@/lib/pairs/schemas";
import { todayDate } from "@/lib/plans/dates";
import { scopeOf } from "@/lib/plans/tenant";
import { fail, parseInput } from "@/lib/validation";
import { visitPeople } from "./rules";
import { VISIT_MESSAGES, ZCreateVisit, ZDeleteVisit, ZUpdateVisit, type TVisitFields } from "./schemas";

export type VisitsContext = { ip?: string | null };

/** The columns of a visit from the form, checked against its pair. */
async function visitColumns(tx: Prisma.TransactionClient, pairId: string, input: TVisitFields) {
  const pair = await tx.mentoringPair.findUniqueOrThrow({ where: { id: pairId }, include: { mentees: { where: { menteeId: input.menteeId } } } });
  if (pair.mentees.length === 0) fail({ menteeId: [VISIT_MESSAGES.notMentee] });
  const visitedOn = toDate(input.visitedOn);
  if (visitedOn > todayDate()) fail({ visitedOn: [VISIT_MESSAGES.future] });
  if (visitedOn < pair.startsOn) fail({ visitedOn: [VISIT_MESSAGES.beforePair] });
  if (pair.endedOn && visitedOn > pair.endedOn) fail({ visitedOn: [VISIT_MESSAGES.afterPair] });
  const year = await tx.academicYear.findFirst({ where: { startsOn: { lte: visitedOn }, endsOn: { gte: visitedOn } } });
  if (!year) fail({ visitedOn: [VISIT_MESSAGES.noAcademicYear] });
  const planItemId = input.planItemId || null;
  if (planItemId) {
    const item = await tx.planItem.findFirst({ where: { id: planItemId, plan: { pairId: pair.id } }, select: { plan: { select: { menteeId: true } } } });
    if (!item || item.plan.menteeId !== input.menteeId) fail({ planItemId: [VISIT_MESSAGES.itemOfOtherPlan] });
  }
  return {
    pair,
    columns: {
      academicYearId: year.id,
      direction: input.direction,
      visitedOn,
      ...visitPeople(input.direction, input.openLessonBy ?? "MENTEE", pair.mentorId, input.menteeId),
      className: input.className?.trim() || null,
      subject: input.subject.trim(),
      topic: input.topic?.trim() || null,
      purpose: input.purpose?.trim() || null,
      observed: input.observed?.trim() || null,
      strengths: input.strengths?.trim() || null,
      recommendations: input.recommendations?.trim() || null,
      planItemId,
    },
  };
}

export async function createVisit(principal: Principal, raw: unknown, context: VisitsContext = {}) {
  const input = parseInput(ZCreateVisit, raw);
  if (!(await mayCreateUnder(principal, "visit", input.pairId))) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const { pair, columns } = await visitColumns(tx, input.pairId, input);
    const scope = scopeOf(pair);
    const visit = await tx.lessonVisit.create({ data: { ...scope, ...columns, pairId: pair.id, createdById: principal.userId } });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "visit.create", entity: "LessonVisit", entityId: visit.id, scope, after: { pairId: pair.id, ...columns } });
    return { id: visit.id, pairId: pair.id, schoolId: pair.schoolId };
  });
}

/** The visit, if the principal may take `action` on it and could log visits of its pair. */
async function visitFor(principal: Principal, action: "update" | "delete", visitId: string) {
  const found = await findAccessibleOrThrow(principal, action, "visit", visitId);
  assertCan(principal, action, "visit", found);
  const visit = await db.lessonVisit.findUniqueOrThrow({ where: { id: found.id } });
  if (!visit.pairId || !(await mayCreateUnder(principal, "visit", visit.pairId))) throw new NotFoundError();
  return { ...visit, pairId: visit.pairId };
}

export async function updateVisit(principal: Principal, raw: unknown, context: VisitsContext = {}) {
  const input = parseInput(ZUpdateVisit, raw);
  const visit = await visitFor(principal, "update", input.visitId);
  if (visit.version !== input.version) throw new ConflictError(VISIT_MESSAGES.conflict);
  return db.$transaction(async (tx) => {
    const { columns } = await visitColumns(tx, visit.pairId, input);
    const updated = await tx.lessonVisit.updateMany({ where: { id: visit.id, version: input.version }, data: { ...columns, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(VISIT_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "visit.update",
      entity: "LessonVisit",
      entityId: visit.id,
      scope: scopeOf(visit),
      ...changedFields(visit as unknown as Record<string, unknown>, columns),
    });
    return { id: visit.id, version: input.version + 1 };
  });
}

export async function deleteVisit(principal: Principal, raw: unknown, context: VisitsContext = {}) {
  const input = parseInput(ZDeleteVisit, raw);
  const visit = await visitFor(principal, "delete", input.visitId);
  return db.$transaction(async (tx) => {
    const deleted = await tx.lessonVisit.deleteMany({ where: { id: visit.id, version: input.version } });
    if (deleted.count !== 1) throw new ConflictError(VISIT_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "visit.delete",
      entity: "LessonVisit",
      entityId: visit.id,
      scope: scopeOf(visit),
      before: { pairId: visit.pairId, visitedOn: visit.visitedOn, direction: visit.direction, subject: visit.subject, visitorId: visit.visitorId, teacherId: visit.teacherId },
    });
    return { pairId: visit.pairId, schoolId: visit.schoolId };
  });
}
