/**
 * The generic scoped data access every domain module builds on: find a record for an action, list
 * the records one may see, check that one may create under a parent. A record outside the
 * principal's rights is simply not found.
 */
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { roleMay, type Action, type Entity } from "./permissions";
import type { Principal } from "./principal";
import { scopeWhere } from "./scope";
import { can, type TenantRecord } from "./can";

type Delegate = {
  findFirst(args: { where: object; select?: object }): Promise<unknown>;
  findMany(args: { where: object; select?: object; take?: number }): Promise<unknown[]>;
};

const MODEL: Record<Entity, string> = {
  region: "region",
  municipality: "municipality",
  school: "school",
  organization: "organization",
  academicYear: "academicYear",
  mentoringForm: "mentoringForm",
  user: "user",
  participant: "participant",
  program: "mentoringProgram",
  pair: "mentoringPair",
  plan: "developmentPlan",
  planItem: "planItem",
  planTemplate: "planTemplate",
  visit: "lessonVisit",
  meeting: "meeting",
  event: "event",
  training: "training",
  award: "award",
  documentRequirement: "documentRequirement",
  document: "document",
  questionnaire: "questionnaireTemplate",
  response: "questionnaireResponse",
  submission: "questionnaireSubmission",
  auditEvent: "auditEvent",
};

function delegate(entity: Entity): Delegate {
  return (db as unknown as Record<string, Delegate>)[MODEL[entity]];
}

/** Under which parent a record of each entity is created (absent: a platform-wide record). */
export const CREATE_PARENT: Partial<Record<Entity, Entity>> = {
  municipality: "region",
  school: "municipality",
  organization: "region",
  documentRequirement: "municipality",
  participant: "school",
  program: "school",
  pair: "school",
  training: "school",
  award: "school",
  document: "school",
  event: "school",
  questionnaire: "school",
  response: "school",
  submission: "school",
  plan: "pair",
  visit: "pair",
  meeting: "pair",
  planItem: "plan",
  // A region's template; the platform's (no region) is the admin's: can(…, { regionId: null }).
  planTemplate: "region",
};

type Found = { id: string } & TenantRecord;

/** The record `id` of `entity` if the principal may take `action` on it; else null. */
export async function findAccessible(principal: Principal, action: Action, entity: Entity, id: string): Promise<Found | null> {
  if (!roleMay(principal.active.role, action, entity)) return null;
  const record = (await delegate(entity).findFirst({ where: { AND: [{ id }, scopeWhere(principal, entity)] } })) as Found | null;
  return record;
}

export async function findAccessibleOrThrow(principal: Principal, action: Action, entity: Entity, id: string): Promise<Found> {
  const record = await findAccessible(principal, action, entity, id);
  if (!record) throw new NotFoundError();
  return record;
}

/** Ids of the records of `entity` the principal may list (for lists that need only the ids). */
export async function listAccessibleIds(principal: Principal, entity: Entity): Promise<string[]> {
  if (!roleMay(principal.active.role, "list", entity)) return [];
  const rows = (await delegate(entity).findMany({ where: scopeWhere(principal, entity), select: { id: true } })) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/**
 * May the principal create a record of `entity` under `parentId` (a school for a participant, a
 * pair for a visit…)? The parent must be visible to them and inside their own tenant.
 */
export async function mayCreateUnder(principal: Principal, entity: Entity, parentId: string | null): Promise<boolean> {
  if (!roleMay(principal.active.role, "create", entity)) return false;
  const parentEntity = CREATE_PARENT[entity];
  if (!parentEntity) return parentId === null;
  if (!parentId) return false;
  const parent = await findAccessible(principal, "read", parentEntity, parentId);
  if (!parent) return false;
  const scope: TenantRecord =
    parentEntity === "region"
      ? { regionId: parent.id }
      : parentEntity === "municipality"
        ? { regionId: parent.regionId, municipalityId: parent.id }
        : parentEntity === "school"
          ? { regionId: parent.regionId, municipalityId: parent.municipalityId, schoolId: parent.id }
          : parent;
  return can(principal, "create", entity, scope);
}
