/**
 * Whose questionnaires are whose: the level of a new questionnaire comes from its creator's active
 * role and scope (as events do, lib/events/organiser.ts), never from what the client sends. The
 * admin's are the platform's, or — when the admin publishes to one region — that region's. Each
 * level edits only its own level's questionnaires in its own unit; those above it it reads and
 * sees the results of, for its own unit.
 */
import { can, roleMay, type Principal } from "@/lib/access";
import type { OrgLevel } from "@/lib/generated/prisma/enums";

export type TemplateScope = { level: OrgLevel; regionId: string | null; municipalityId: string | null; schoolId: string | null };

/** The unit a page of questionnaires belongs to. */
export type QuestionnaireUnit =
  | { level: "PLATFORM" }
  | { level: "REGION"; regionId: string }
  | { level: "MUNICIPALITY"; regionId: string; municipalityId: string }
  | { level: "SCHOOL"; regionId: string; municipalityId: string; schoolId: string };

/** The scope of the questionnaires the principal creates (the admin's: the platform's, unless a region is chosen). */
export function ownTemplateScope(principal: Principal, adminRegionId?: string | null): TemplateScope | null {
  if (!roleMay(principal.active.role, "create", "questionnaire")) return null;
  const { role, regionId, municipalityId, schoolId } = principal.active;
  if (role === "ADMIN") return adminRegionId ? { level: "REGION", regionId: adminRegionId, municipalityId: null, schoolId: null } : { level: "PLATFORM", regionId: null, municipalityId: null, schoolId: null };
  if (!regionId) return null;
  if (role === "REGIONAL_COORDINATOR") return { level: "REGION", regionId, municipalityId: null, schoolId: null };
  if (role === "MUNICIPAL_CURATOR" && municipalityId) return { level: "MUNICIPALITY", regionId, municipalityId, schoolId: null };
  if (role === "SCHOOL_CURATOR" && municipalityId && schoolId) return { level: "SCHOOL", regionId, municipalityId, schoolId };
  return null;
}

/** May the principal change this questionnaire (settings, questions, publishing)? */
export function mayEditTemplate(principal: Principal, template: TemplateScope): boolean {
  if (!roleMay(principal.active.role, "update", "questionnaire")) return false;
  if (principal.active.role === "ADMIN") return template.level === "PLATFORM" || template.level === "REGION";
  const own = ownTemplateScope(principal);
  if (!own || own.level !== template.level) return false;
  return can(principal, "update", "questionnaire", template);
}

/** May the principal create questionnaires on this unit's page? */
export function mayCreateIn(principal: Principal, unit: QuestionnaireUnit): boolean {
  if (!roleMay(principal.active.role, "create", "questionnaire")) return false;
  if (principal.active.role === "ADMIN") return unit.level === "PLATFORM" || unit.level === "REGION";
  const own = ownTemplateScope(principal);
  if (!own) return false;
  switch (unit.level) {
    case "PLATFORM":
      return false;
    case "REGION":
      return own.level === "REGION" && own.regionId === unit.regionId;
    case "MUNICIPALITY":
      return own.level === "MUNICIPALITY" && own.municipalityId === unit.municipalityId;
    case "SCHOOL":
      return own.level === "SCHOOL" && own.schoolId === unit.schoolId;
  }
}
