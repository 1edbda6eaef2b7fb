/**
 * Rules of lesson visits that do not need the database: who is the visitor and whose lesson it is,
 * and which pairs visit lessons at all.
 */
import type { ParticipantKind, VisitDirection } from "@/lib/generated/prisma/enums";

/**
 * Mutual lesson visits are how teachers learn from each other: they are offered when the mentee
 * teaches (a pupil or a student in a mentoring pair is not visited at lessons).
 */
export function visitsApply(mentee: { kind: ParticipantKind }): boolean {
  return mentee.kind === "TEACHER";
}

/** Visitor and teacher of a visit: mentor → mentee, mentee → mentor, or the other's open lesson. */
export function visitPeople(direction: VisitDirection, openLessonBy: "MENTOR" | "MENTEE", mentorId: string, menteeId: string) {
  const menteeTeaches = direction === "MENTOR_TO_MENTEE" || (direction === "OPEN_LESSON" && openLessonBy === "MENTEE");
  return menteeTeaches ? { visitorId: mentorId, teacherId: menteeId } : { visitorId: menteeId, teacherId: mentorId };
}
