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
