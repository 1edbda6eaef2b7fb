/**
 * Which level an organiser's events have, and whether they may edit an event: derived from the
 * active role and its scope, never from what the client sends. Each level edits only its own
 * level's events inside its own scope; those above it it only reads.
 */
import { can, roleMay, type Principal } from "@/lib/access";
import type { OrgLevel } from "@/lib/generated/prisma/enums";

export type EventScope = { level: OrgLevel; regionId: string; municipalityId: string | null; schoolId: string | null };

export function organiserScope(principal: Principal): EventScope | null {
  if (!roleMay(principal.active.role, "create", "event")) return null;
  const { role, regionId, municipalityId, schoolId } = principal.active;
  if (!regionId) return null;
  if (role === "REGIONAL_COORDINATOR") return { level: "REGION", regionId, municipalityId: null, schoolId: null };
  if (role === "MUNICIPAL_CURATOR" && municipalityId) return { level: "MUNICIPALITY", regionId, municipalityId, schoolId: null };
  if (role === "SCHOOL_CURATOR" && municipalityId && schoolId) return { level: "SCHOOL", regionId, municipalityId, schoolId };
  return null;
}

export function mayEditEvent(principal: Principal, event: { level: OrgLevel; regionId: string; municipalityId: string | null; schoolId: string | null }): boolean {
  const own = organiserScope(principal);
  if (!own || own.level !== event.level) return false;
  return can(principal, "update", "event", event);
}

/** May the principal create events on this unit's events page (its own level, its own unit)? */
export function mayOrganiseIn(principal: Principal, unit: { schoolId: string } | { municipalityId: string } | { regionId: string }): boolean {
  const own = organiserScope(principal);
  if (!own) return false;
  if ("schoolId" in unit) return own.level === "SCHOOL" && own.schoolId === unit.schoolId;
  if ("municipalityId" in unit) return own.level === "MUNICIPALITY" && own.municipalityId === unit.municipalityId;
  return own.level === "REGION" && own.regionId === unit.regionId;
}
