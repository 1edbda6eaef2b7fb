/**
 * Invitations and the management of accounts: scoped writes in one transaction each, with their
 * audit events; letters go out after the commit (./mail.ts).
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  assertCan,
  grantableRoles,
  mayGrantRole,
  mayManageUser,
  ROLE_LABELS,
  ROLE_TARGET,
  scopeWhere,
  type GrantTarget,
  type Principal,
} from "@/lib/access";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/authenticate";
import { sortAssignments } from "@/lib/auth/sessions";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import type { UsersContext } from "./context";
import { deliver, invitationMail, roleAddedMail } from "./mail";
import { setPasswordWithLink } from "./password-reset";
import { issueToken, tokenLink } from "./tokens";
import type { TInviteUser, TTokenPassword } from "./schemas";

const MESSAGES = {
  roleNotGrantable: "Эту роль вы выдать не можете.",
  targetNotGrantable: "В этой организации вы не можете выдать эту роль.",
  accountDisabled: "Учётная запись с этим адресом отключена. Включите её в списке пользователей или обратитесь к администратору.",
  duplicateRole: "У этого пользователя уже есть такая роль в этой организации.",
  participantTaken: "Этот участник уже связан с другой учётной записью.",
  emailTaken: "Пользователя с этим адресом только что пригласили. Обновите страницу и проверьте список.",
  notManageable: "У этого пользователя есть роли, которые выдаёте не вы: изменить его учётную запись может администратор.",
  ownAccount: "Свою учётную запись так изменить нельзя.",
  alreadyHasPassword:
    "Пользователь уже задал пароль, приглашение ему не нужно. Если он забыл пароль, пусть нажмёт «Забыли пароль?» на странице входа.",
  resendDisabled: "Учётная запись отключена: сначала включите её.",
} as const;

type ResolvedTarget = {
  target: GrantTarget;
  scopeName: string;
  participantId: string | null;
};

/**
 * The record a role is granted on, read through the principal's scope: an id from another tenant
 * is "not found". Its scoping ids come from the database, never from the form.
 */
async function resolveTarget(tx: Prisma.TransactionClient, principal: Principal, role: Role, targetId: string): Promise<ResolvedTarget> {
  const none = { regionId: null, municipalityId: null, schoolId: null };
  switch (ROLE_TARGET[role]) {
    case "platform":
      return { target: none, scopeName: "вся платформа", participantId: null };
    case "region": {
      const region = await tx.region.findFirst({ where: { AND: [{ id: targetId }, scopeWhere(principal, "region")] } });
      if (!region) throw new NotFoundError();
      return { target: { ...none, regionId: region.id }, scopeName: region.name, participantId: null };
    }
    case "municipality": {
      const municipality = await tx.municipality.findFirst({ where: { AND: [{ id: targetId }, scopeWhere(principal, "municipality")] } });
      if (!municipality) throw new NotFoundError();
      return {
        target: { ...none, regionId: municipality.regionId, municipalityId: municipality.id },
        scopeName: municipality.name,
        participantId: null,
      };
    }
    case "school": {
      const school = await tx.school.findFirst({ where: { AND: [{ id: targetId }, scopeWhere(principal, "school")] } });
      if (!school) throw new NotFoundError();
      return {
        target: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id },
        scopeName: school.shortName,
        participantId: null,
      };
    }
    case "participant": {
      const participant = await tx.participant.findFirst({
        where: { AND: [{ id: targetId, archivedAt: null }, scopeWhere(principal, "participant")] },
        include: { school: { select: { shortName: true } } },
      });
      if (!participant) throw new NotFoundError();
      const { regionId, municipalityId, schoolId } = participant;
      return { target: { regionId, municipalityId, schoolId, participantId: participant.id }, scopeName: participant.school.shortName, participantId: participant.id };
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Gives a person one role. A new e-mail gets an account without a password and a one-time link to
 * set one (valid 7 days); an existing account gets the role added, its sessions renewed
 * (sessionVersion) and a notice instead of a link, unless it never set a password, in which case
 * it gets a fresh invitation link.
 */
export async function inviteUser(principal: Principal, input: TInviteUser, context: UsersContext = {}) {
  assertCan(principal, "create", "user");
  if (!grantableRoles(principal).includes(input.role)) throw new AppError("FORBIDDEN", MESSAGES.roleNotGrantable);
  const now = context.now ?? new Date();
  const email = normaliseEmail(input.email);

  const outcome = await db
    .$transaction(async (tx) => {
      const resolved = await resolveTarget(tx, principal, input.role, input.targetId);
      if (!mayGrantRole(principal, input.role, resolved.target)) throw new AppError("FORBIDDEN", MESSAGES.targetNotGrantable);
      const { regionId, municipalityId, schoolId } = resolved.target;
      const scope = { regionId, municipalityId, schoolId };

      const existing = await tx.user.findUnique({ where: { email } });
      if (existing && !existing.isActive) throw new ConflictError(MESSAGES.accountDisabled);
      if (existing && (await tx.roleAssignment.findFirst({ where: { userId: existing.id, role: input.role, ...scope } }))) {
        throw new ConflictError(MESSAGES.duplicateRole);
      }
      const user = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { sessionVersion: { increment: 1 } } })
        : await tx.user.create({ data: { email, fullName: input.fullName } });
      const assignment = await tx.roleAssignment.create({
        data: { userId: user.id, role: input.role, ...scope, createdById: principal.userId },
      });
      const actor = { principal, ip: context.ip };

      if (resolved.participantId) {
        const linked = await tx.participant.updateMany({
          where: { id: resolved.participantId, OR: [{ userId: null }, { userId: user.id }] },
          data: { userId: user.id },
        });
        if (linked.count !== 1) throw new ConflictError(MESSAGES.participantTaken);
        await recordAudit(tx, actor, {
          action: "participant.link_user",
          entity: "Participant",
          entityId: resolved.participantId,
          scope,
          after: { userId: user.id },
        });
      }
      const link = user.passwordHash ? null : await issueToken(tx, { userId: user.id, kind: "INVITATION", createdById: principal.userId, now });
      await recordAudit(tx, actor, {
        action: existing ? "user.grant_role" : "user.invite",
        entity: "User",
        entityId: user.id,
        scope,
        after: {
          email,
          fullName: user.fullName,
          role: input.role,
          assignmentId: assignment.id,
          participantId: resolved.participantId,
          invitationExpiresAt: link?.expiresAt ?? null,
        },
      });
      return { user, existingAccount: Boolean(existing), link, scopeName: resolved.scopeName };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new ConflictError(MESSAGES.emailTaken) : error;
    });

  const letter = { to: email, fullName: outcome.user.fullName, inviterName: principal.fullName, roleLabel: ROLE_LABELS[input.role], scopeName: outcome.scopeName };
  const mailSent = await deliver(
    context.sendMail,
    outcome.link
      ? invitationMail({ ...letter, link: tokenLink("INVITATION", outcome.link.token), expiresAt: outcome.link.expiresAt })
      : roleAddedMail(letter),
  );
  return { userId: outcome.user.id, existingAccount: outcome.existingAccount, invitationSent: Boolean(outcome.link), mailSent };
}

/** A user the principal may manage, with the names of their roles' scopes; else not found / forbidden. */
async function findManageableUser(principal: Principal, userId: string) {
  assertCan(principal, "update", "user");
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, scopeWhere(principal, "user")] },
    include: {
      roleAssignments: {
        include: { region: { select: { name: true } }, municipality: { select: { name: true } }, school: { select: { shortName: true } } },
      },
    },
  });
  if (!user) throw new NotFoundError();
  if (user.id === principal.userId) throw new AppError("FORBIDDEN", MESSAGES.ownAccount);
  if (!mayManageUser(principal, user)) throw new AppError("FORBIDDEN", MESSAGES.notManageable);
  return user;
}

/** The scope an action on a user was taken in: the principal's own, for the audit log's filters. */
function scopeOf(principal: Principal) {
  const { regionId, municipalityId, schoolId } = principal.active;
  return { regionId, municipalityId, schoolId };
}

/** A new invitation link for a user who has not set a password yet; the old link stops working. */
export async function resendInvitation(principal: Principal, input: { userId: string }, context: UsersContext = {}) {
  const user = await findManageableUser(principal, input.userId);
  if (user.passwordHash) throw new ConflictError(MESSAGES.alreadyHasPassword);
  if (!user.isActive) throw new ConflictError(MESSAGES.resendDisabled);
  const now = context.now ?? new Date();
  const link = await db.$transaction(async (tx) => {
    const issued = await issueToken(tx, { userId: user.id, kind: "INVITATION", createdById: principal.userId, now });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "user.invite_resend",
      entity: "User",
      entityId: user.id,
      scope: scopeOf(principal),
      after: { invitationExpiresAt: issued.expiresAt },
    });
    return issued;
  });
  const main = sortAssignments(user.roleAssignments)[0];
  const mailSent = await deliver(
    context.sendMail,
    invitationMail({
      to: user.email,
      fullName: user.fullName,
      inviterName: principal.fullName,
      roleLabel: main ? ROLE_LABELS[main.role] : "",
      scopeName: main?.school?.shortName ?? main?.municipality?.name ?? main?.region?.name ?? "вся платформа",
      link: tokenLink("INVITATION", link.token),
      expiresAt: link.expiresAt,
    }),
  );
  return { mailSent };
}

/**
 * Disables or enables an account. Disabling also renews sessionVersion, so the user's open
 * sessions end on their next request.
 */
export async function setUserActive(principal: Principal, input: { userId: string; active: boolean }, context: UsersContext = {}) {
  const user = await findManageableUser(principal, input.userId);
  if (user.isActive === input.active) return { changed: false };
  const changed = await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: user.id, isActive: !input.active },
      data: input.active ? { isActive: true } : { isActive: false, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) return false; // someone else did it a moment ago
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: input.active ? "user.enable" : "user.disable",
      entity: "User",
      entityId: user.id,
      scope: scopeOf(principal),
      before: { isActive: !input.active },
      after: { isActive: input.active },
    });
    return true;
  });
  return { changed };
}

/** Sets the password of an invited user through their invitation link (used once). */
export function acceptInvitation(input: TTokenPassword, context: UsersContext = {}) {
  return setPasswordWithLink("INVITATION", input, context);
}
