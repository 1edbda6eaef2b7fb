import "server-only";
import { db } from "@/lib/db";
import { can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

export type MeetingFilter = { schoolId?: string; pairId?: string; mentorId?: string; take?: number };

/** Meetings the principal may see, newest first, with the pair's people and the plan items worked on. */
export async function listMeetings(principal: Principal, filter: MeetingFilter = {}) {
  if (!roleMay(principal.active.role, "list", "meeting")) return [];
  return db.meeting.findMany({
    where: {
      AND: [
        scopeWhere(principal, "meeting"),
        filter.schoolId ? { schoolId: filter.schoolId } : {},
        filter.pairId ? { pairId: filter.pairId } : {},
        filter.mentorId ? { pair: { mentorId: filter.mentorId } } : {},
      ],
    },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take: filter.take ?? 200,
    include: {
      pair: { select: { id: true, isGroup: true, title: true, mentor: personName, mentees: { where: { leftOn: null }, select: { mentee: personName } } } },
      planItems: { include: { planItem: { select: { id: true, goal: true, planId: true } } } },
    },
  });
}
export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];

/** One meeting with what the principal may do with it; null when not theirs to see. */
export async function getMeeting(principal: Principal, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, scopeWhere(principal, "meeting")] },
    include: {
      pair: { select: { id: true, schoolId: true, isGroup: true, title: true, mentor: personName, mentees: { select: { mentee: personName } } } },
      planItems: { where: { planItem: scopeWhere(principal, "planItem") }, include: { planItem: { select: { id: true, goal: true, planId: true } } } },
    },
  });
  if (!meeting) return null;
  return {
    ...meeting,
    capabilities: { edit: can(principal, "update", "meeting", meeting), delete: can(principal, "delete", "meeting", meeting) },
  };
}
export type MeetingView = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** What the meeting form offers for a pair: the open items of its plans; null when the principal may not log meetings there. */
export async function getMeetingFormOptions(principal: Principal, pairId: string) {
  if (!(await mayCreateUnder(principal, "meeting", pairId))) return null;
  const pair = await db.mentoringPair.findUniqueOrThrow({
    where: { id: pairId },
    include: {
      mentor: personName,
      mentees: { where: { leftOn: null }, include: { mentee: personName } },
      plans: {
        where: scopeWhere(principal, "plan"),
        select: { mentee: personName, items: { where: scopeWhere(principal, "planItem"), orderBy: { position: "asc" }, select: { id: true, goal: true, status: true } } },
      },
    },
  });
  return { pair };
}
