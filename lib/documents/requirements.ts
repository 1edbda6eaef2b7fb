/**
 * The requirements catalog: the platform's requirements kept by the admin, and a region's or a
 * municipality's own, kept by its coordinator for its schools. Which requirements one sees is
 * scopeWhere("documentRequirement"); which one may change is can("update", record) — a municipal
 * curator sees the platform's requirements but may change only the municipality's own.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { findAccessible, mayCreateUnder } from "@/lib/access/records";
import type { RequirementOwner } from "./status";

/**
 * Where a requirement the principal creates belongs: the level of their own assignment (the admin:
 * the platform; a regional coordinator: the region; a municipal curator: the municipality).
 */
export function ownerOfNewRequirement(principal: Principal): RequirementOwner {
  const { regionId, municipalityId } = principal.active;
  if (municipalityId && regionId) return { level: "MUNICIPALITY", regionId, municipalityId };
  if (regionId) return { level: "REGION", regionId, municipalityId: null };
  return { level: "PLATFORM", regionId: null, municipalityId: null };
}

/** May the principal add requirements at the level of their own assignment? */
export async function mayCreateRequirement(principal: Principal, owner = ownerOfNewRequirement(principal)): Promise<boolean> {
  if (!roleMay(principal.active.role, "create", "documentRequirement")) return false;
  switch (owner.level) {
    case "PLATFORM":
      return can(principal, "create", "documentRequirement", { regionId: null, municipalityId: null, schoolId: null });
    case "REGION":
      return Boolean(owner.regionId && (await findAccessible(principal, "read", "region", owner.regionId))) && can(principal, "create", "documentRequirement", { regionId: owner.regionId });
    case "MUNICIPALITY":
      return mayCreateUnder(principal, "documentRequirement", owner.municipalityId);
    default:
      return false;
  }
}

/** Whose catalog page it is: the platform's (the admin's), a region's or a municipality's. */
export type CatalogUnit = { platform: true } | { regionId: string } | { municipalityId: string; regionId: string };

/** The requirements a unit's schools live by: the platform's, the region's and (for a municipality) its own. */
function catalogWhere(unit: CatalogUnit): Prisma.DocumentRequirementWhereInput {
  if ("platform" in unit) return {};
  if ("municipalityId" in unit) {
    return { OR: [{ level: "PLATFORM" }, { level: "REGION", regionId: unit.regionId }, { level: "MUNICIPALITY", municipalityId: unit.municipalityId }] };
  }
  return { OR: [{ level: "PLATFORM" }, { regionId: unit.regionId }] };
}

/** May the principal add requirements on this unit's catalog page (it must be their own level and unit)? */
export async function mayCreateRequirementIn(principal: Principal, unit: CatalogUnit): Promise<boolean> {
  const owner = ownerOfNewRequirement(principal);
  const own =
    "platform" in unit
      ? owner.level === "PLATFORM"
      : "municipalityId" in unit
        ? owner.level === "MUNICIPALITY" && owner.municipalityId === unit.municipalityId
        : owner.level === "REGION" && owner.regionId === unit.regionId;
  return own && mayCreateRequirement(principal, owner);
}

/** The requirements of a unit's catalog the principal sees, the platform's first, with what they may do to each. */
export async function listRequirements(principal: Principal, unit: CatalogUnit) {
  if (!roleMay(principal.active.role, "list", "documentRequirement")) return [];
  const rows = await db.documentRequirement.findMany({
    where: { AND: [scopeWhere(principal, "documentRequirement"), catalogWhere(unit)] },
    orderBy: [{ level: "asc" }, { isActive: "desc" }, { sortOrder: "asc" }, { title: "asc" }],
    include: {
      region: { select: { name: true } },
      municipality: { select: { name: true } },
      academicYear: { select: { title: true } },
      templateFile: { select: { id: true, originalName: true } },
      // Only the documents the principal may see: a count must not reveal other tenants' work.
      _count: { select: { documents: { where: scopeWhere(principal, "document") } } },
    },
  });
  return rows.map((row) => ({ ...row, editable: can(principal, "update", "documentRequirement", row) }));
}
export type RequirementRow = Awaited<ReturnType<typeof listRequirements>>[number];

/** One requirement the principal may change (for its edit form); null otherwise. */
export async function getEditableRequirement(principal: Principal, requirementId: string) {
  if (!roleMay(principal.active.role, "update", "documentRequirement")) return null;
  const requirement = await db.documentRequirement.findFirst({
    where: { AND: [{ id: requirementId }, scopeWhere(principal, "documentRequirement")] },
    include: { templateFile: { select: { id: true, originalName: true } }, _count: { select: { documents: true } } },
  });
  if (!requirement || !can(principal, "update", "documentRequirement", requirement)) return null;
  return requirement;
}
export type EditableRequirement = NonNullable<Awaited<ReturnType<typeof getEditableRequirement>>>;

/** The template file of a requirement the principal may read, for its download route. */
export async function findRequirementTemplate(principal: Principal, requirementId: string) {
  if (!roleMay(principal.active.role, "read", "documentRequirement")) return null;
  const requirement = await db.documentRequirement.findFirst({
    where: { AND: [{ id: requirementId }, scopeWhere(principal, "documentRequirement")] },
    select: { templateFile: { select: { id: true, storageKey: true, sha256: true, originalName: true, mimeType: true } } },
  });
  return requirement?.templateFile ?? null;
}
