import { roleMay, type Action, type Entity } from "./permissions";
import type { Principal } from "./principal";
import { NotFoundError } from "@/lib/errors";

/** The scoping ids a tenant-owned record carries. */
export type TenantRecord = {
  regionId?: string | null;
  municipalityId?: string | null;
  schoolId?: string | null;
};

/**
 * May this principal take `action` on `entity` (and, when given, on this record)? The record check
 * compares the record's own scoping ids with the active assignment: a record fetched through
 * scopeWhere() always passes it; one fetched otherwise may not.
 */
export function can(principal: Principal, action: Action, entity: Entity, record?: TenantRecord): boolean {
  if (!roleMay(principal.active.role, action, entity)) return false;
  if (!record) return true;
  const a = principal.active;
  switch (a.role) {
    case "ADMIN":
      return true;
    case "REGIONAL_COORDINATOR":
      return record.regionId === a.regionId;
    case "MUNICIPAL_CURATOR":
      return record.municipalityId === a.municipalityId;
    default:
      return record.schoolId === a.schoolId;
  }
}

/**
 * Throws NotFoundError when the principal may not: a record outside one's rights looks exactly
 * like a record that does not exist, so ids reveal nothing.
 */
export function assertCan(principal: Principal, action: Action, entity: Entity, record?: TenantRecord): void {
  if (!can(principal, action, entity, record)) throw new NotFoundError();
}
