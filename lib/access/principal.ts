import type { Role } from "@/lib/generated/prisma/enums";
import type { DbScope } from "@/lib/db";

/** One role of a user with its scope (a RoleAssignment row). */
export type Assignment = {
  id: string;
  role: Role;
  regionId: string | null;
  municipalityId: string | null;
  schoolId: string | null;
};

/**
 * Who is asking: the signed-in user with the role assignment chosen for this session. Access is
 * decided from `active` only; the other assignments are there to switch to.
 */
export type Principal = {
  userId: string;
  email: string;
  fullName: string;
  assignments: Assignment[];
  active: Assignment;
  /** The user's own participant rows in the active school (mentor/mentee roles). */
  participantIds: string[];
};

/** What the database's row-level security sees of a principal: its active role's scope chain. */
export function dbScopeOf(principal: Principal): DbScope {
  const { active } = principal;
  if (active.role === "ADMIN") return { kind: "admin", userId: principal.userId };
  return {
    kind: "scoped",
    userId: principal.userId,
    regionId: active.regionId,
    municipalityId: active.municipalityId,
    schoolId: active.schoolId,
  };
}
