/**
 * An independent statement of DESIGN.md's "who may see what", written over the annotations of the
 * matrix world rather than as Prisma filters: the matrix test compares lib/access against it.
 */
import type { Annotated, Actor } from "./world";

export function visibleTo(actor: Actor, pids: string[], r: Annotated): boolean {
  const mine = (id?: string) => Boolean(id && pids.includes(id));
  const iMentorIt = mine(r.pairMentor);
  const iAmMenteeIn = (r.pairMentees ?? []).some(mine);
  const aboutMe = (r.people ?? []).some(mine);
  const { regionId: R, municipalityId: M, schoolId: S } = actor;
  if (r.entity === "academicYear" || r.entity === "mentoringForm") return true;
  // Work on a questionnaire (drafts hold answers, anonymous ones too) is its author's alone.
  if (r.entity === "submission") return r.ownerUserId === actor.userId && (!actor.schoolId || r.schoolId === actor.schoolId);

  switch (actor.role) {
    case "ADMIN":
      return true;
    case "REGIONAL_COORDINATOR":
      switch (r.entity) {
        case "region":
          return r.id === R;
        case "auditEvent":
          return false;
        case "documentRequirement":
        case "questionnaire":
        case "planTemplate":
          return r.level === "PLATFORM" || r.regionId === R;
        case "user":
          return r.assignments!.some((a) => a.regionId === R);
        default:
          return r.regionId === R;
      }
    case "MUNICIPAL_CURATOR":
      switch (r.entity) {
        case "region":
          return r.id === R;
        case "municipality":
          return r.id === M;
        case "organization":
          return r.regionId === R;
        case "planTemplate":
          return r.level === "PLATFORM" || r.regionId === R;
        case "auditEvent":
          return false;
        case "event":
          return r.municipalityId === M || (r.level === "REGION" && r.regionId === R);
        case "documentRequirement":
          return r.level === "PLATFORM" || (r.level === "REGION" && r.regionId === R) || r.municipalityId === M;
        case "questionnaire":
          return r.level === "PLATFORM" || (r.level === "REGION" && r.regionId === R) || r.municipalityId === M;
        case "user":
          return r.assignments!.some((a) => a.municipalityId === M);
        default:
          return r.municipalityId === M;
      }
    default: {
      // School roles: the curator sees the school; mentors and mentees their own participation.
      switch (r.entity) {
        case "region":
          return r.id === R;
        case "municipality":
          return r.id === M;
        case "school":
          return r.id === S;
        case "organization":
          return r.regionId === R;
        case "planTemplate":
          return r.level === "PLATFORM" || r.regionId === R;
        case "auditEvent":
          return false;
        case "event":
          return r.schoolId === S || (r.level === "MUNICIPALITY" && r.municipalityId === M) || (r.level === "REGION" && r.regionId === R);
        case "questionnaire":
          return r.level === "PLATFORM" || (r.level === "REGION" && r.regionId === R) || (r.level === "MUNICIPALITY" && r.municipalityId === M) || r.schoolId === S;
      }
      if (actor.role === "SCHOOL_CURATOR") {
        if (r.entity === "documentRequirement") {
          return r.level === "PLATFORM" || (r.level === "REGION" && r.regionId === R) || (r.level === "MUNICIPALITY" && r.municipalityId === M);
        }
        if (r.entity === "user") return r.assignments!.some((a) => a.schoolId === S);
        return r.schoolId === S;
      }
      const mentor = actor.role === "MENTOR";
      const sameSchool = r.schoolId === S;
      switch (r.entity) {
        case "documentRequirement":
        case "document":
          return false;
        case "pair":
        case "meeting":
          return sameSchool && (mentor ? iMentorIt : iAmMenteeIn);
        case "plan":
        case "planItem":
          return sameSchool && (mentor ? iMentorIt : aboutMe);
        case "visit":
          // Mentors: their pairs' visits and lessons they gave or attended; mentees: only the latter.
          return sameSchool && ((mentor && iMentorIt) || aboutMe);
        case "participant":
          return sameSchool && (aboutMe || (mentor ? iMentorIt : iAmMenteeIn));
        case "training":
        case "award":
          return sameSchool && aboutMe;
        case "response":
          // A mentor also reads the named difficulty diagnostic of their mentees.
          return sameSchool && (aboutMe || (mentor && iMentorIt && Boolean(r.diagnostic)));
        case "user": {
          if (r.id === actor.userId) return true;
          const inMyPair = iMentorIt || iAmMenteeIn;
          const theyAreInIt = (r.participantIds ?? []).some((p) => p === r.pairMentor || (r.pairMentees ?? []).includes(p));
          return r.assignments!.some((a) => a.schoolId === S) && inMyPair && theyAreInIt;
        }
        default:
          return false;
      }
    }
  }
}

/** Is a parent record inside the actor's own tenant (where they may create under it)? */
export function insideTenant(actor: Actor, parent: Annotated): boolean {
  const regionId = parent.entity === "region" ? parent.id : parent.regionId;
  const municipalityId = parent.entity === "municipality" ? parent.id : parent.municipalityId;
  const schoolId = parent.entity === "school" ? parent.id : parent.schoolId;
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "REGIONAL_COORDINATOR":
      return regionId === actor.regionId;
    case "MUNICIPAL_CURATOR":
      return municipalityId === actor.municipalityId;
    default:
      return schoolId === actor.schoolId;
  }
}
