import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { auditMinorReads } from "@/lib/participants/minors";
import { todayDate } from "@/lib/plans/dates";
import { derivePlanProgress } from "@/lib/plans/progress";
import type { PairStatus, PlanItemStatus } from "@/lib/generated/prisma/enums";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true, position: true, className: true, kind: true, isMinor: true, regionId: true, municipalityId: true, schoolId: true } } as const;

export type { PlanProgress } from "@/lib/plans/progress";

/** Progress of a plan: the one rule of lib/plans (cancelled items do not count; overdue by the calendar date of the platform). */
export function planProgress(items: Array<{ status: PlanItemStatus; dueOn: Date | null }>, now = new Date()) {
  return derivePlanProgress(items, todayDate(now));
}

/** Pairs and groups the principal may see, with their people and plan progress. */
export type PairFilter = {
  schoolId?: string;
  activeOnly?: boolean;
  formId?: string;
  status?: PairStatus;
  mentorId?: string;
  academicYearId?: string;
};

export async function listPairs(principal: Principal, filter: PairFilter = {}) {
  const pairs = await db.mentoringPair.findMany({
    where: {
      AND: [
        scopeWhere(principal, "pair"),
        filter.schoolId ? { schoolId: filter.schoolId } : {},
        filter.activeOnly ? { status: "ACTIVE" } : {},
        filter.formId ? { formId: filter.formId } : {},
        filter.status ? { status: filter.status } : {},
        filter.mentorId ? { mentorId: filter.mentorId } : {},
        filter.academicYearId ? { academicYearId: filter.academicYearId } : {},
      ],
    },
    orderBy: [{ status: "asc" }, { startsOn: "desc" }],
    include: {
      form: { select: { name: true } },
      model: { select: { name: true } },
      mentor: personName,
      mentees: { include: { mentee: personName }, orderBy: { joinedOn: "asc" } },
      plans: { include: { items: { select: { status: true, dueOn: true } } } },
      _count: { select: { visits: true, meetings: true } },
    },
  });
  return pairs.map(({ plans, ...pair }) => ({
    ...pair,
    progress: planProgress(plans.flatMap((plan) => plan.items)),
  }));
}

/** One pair with everything its page shows, or null when it does not exist for this principal. */
export async function getPair(principal: Principal, pairId: string) {
  const pair = await db.mentoringPair.findFirst({
    where: { AND: [{ id: pairId }, scopeWhere(principal, "pair")] },
    include: {
      school: { select: { id: true, shortName: true } },
      form: { select: { name: true } },
      model: { select: { name: true } },
      mentor: personName,
      mentees: { include: { mentee: personName }, orderBy: { joinedOn: "asc" } },
      plans: {
        where: scopeWhere(principal, "plan"),
        include: { mentee: personName, items: { orderBy: { position: "asc" } } },
      },
      visits: { where: scopeWhere(principal, "visit"), orderBy: { visitedOn: "desc" }, take: 20 },
      meetings: { where: scopeWhere(principal, "meeting"), orderBy: { heldOn: "desc" }, take: 20 },
    },
  });
  if (!pair) return null;
  await auditMinorReads(
    principal,
    pair.mentees.map((m) => m.mentee).filter((m) => m.isMinor),
    `pair:${pair.id}`,
  );
  return pair;
}

/** Pairs of a school per form (every status), for the counts at the top of the list. */
export async function countPairsByForm(principal: Principal, schoolId: string) {
  const rows = await db.mentoringPair.groupBy({
    by: ["formId", "status"],
    where: { AND: [scopeWhere(principal, "pair"), { schoolId }] },
    _count: { _all: true },
  });
  const forms = await db.mentoringForm.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.formId))] } },
    select: { id: true, name: true, sortOrder: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return forms.map((form) => {
    const of = rows.filter((row) => row.formId === form.id);
    return {
      formId: form.id,
      name: form.name,
      total: of.reduce((sum, row) => sum + row._count._all, 0),
      active: of.filter((row) => row.status === "ACTIVE").reduce((sum, row) => sum + row._count._all, 0),
    };
  });
}

/** What the registration form and the filters offer: forms enabled in the school's region, their models, the school's people. */
export async function getPairFormOptions(principal: Principal, schoolId: string) {
  const school = await db.school.findFirst({ where: { AND: [{ id: schoolId }, scopeWhere(principal, "school")] } });
  if (!school) return null;
  const [forms, people] = await Promise.all([
    db.mentoringForm.findMany({
      where: { isActive: true, NOT: { regionSettings: { some: { regionId: school.regionId, isEnabled: false } } } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        mentorKinds: true,
        menteeKinds: true,
        models: { where: { isActive: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } },
      },
    }),
    db.participant.findMany({
      where: { AND: [scopeWhere(principal, "participant"), { schoolId: school.id, archivedAt: null }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true, kind: true, className: true, position: true, inMentorBase: true, inMenteeBase: true, isMinor: true, consentGiven: true },
    }),
  ]);
  return { school, forms, mentors: people.filter((p) => p.inMentorBase), mentees: people.filter((p) => p.inMenteeBase) };
}

/**
 * Who may join a running pair or group: the school's mentee base of a kind the form admits, not
 * archived, not in an active pair of this form already. Null when the pair is not the principal's.
 */
export async function listMenteeCandidates(principal: Principal, pairId: string) {
  const pair = await db.mentoringPair.findFirst({
    where: { AND: [{ id: pairId }, scopeWhere(principal, "pair")] },
    select: { schoolId: true, formId: true, form: { select: { menteeKinds: true } } },
  });
  if (!pair) return null;
  const people = await db.participant.findMany({
    where: {
      AND: [
        scopeWhere(principal, "participant"),
        {
          schoolId: pair.schoolId,
          inMenteeBase: true,
          archivedAt: null,
          kind: { in: pair.form.menteeKinds },
          menteeships: { none: { formId: pair.formId, pairStatus: "ACTIVE", leftOn: null } },
        },
      ],
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true, className: true, position: true, isMinor: true, consentGiven: true, regionId: true, municipalityId: true, schoolId: true },
  });
  await auditMinorReads(principal, people.filter((p) => p.isMinor), `pair-candidates:${pairId}`);
  return people;
}
