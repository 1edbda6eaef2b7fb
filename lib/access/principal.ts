import type { Role } from "@/lib/generated/prisma/enums";

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
