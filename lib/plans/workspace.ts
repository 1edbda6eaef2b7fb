/**
 * The homes of mentors and mentees (/my): each active pair with its mentees, their plans' progress
 * and the items to watch, the last visit and meeting, and what the principal may log there.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, scopeWhere, type Principal } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditMinorReads } from "@/lib/participants/minors";
import { visitsApply } from "@/lib/visits/rules";
import { todayDate } from "./dates";
import { derivePlanProgress, itemsToWatch } from "./progress";

const person = {
  select: {
    id: true, lastName: true, firstName: true, middleName: true, position: true, className: true, kind: true, email: true, phone: true, userId: true,
    isMinor: true, regionId: true, municipalityId: true, schoolId: true,
  },
} as const;

/** Active pairs of the principal (as mentor or as mentee), newest first, with everything the home shows. */
export function getWorkspace(principal: Principal) {
  return workspacePairs(principal, { status: "ACTIVE" });
}

/** One pair of the principal's in the same shape (any status); null when it is not theirs. Reading a minor's card is audited. */
export async function getWorkspacePair(principal: Principal, pairId: string) {
  const [pair] = await workspacePairs(principal, { id: pairId });
  if (!pair) return null;
  await auditMinorReads(principal, pair.mentees.map((m) => m.mentee).filter((m) => m.isMinor), `pair:${pair.id}`);
  return pair;
}

async function workspacePairs(principal: Principal, where: Prisma.MentoringPairWhereInput) {
  const today = todayDate();
  const pairs = await db.mentoringPair.findMany({
    where: { AND: [scopeWhere(principal, "pair"), where] },
    orderBy: [{ startsOn: "desc" }],
    include: {
      form: { select: { name: true } },
      model: { select: { name: true } },
      mentor: person,
      mentees: { include: { mentee: person }, orderBy: { joinedOn: "asc" } },
      plans: {
        where: scopeWhere(principal, "plan"),
        select: {
          id: true,
          menteeId: true,
          title: true,
          kind: true,
          items: { where: scopeWhere(principal, "planItem"), orderBy: { position: "asc" }, select: { id: true, goal: true, status: true, dueOn: true } },
        },
      },
      visits: {
        where: scopeWhere(principal, "visit"),
        orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
        take: 20,
        select: { id: true, visitedOn: true, subject: true, className: true, direction: true, visitorId: true, teacherId: true },
      },
      meetings: { where: scopeWhere(principal, "meeting"), orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], take: 1, select: { id: true, heldOn: true, topic: true, format: true } },
    },
  });
  return pairs.map((pair) => {
    const mayLogVisit = can(principal, "create", "visit", pair);
    return {
      id: pair.id,
      schoolId: pair.schoolId,
      status: pair.status,
      endedOn: pair.endedOn,
      isGroup: pair.isGroup,
      title: pair.title,
      form: pair.form.name,
      model: pair.model?.name ?? null,
      startsOn: pair.startsOn,
      plannedEndOn: pair.plannedEndOn,
      mentor: pair.mentor,
      lastMeeting: pair.meetings[0] ?? null,
      mayLogMeeting: can(principal, "create", "meeting", pair),
      // A running pair shows who is in it now; an ended one, everyone it had.
      mentees: pair.mentees.filter((m) => pair.status !== "ACTIVE" || m.leftOn === null).map(({ mentee }) => {
        const plan = pair.plans.find((p) => p.menteeId === mentee.id) ?? null;
        return {
          mentee,
          plan: plan && {
            id: plan.id,
            title: plan.title,
            kind: plan.kind,
            progress: derivePlanProgress(plan.items, today),
            ...itemsToWatch(plan.items, today),
          },
          lastVisit: pair.visits.find((v) => v.visitorId === mentee.id || v.teacherId === mentee.id) ?? null,
          mayLogVisit: mayLogVisit && visitsApply(mentee),
          mayCreatePlan: !plan && pair.status === "ACTIVE" && can(principal, "create", "plan", pair),
        };
      }),
    };
  });
}
export type WorkspacePair = Awaited<ReturnType<typeof getWorkspace>>[number];

/** Completed and ended pairs of the principal, newest first: the history under the home's pairs. */
export function listPastPairs(principal: Principal) {
  return db.mentoringPair.findMany({
    where: { AND: [scopeWhere(principal, "pair"), { status: { not: "ACTIVE" } }] },
    orderBy: [{ endedOn: "desc" }, { plannedEndOn: "desc" }],
    select: {
      id: true,
      status: true,
      isGroup: true,
      title: true,
      startsOn: true,
      endedOn: true,
      plannedEndOn: true,
      mentees: { select: { mentee: { select: { lastName: true, firstName: true, middleName: true } } }, orderBy: { joinedOn: "asc" } },
    },
  });
}
export type PastPair = Awaited<ReturnType<typeof listPastPairs>>[number];
