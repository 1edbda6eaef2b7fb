import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { flagsOf, flagWhere } from "./flags";
import { auditMinorReads } from "./minors";
import { PAGE_SIZE, type TParticipantFilter } from "./schemas";

const LIST_SELECT = {
  id: true,
  kind: true,
  lastName: true,
  firstName: true,
  middleName: true,
  position: true,
  subjects: true,
  className: true,
  experienceYears: true,
  ageBand: true,
  hiredOn: true,
  inMentorBase: true,
  inMenteeBase: true,
  isMinor: true,
  consentGiven: true,
  archivedAt: true,
} satisfies Prisma.ParticipantSelect;

function orderBy(filter: TParticipantFilter): Prisma.ParticipantOrderByWithRelationInput[] {
  const dir = filter.dir;
  const byName: Prisma.ParticipantOrderByWithRelationInput[] = [{ lastName: dir }, { firstName: dir }, { id: dir }];
  switch (filter.sort) {
    case "kind":
      return [{ kind: dir }, ...byName];
    case "experience":
      return [{ experienceYears: { sort: dir, nulls: "last" } }, ...byName];
    case "created":
      return [{ createdAt: dir }, { id: dir }];
    default:
      return byName;
  }
}

/** The where-clause of the list's filters (inside the principal's scope and the school). */
function filterWhere(filter: TParticipantFilter, now: Date): Prisma.ParticipantWhereInput[] {
  const and: Prisma.ParticipantWhereInput[] = [{ archivedAt: filter.archived ? { not: null } : null }];
  const words = (filter.q ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
  for (const word of words) {
    and.push({
      OR: [
        { lastName: { contains: word, mode: "insensitive" } },
        { firstName: { contains: word, mode: "insensitive" } },
        { middleName: { contains: word, mode: "insensitive" } },
        { className: { equals: word, mode: "insensitive" } },
      ],
    });
  }
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.base === "mentor") and.push({ inMentorBase: true });
  if (filter.base === "mentee") and.push({ inMenteeBase: true });
  if (filter.formId) {
    const formId = filter.formId;
    and.push({ OR: [{ mentoredPairs: { some: { formId } } }, { menteeships: { some: { formId } } }] });
  }
  for (const flag of filter.flags) and.push(flagWhere(flag, now));
  return and;
}

/**
 * A page of a school's participants with the list's filters and sorting, the filtered total and
 * the counts of both bases. A school outside the principal's scope lists nothing.
 */
export async function listParticipants(principal: Principal, schoolId: string, filter: TParticipantFilter, now = new Date()) {
  assertCan(principal, "list", "participant");
  const inSchool: Prisma.ParticipantWhereInput = { AND: [scopeWhere(principal, "participant"), { schoolId }] };
  const where: Prisma.ParticipantWhereInput = { AND: [inSchool, ...filterWhere(filter, now)] };
  const active: Prisma.ParticipantWhereInput = { AND: [inSchool, { archivedAt: null }] };
  const [rows, total, mentors, mentees, archived] = await Promise.all([
    db.participant.findMany({ where, orderBy: orderBy(filter), skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: LIST_SELECT }),
    db.participant.count({ where }),
    db.participant.count({ where: { AND: [active, { inMentorBase: true }] } }),
    db.participant.count({ where: { AND: [active, { inMenteeBase: true }] } }),
    db.participant.count({ where: { AND: [inSchool, { archivedAt: { not: null } }] } }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, flags: flagsOf(row, now) })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    counts: { mentors, mentees, archived },
  };
}
export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>["rows"][number];

/** One participant with the pairs they are in; reading a minor's card is audited. */
export async function getParticipant(principal: Principal, participantId: string, now = new Date()) {
  assertCan(principal, "read", "participant");
  const participant = await db.participant.findFirst({
    where: { AND: [{ id: participantId }, scopeWhere(principal, "participant")] },
    include: {
      school: { select: { id: true, shortName: true } },
      consentFile: { select: { id: true, originalName: true } },
      _count: { select: { mentoredPairs: { where: { status: "ACTIVE" } }, menteeships: { where: { pairStatus: "ACTIVE" } } } },
    },
  });
  if (!participant) return null;
  if (participant.isMinor) await auditMinorReads(principal, [participant], "participant.card");
  return { ...participant, flags: flagsOf(participant, now) };
}
export type ParticipantCard = NonNullable<Awaited<ReturnType<typeof getParticipant>>>;

/** The mentoring forms a school's list may filter by. */
export async function listFormOptions(principal: Principal) {
  assertCan(principal, "list", "mentoringForm");
  return db.mentoringForm.findMany({
    where: { AND: [scopeWhere(principal, "mentoringForm"), { isActive: true }] },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
