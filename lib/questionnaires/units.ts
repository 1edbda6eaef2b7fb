/**
 * The unit of a questionnaires page from its URL: the platform (the admin's workspace), or a
 * region, municipality or school the principal may see; null (→ 404) otherwise.
 */
import "server-only";
import type { Principal } from "@/lib/access";
import { findMunicipality, findRegion, findSchool } from "@/lib/hierarchy/queries";
import type { QuestionnaireUnit } from "./owner";

export type UnitPage = { unit: QuestionnaireUnit; name: string; basePath: string };

export async function resolveUnit(principal: Principal, level: "PLATFORM" | "REGION" | "MUNICIPALITY" | "SCHOOL", id?: string): Promise<UnitPage | null> {
  switch (level) {
    case "PLATFORM":
      // The platform's own page is the admin's; everyone else works in their unit.
      return principal.active.role === "ADMIN" ? { unit: { level: "PLATFORM" }, name: "Вся платформа", basePath: "/admin/questionnaires" } : null;
    case "REGION": {
      const region = id ? await findRegion(principal, id) : null;
      return region ? { unit: { level: "REGION", regionId: region.id }, name: region.name, basePath: `/region/${region.id}/questionnaires` } : null;
    }
    case "MUNICIPALITY": {
      const municipality = id ? await findMunicipality(principal, id) : null;
      return municipality
        ? { unit: { level: "MUNICIPALITY", regionId: municipality.regionId, municipalityId: municipality.id }, name: municipality.name, basePath: `/municipality/${municipality.id}/questionnaires` }
        : null;
    }
    case "SCHOOL": {
      const school = id ? await findSchool(principal, id) : null;
      return school
        ? { unit: { level: "SCHOOL", regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id }, name: school.shortName, basePath: `/school/${school.id}/questionnaires` }
        : null;
    }
  }
}
