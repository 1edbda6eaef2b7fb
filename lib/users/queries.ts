import "server-only";
import { asSystem, db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthTokenKind, ParticipantKind, Role } from "@/lib/generated/prisma/enums";
import { assertCan, can, grantableRoles, mayManageUser, ROLE_TARGET, scopeWhere, type Principal } from "@/lib/access";
import { sortAssignments } from "@/lib/auth/sessions";
import { fullName } from "@/lib/format";
import { findToken } from "./tokens";
import type { TokenState, TUserFilter } from "./schemas";

export const USERS_PAGE_SIZE = 50;

/** active: has a password; invited: waits for them to set one; invitation_expired: the link ran out. */
export type UserStatus = "active" | "disabled" | "invited" | "invitation_expired";

export type UserRow = {
  id: string;
  email: string;
  fullName: string;
  status: UserStatus;
  invitationExpiresAt: Date | null;
  lastLoginAt: Date | null;
  /** The user's roles inside the principal's scope (roles elsewhere are not shown). */
  roles: Array<{ id: string; role: Role; scopeName: string | null }>;
  /** May the principal disable, enable and re-invite this user? */
  manageable: boolean;
};

/** The users in the principal's scope, by name, a page at a time. */
export async function listUsers(principal: Principal, filter: TUserFilter, now = new Date()) {
  assertCan(principal, "list", "user");
  const where: Prisma.UserWhereInput = {
    AND: [
      scopeWhere(principal, "user"),
      filter.q
        ? { OR: [{ fullName: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q.toLowerCase() } }] }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        fullName: true,
        isActive: true,
        lastLoginAt: true,
        passwordHash: true, // only to tell "has a password"; never leaves this function
        roleAssignments: {
          include: { region: { select: { name: true } }, municipality: { select: { name: true } }, school: { select: { shortName: true } } },
        },
        authTokens: {
          where: { kind: "INVITATION", usedAt: null },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { expiresAt: true },
        },
      },
    }),
    db.user.count({ where }),
  ]);
  const users: UserRow[] = rows.map((user) => {
    const invitation = user.passwordHash ? null : (user.authTokens[0] ?? null);
    const status: UserStatus = !user.isActive
      ? "disabled"
      : user.passwordHash
        ? "active"
        : invitation && invitation.expiresAt > now
          ? "invited"
          : "invitation_expired";
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      status,
      invitationExpiresAt: invitation?.expiresAt ?? null,
      lastLoginAt: user.lastLoginAt,
      roles: sortAssignments(user.roleAssignments.filter((a) => can(principal, "read", "user", a))).map((a) => ({
        id: a.id,
        role: a.role,
        scopeName: a.school?.shortName ?? a.municipality?.name ?? a.region?.name ?? null,
      })),
      manageable: mayManageUser(principal, user),
    };
  });
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export type ScopeOption = { id: string; name: string; parent: string | null };

/** What the invitation form offers: the roles the principal may grant and the targets in their scope. */
export async function getInviteOptions(principal: Principal) {
  const roles = grantableRoles(principal);
  const kinds = new Set(roles.map((role) => ROLE_TARGET[role]));
  const [regions, municipalities, schools] = await Promise.all([
    kinds.has("region")
      ? db.region.findMany({ where: scopeWhere(principal, "region"), orderBy: { name: "asc" }, select: { id: true, name: true } })
      : [],
    kinds.has("municipality")
      ? db.municipality.findMany({
          where: scopeWhere(principal, "municipality"),
          orderBy: { name: "asc" },
          select: { id: true, name: true, region: { select: { name: true } } },
        })
      : [],
    kinds.has("school") || kinds.has("participant")
      ? db.school.findMany({
          where: scopeWhere(principal, "school"),
          orderBy: { shortName: "asc" },
          select: { id: true, shortName: true, municipality: { select: { name: true } } },
        })
      : [],
  ]);
  return {
    roles,
    regions: regions.map((r): ScopeOption => ({ id: r.id, name: r.name, parent: null })),
    municipalities: municipalities.map((m): ScopeOption => ({ id: m.id, name: m.name, parent: m.region.name })),
    schools: schools.map((s): ScopeOption => ({ id: s.id, name: s.shortName, parent: s.municipality.name })),
  };
}
export type InviteOptions = Awaited<ReturnType<typeof getInviteOptions>>;

export type InvitableParticipant = { id: string; fullName: string; kind: ParticipantKind; detail: string | null; email: string | null };

/**
 * A school's participants without an account, for the mentor and mentee invitations. A minor's
 * e-mail is not offered (the form does not need it to name the person).
 */
export async function listInvitableParticipants(principal: Principal, schoolId: string): Promise<InvitableParticipant[]> {
  if (!grantableRoles(principal).some((role) => ROLE_TARGET[role] === "participant")) return [];
  const participants = await db.participant.findMany({
    where: { AND: [scopeWhere(principal, "participant"), { schoolId, userId: null, archivedAt: null }] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true, kind: true, position: true, className: true, email: true, isMinor: true },
  });
  return participants.map((p) => ({
    id: p.id,
    fullName: fullName(p),
    kind: p.kind,
    detail: p.position ?? p.className ?? null,
    email: p.isMinor ? null : p.email,
  }));
}

/**
 * What the page of a one-time link shows: whose link it is, or why it cannot be used. The visitor
 * is nobody yet, so the platform looks the link up.
 */
export async function getLinkStatus(
  kind: AuthTokenKind,
  token: string,
  now = new Date(),
): Promise<{ state: "valid"; email: string; fullName: string } | { state: Exclude<TokenState, "valid"> }> {
  const found = await asSystem(() => findToken(kind, token, now));
  if (found.state !== "valid") return { state: found.state };
  return { state: "valid", email: found.row.user.email, fullName: found.row.user.fullName };
}
