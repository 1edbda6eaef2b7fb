import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Assignment, type Principal } from "@/lib/access";

/** The region, municipality or school of a page's URL, if the principal may see it; else null (→ 404). */
export function findRegion(principal: Principal, regionId: string) {
  return db.region.findFirst({ where: { AND: [{ id: regionId }, scopeWhere(principal, "region")] } });
}

export function findMunicipality(principal: Principal, municipalityId: string) {
  return db.municipality.findFirst({
    where: { AND: [{ id: municipalityId }, scopeWhere(principal, "municipality")] },
    include: { region: { select: { id: true, name: true } } },
  });
}

export function findSchool(principal: Principal, schoolId: string) {
  return db.school.findFirst({
    where: { AND: [{ id: schoolId }, scopeWhere(principal, "school")] },
    include: { region: { select: { id: true, name: true } }, municipality: { select: { id: true, name: true } } },
  });
}

/** Russian names of the scopes of a user's assignments, for the role switcher. */
export async function scopeNames(assignments: Assignment[]): Promise<Record<string, string>> {
  const ids = (key: "regionId" | "municipalityId" | "schoolId") =>
    [...new Set(assignments.map((a) => a[key]).filter((id): id is string => Boolean(id)))];
  const [regions, municipalities, schools] = await Promise.all([
    db.region.findMany({ where: { id: { in: ids("regionId") } }, select: { id: true, name: true } }),
    db.municipality.findMany({ where: { id: { in: ids("municipalityId") } }, select: { id: true, name: true } }),
    db.school.findMany({ where: { id: { in: ids("schoolId") } }, select: { id: true, shortName: true } }),
  ]);
  const names = new Map<string, string>([
    ...regions.map((r) => [r.id, r.name] as const),
    ...municipalities.map((m) => [m.id, m.name] as const),
    ...schools.map((s) => [s.id, s.shortName] as const),
  ]);
  return Object.fromEntries(
    assignments.map((a) => [a.id, names.get(a.schoolId ?? a.municipalityId ?? a.regionId ?? "") ?? "вся платформа"]),
  );
}

export function listRegions(principal: Principal) {
  return db.region.findMany({
    where: scopeWhere(principal, "region"),
    orderBy: { name: "asc" },
    include: { _count: { select: { municipalities: true, schools: true } } },
  });
}

/** A region's structure as its page shows it: settings, municipalities with their schools, partners, forms. */
export async function getRegionStructure(principal: Principal, regionId: string) {
  const region = await db.region.findFirst({
    where: { AND: [{ id: regionId }, scopeWhere(principal, "region")] },
    include: { formSettings: true },
  });
  if (!region) return null;
  const [municipalities, organizations, forms] = await Promise.all([
    db.municipality.findMany({
      where: { AND: [{ regionId: region.id }, scopeWhere(principal, "municipality")] },
      orderBy: { name: "asc" },
      include: {
        schools: {
          where: scopeWhere(principal, "school"),
          orderBy: { shortName: "asc" },
          select: { id: true, code: true, slug: true, shortName: true, name: true, type: true, website: true, inRollout: true, _count: { select: { participants: true } } },
        },
      },
    }),
    db.organization.findMany({ where: { AND: [{ regionId: region.id }, scopeWhere(principal, "organization")] }, orderBy: { name: "asc" } }),
    db.mentoringForm.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, isActive: true } }),
  ]);
  const disabled = new Set(region.formSettings.filter((s) => !s.isEnabled).map((s) => s.formId));
  return {
    region,
    municipalities,
    organizations,
    forms: forms.map((form) => ({ ...form, enabled: !disabled.has(form.id) })),
  };
}

/** One school with what its edit form needs, or null. */
export function getSchoolForEdit(principal: Principal, schoolId: string) {
  return db.school.findFirst({
    where: { AND: [{ id: schoolId }, scopeWhere(principal, "school")] },
    include: { municipality: { select: { id: true, name: true } }, region: { select: { id: true, name: true } } },
  });
}

export function listAcademicYears() {
  return db.academicYear.findMany({ orderBy: { startsOn: "desc" } });
}
