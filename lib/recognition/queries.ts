import "server-only";
import { db } from "@/lib/db";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";

const person = { select: { id: true, lastName: true, firstName: true, middleName: true, position: true } } as const;

/** The school's trainings and awards, newest first, with the people they belong to. */
export async function listSchoolRecognition(principal: Principal, schoolId: string) {
  assertCan(principal, "list", "training");
  assertCan(principal, "list", "award");
  const [trainings, awards] = await Promise.all([
    db.training.findMany({
      where: { AND: [scopeWhere(principal, "training"), { schoolId }] },
      orderBy: [{ endsOn: "desc" }, { id: "asc" }],
      include: { participant: person, user: { select: { id: true, fullName: true } } },
    }),
    db.award.findMany({
      where: { AND: [scopeWhere(principal, "award"), { schoolId }] },
      orderBy: [{ proposedOn: "desc" }, { id: "asc" }],
      include: { participant: person },
    }),
  ]);
  const proposerIds = [...new Set(awards.map((award) => award.proposedById).filter((id): id is string => Boolean(id)))];
  const proposers = proposerIds.length ? await db.user.findMany({ where: { id: { in: proposerIds } }, select: { id: true, fullName: true } }) : [];
  const names = new Map(proposers.map((user) => [user.id, user.fullName]));
  return { trainings, awards: awards.map((award) => ({ ...award, proposedBy: award.proposedById ? (names.get(award.proposedById) ?? null) : null })) };
}

/** Whom the forms offer: adult people of the school's bases and the school's curators. */
export async function getRecognitionOptions(principal: Principal, schoolId: string) {
  const [participants, curators] = await Promise.all([
    db.participant.findMany({
      where: { AND: [scopeWhere(principal, "participant"), { schoolId, archivedAt: null, isMinor: false, kind: { in: ["TEACHER", "EMPLOYER_REPRESENTATIVE"] } }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: { id: true, lastName: true, firstName: true, middleName: true },
    }),
    db.user.findMany({
      where: { AND: [scopeWhere(principal, "user"), { roleAssignments: { some: { role: "SCHOOL_CURATOR", schoolId } } }] },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true },
    }),
  ]);
  return { participants, curators };
}

/** One person's trainings and awards, for their card in the bases. */
export async function listParticipantRecognition(principal: Principal, participantId: string) {
  const [trainings, awards] = await Promise.all([
    db.training.findMany({
      where: { AND: [scopeWhere(principal, "training"), { participantId }] },
      orderBy: [{ endsOn: "desc" }, { id: "asc" }],
    }),
    db.award.findMany({
      where: { AND: [scopeWhere(principal, "award"), { participantId }] },
      orderBy: [{ proposedOn: "desc" }, { id: "asc" }],
    }),
  ]);
  return { trainings, awards };
}
