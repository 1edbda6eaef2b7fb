/**
 * Which part of the hierarchy a dashboard is about, and the SQL that keeps its aggregate queries
 * inside both that unit and the principal's scope. The scope is read from lib/access (scopeWhere):
 * for the staff levels it is one tenant column (`{}` for the admin, `{ regionId }`,
 * `{ municipalityId }` or `{ schoolId }`), and that is what becomes SQL here. Anything else (a
 * mentor's or mentee's personal scope) has no dashboard: not found.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere, type Entity, type Principal } from "@/lib/access";
import { NotFoundError } from "@/lib/errors";

export type DashboardUnit =
  | { level: "national" }
  | { level: "region"; regionId: string }
  | { level: "municipality"; municipalityId: string }
  | { level: "school"; schoolId: string };

export type ChildLevel = "region" | "municipality" | "school";

type TenantColumn = "regionId" | "municipalityId" | "schoolId";
type Tenant = { column: TenantColumn; id: string } | null;

/** Entities whose rows the dashboard counts: all must share the one tenant column. */
const COUNTED: Entity[] = ["school", "participant", "pair", "planItem", "visit", "meeting", "document", "training", "program"];

function tenantOf(principal: Principal): Tenant {
  let found: Tenant | undefined;
  for (const entity of COUNTED) {
    const where = scopeWhere(principal, entity) as Record<string, unknown>;
    const keys = Object.keys(where);
    let tenant: Tenant;
    if (keys.length === 0) tenant = null;
    else if (keys.length === 1 && ["regionId", "municipalityId", "schoolId"].includes(keys[0]) && typeof where[keys[0]] === "string") {
      tenant = { column: keys[0] as TenantColumn, id: where[keys[0]] as string };
    } else if (entity === "school" && keys.length === 1 && keys[0] === "id" && typeof where.id === "string") {
      tenant = { column: "schoolId", id: where.id };
    } else throw new NotFoundError();
    if (found !== undefined && JSON.stringify(found) !== JSON.stringify(tenant)) throw new NotFoundError();
    found = tenant;
  }
  return found ?? null;
}

/**
 * A dashboard covers its whole unit or nothing: a municipal curator may read their region's card,
 * but the region's dashboard is not theirs (it would silently show one municipality as the region).
 */
function contains(tenant: Tenant, unit: Partial<Record<TenantColumn, string>>): boolean {
  return tenant === null || unit[tenant.column] === tenant.id;
}

export type ResolvedUnit = {
  unit: DashboardUnit;
  name: string;
  /** The level of the rows one step down (a school's dashboard has itself as its one row). */
  childLevel: ChildLevel;
  /**
   * SQL: this row (a table with regionId/municipalityId/schoolId under `alias`; for the School
   * table itself pass `school`, whose own id is the school's) is in the unit and in scope.
   */
  where: (alias: string, table?: "school") => Prisma.Sql;
  /** SQL: the child unit's id of a row under `alias`. */
  child: (alias: string, table?: "school") => Prisma.Sql;
  regionId: string | null;
};

const ALIAS = /^[a-z][a-z0-9_]*$/;

function column(alias: string, name: TenantColumn, table?: "school"): Prisma.Sql {
  // The column comes from the closed set above and the alias from this module's callers, never from input.
  if (!ALIAS.test(alias)) throw new Error(`bad SQL alias ${alias}`);
  return Prisma.raw(`${alias}."${table === "school" && name === "schoolId" ? "id" : name}"`);
}

/**
 * The unit, if the principal may see it (else NotFoundError). National needs the platform-wide
 * scope; a region, municipality or school must be found through scopeWhere.
 */
export async function resolveUnit(principal: Principal, unit: DashboardUnit): Promise<ResolvedUnit> {
  const tenant = tenantOf(principal);
  let name: string;
  let unitColumn: TenantColumn | null;
  let unitId: string | null;
  let childColumn: TenantColumn;
  let childLevel: ChildLevel;
  let regionId: string | null = null;
  switch (unit.level) {
    case "national":
      if (tenant !== null) throw new NotFoundError();
      name = "Российская Федерация";
      [unitColumn, unitId, childColumn, childLevel] = [null, null, "regionId", "region"];
      break;
    case "region": {
      const row = await db.region.findFirst({ where: { AND: [{ id: unit.regionId }, scopeWhere(principal, "region")] }, select: { name: true, id: true } });
      if (!row || !contains(tenant, { regionId: row.id })) throw new NotFoundError();
      name = row.name;
      regionId = row.id;
      [unitColumn, unitId, childColumn, childLevel] = ["regionId", row.id, "municipalityId", "municipality"];
      break;
    }
    case "municipality": {
      const row = await db.municipality.findFirst({
        where: { AND: [{ id: unit.municipalityId }, scopeWhere(principal, "municipality")] },
        select: { name: true, id: true, regionId: true },
      });
      if (!row || !contains(tenant, { regionId: row.regionId, municipalityId: row.id })) throw new NotFoundError();
      name = row.name;
      regionId = row.regionId;
      [unitColumn, unitId, childColumn, childLevel] = ["municipalityId", row.id, "schoolId", "school"];
      break;
    }
    case "school": {
      const row = await db.school.findFirst({ where: { AND: [{ id: unit.schoolId }, scopeWhere(principal, "school")] }, select: { name: true, id: true, regionId: true, municipalityId: true } });
      if (!row || !contains(tenant, { regionId: row.regionId, municipalityId: row.municipalityId, schoolId: row.id })) throw new NotFoundError();
      name = row.name;
      regionId = row.regionId;
      [unitColumn, unitId, childColumn, childLevel] = ["schoolId", row.id, "schoolId", "school"];
      break;
    }
  }
  return { unit, name, childLevel, ...sqlOf(tenant, unitColumn, unitId, childColumn), regionId };
}

function sqlOf(tenant: Tenant, unitColumn: TenantColumn | null, unitId: string | null, childColumn: TenantColumn): Pick<ResolvedUnit, "where" | "child"> {
  const where = (alias: string, table?: "school") => {
    const parts: Prisma.Sql[] = [];
    if (tenant) parts.push(Prisma.sql`${column(alias, tenant.column, table)} = ${tenant.id}`);
    if (unitColumn && unitId) parts.push(Prisma.sql`${column(alias, unitColumn, table)} = ${unitId}`);
    return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
  };
  return { where, child: (alias, table) => column(alias, childColumn, table) };
}

/**
 * The SQL of a unit as resolveUnit would give it, without looking the unit up: for queries started
 * while resolveUnit checks the unit (their rows are the principal's tenant's in any case, and are
 * thrown away if the unit turns out not to be the principal's). Throws NotFoundError as resolveUnit.
 */
export function unitSqlBeforeCheck(principal: Principal, unit: DashboardUnit): Pick<ResolvedUnit, "where" | "child"> {
  const tenant = tenantOf(principal);
  switch (unit.level) {
    case "national":
      return sqlOf(tenant, null, null, "regionId");
    case "region":
      return sqlOf(tenant, "regionId", unit.regionId, "municipalityId");
    case "municipality":
      return sqlOf(tenant, "municipalityId", unit.municipalityId, "schoolId");
    case "school":
      return sqlOf(tenant, "schoolId", unit.schoolId, "schoolId");
  }
}
