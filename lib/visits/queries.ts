import "server-only";
import { db } from "@/lib/db";
import { can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditMinorReads } from "@/lib/participants/minors";

const person = { select: { id: true, lastName: true, firstName: true, middleName: true, position: true, subjects: true, kind: true, isMinor: true, regionId: true, municipalityId: true, schoolId: true } } as const;

export type VisitFilter = { schoolId?: string; pairId?: string; mentorId?: string; take?: number };

/** Visits the principal may see, newest first: of a school, of a pair, of a mentor (their pairs and their own lessons). */
export async function listVisits(principal: Principal, filter: VisitFilter = {}) {
  if (!roleMay(principal.active.role, "list", "visit")) return [];
  const byMentor: Prisma.LessonVisitWhereInput = filter.mentorId
    ? { OR: [{ pair: { mentorId: filter.mentorId } }, { visitorId: filter.mentorId }, { teacherId: filter.mentorId }] }
    : {};
  return db.lessonVisit.findMany({
    where: {
      AND: [scopeWhere(principal, "visit"), filter.schoolId ? { schoolId: filter.schoolId } : {}, filter.pairId ? { pairId: filter.pairId } : {}, byMentor],
    },
    orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
    take: filter.take ?? 200,
    include: {
      visitor: person,
      teacher: person,
      planItem: { select: { id: true, goal: true, planId: true } },
      pair: { select: { id: true, mentorId: true } },
    },
  });
}
export type VisitRow = Awaited<ReturnType<typeof listVisits>>[number];

/** One visit (the observation card) with what the principal may do with it; null when not theirs to see. */
export async function getVisit(principal: Principal, visitId: string) {
  const visit = await db.lessonVisit.findFirst({
    where: { AND: [{ id: visitId }, scopeWhere(principal, "visit")] },
    include: {
      visitor: person,
      teacher: person,
      academicYear: { select: { title: true } },
      planItem: { select: { id: true, goal: true, planId: true } },
      pair: { select: { id: true, schoolId: true, isGroup: true, title: true, mentorId: true, form: { select: { name: true } } } },
    },
  });
  if (!visit) return null;
  await auditMinorReads(principal, [visit.visitor, visit.teacher].filter((p) => p.isMinor), `visit:${visit.id}`);
  const school = await db.school.findUniqueOrThrow({ where: { id: visit.schoolId }, select: { name: true, shortName: true } });
  // One may change a visit one could log: an update right on it, and the right to log visits of its pair.
  const mayWrite = visit.pairId !== null && (await mayCreateUnder(principal, "visit", visit.pairId));
  return {
    ...visit,
    school,
    capabilities: {
      edit: mayWrite && can(principal, "update", "visit", visit),
      delete: mayWrite && can(principal, "delete", "visit", visit),
    },
  };
}
export type VisitView = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

/** What the visit form offers for a pair: its mentees (who teach) and their plans' open items; null when the principal may not log visits there. */
export async function getVisitFormOptions(principal: Principal, pairId: string) {
  if (!(await mayCreateUnder(principal, "visit", pairId))) return null;
  const pair = await db.mentoringPair.findUniqueOrThrow({
    where: { id: pairId },
    include: {
      mentor: person,
      form: { select: { name: true } },
      mentees: { include: { mentee: person }, orderBy: { joinedOn: "asc" } },
      plans: {
        where: scopeWhere(principal, "plan"),
        select: { menteeId: true, items: { where: scopeWhere(principal, "planItem"), orderBy: { position: "asc" }, select: { id: true, goal: true, status: true } } },
      },
    },
  });
  return {
    pair,
    mentees: pair.mentees.filter((m) => m.leftOn === null || pair.status !== "ACTIVE").map((m) => m.mentee),
    itemsByMentee: Object.fromEntries(pair.plans.map((plan) => [plan.menteeId, plan.items])),
  };
}
