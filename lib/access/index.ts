export { can, assertCan, type TenantRecord } from "./can";
export { scopeWhere, type WhereByEntity } from "./scope";
export { ROLES, ENTITIES, ACTIONS, PERMISSIONS, ROLE_LABELS, roleMay, type Action, type Entity } from "./permissions";
export { ROLE_TARGET, grantableRoles, mayGrantRole, mayManageUser, type GrantTarget, type TargetKind } from "./grants";
export type { Principal, Assignment } from "./principal";
export { dbScopeOf } from "./principal";
