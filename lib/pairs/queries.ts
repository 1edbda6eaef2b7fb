import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { auditMinorReads } from "@/lib/participants/minors";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true, position: true, className: true, kind: true, isMinor: true, regionId: true, municipalityId: true, schoolId: true } } as const;

export type PlanProgress = { total: number; done: number; overdue: number };

/** Progress of a plan, derived from its items (cancelled items do not count). */
export function planProgress(items: Array<{ status: PlanItemStatus; dueOn: Date | null }>, today = new Date()): PlanProgress {
  const counted = items.filter((item) => item.status !== "CANCELLED");
  return {
    total: counted.length,
    done: counted.filter((item) => item.status === "DONE").length,
    overdue: counted.filter((item) => item.status !== "DONE" && item.dueOn !== null && item.dueOn < today).length,
  };
}

/** Pairs and groups the principal may see, with their people and plan progress. */
export async function listPairs(principal: Principal, filter: { schoolId?: string; activeOnly?: boolean } = {}) {
  const pairs = await db.mentoringPair.findMany({
    where: {
      AND: [
        scopeWhere(principal, "pair"),
        filter.schoolId ? { schoolId: filter.schoolId } : {},
        filter.activeOnly ? { status: "ACTIVE" } : {},
      ],
    },
    orderBy: [{ status: "asc" }, { startsOn: "desc" }],
    include: {
      form: { select: { name: true } },
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
