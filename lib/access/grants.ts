/**
 * Who may give whom a role (invitations) and manage whose account. Decided here, beside the
 * permission table and the scopes, so that the users page, the invitation form and the mutations
 * all ask the same question.
 *
 *   ADMIN                 any role, any scope
 *   REGIONAL_COORDINATOR  regional coordinators and municipal curators of their own region
 *   MUNICIPAL_CURATOR     school curators of schools in their municipality
 *   SCHOOL_CURATOR        mentors and mentees of their own school, each linked to a participant
 *
 * A target is always read from the database (a school row gives its municipality and region),
 * never assembled from what the client sent.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { roleMay } from "./permissions";
import type { Principal } from "./principal";

/** What a role's assignment is scoped to, and so what an invitation to it must name. */
export const ROLE_TARGET = {
  ADMIN: "platform",
  REGIONAL_COORDINATOR: "region",
  MUNICIPAL_CURATOR: "municipality",
  SCHOOL_CURATOR: "school",
  MENTOR: "participant",
  MENTEE: "participant",
} as const satisfies Record<Role, string>;
export type TargetKind = (typeof ROLE_TARGET)[Role];

/** The scoping ids of the record a role is granted on, as the database has them. */
export type GrantTarget = {
  regionId: string | null;
  municipalityId: string | null;
  schoolId: string | null;
  /** The participant the account is linked to (mentor and mentee roles). */
  participantId?: string | null;
};

const GRANTABLE: Record<Role, readonly Role[]> = {
  ADMIN: ["ADMIN", "REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR", "SCHOOL_CURATOR", "MENTOR", "MENTEE"],
  REGIONAL_COORDINATOR: ["REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR"],
  MUNICIPAL_CURATOR: ["SCHOOL_CURATOR"],
  SCHOOL_CURATOR: ["MENTOR", "MENTEE"],
  MENTOR: [],
  MENTEE: [],
};

/** The roles the principal may grant at all (for the role select of the invitation form). */
export function grantableRoles(principal: Principal): Role[] {
  if (!roleMay(principal.active.role, "create", "user")) return [];
  return [...GRANTABLE[principal.active.role]];
}

/** Does the target carry exactly the ids an assignment of this role needs? */
function fitsRole(role: Role, target: GrantTarget): boolean {
  const { regionId, municipalityId, schoolId, participantId } = target;
  switch (ROLE_TARGET[role]) {
    case "platform":
      return !regionId && !municipalityId && !schoolId && !participantId;
    case "region":
      return Boolean(regionId) && !municipalityId && !schoolId && !participantId;
    case "municipality":
      return Boolean(regionId && municipalityId) && !schoolId && !participantId;
    case "school":
      return Boolean(regionId && municipalityId && schoolId) && !participantId;
    case "participant":
      return Boolean(regionId && municipalityId && schoolId && participantId);
  }
}

/** Is the target inside the principal's own scope (region, municipality or school)? */
function withinScope(principal: Principal, target: GrantTarget): boolean {
  const a = principal.active;
  switch (a.role) {
    case "ADMIN":
      return true;
    case "REGIONAL_COORDINATOR":
      return Boolean(a.regionId) && target.regionId === a.regionId;
    case "MUNICIPAL_CURATOR":
      return Boolean(a.municipalityId) && target.municipalityId === a.municipalityId;
    case "SCHOOL_CURATOR":
      return Boolean(a.schoolId) && target.schoolId === a.schoolId;
    default:
      return false;
  }
}

/** May the principal give someone `role` on `target`? */
export function mayGrantRole(principal: Principal, role: Role, target: GrantTarget): boolean {
  return grantableRoles(principal).includes(role) && fitsRole(role, target) && withinScope(principal, target);
}

/**
 * May the principal disable, enable or re-invite this user? Only if every role the user holds is
 * one the principal could have granted: a school curator must not switch off the account of a
 * regional coordinator who also mentors at the school. Never one's own account.
 */
export function mayManageUser(
  principal: Principal,
  user: { id: string; roleAssignments: Array<{ role: Role } & GrantTarget> },
): boolean {
  if (user.id === principal.userId || !roleMay(principal.active.role, "update", "user")) return false;
  if (principal.active.role === "ADMIN") return true;
  const roles = grantableRoles(principal);
  return (
    user.roleAssignments.length > 0 &&
    user.roleAssignments.every((assignment) => roles.includes(assignment.role) && withinScope(principal, assignment))
  );
}
