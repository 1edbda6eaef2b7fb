/**
 * Forgotten passwords: a one-time link valid 2 hours, and setting a password through a link (the
 * same step ends an invitation). The request gives the same answer whether or not the address has
 * an account, and writes nothing for an unknown one.
 */
import "server-only";
import { db } from "@/lib/db";
import type { AuthTokenKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { UsersContext } from "./context";
import { deliver, passwordResetMail } from "./mail";
import { consumeToken, findToken, issueToken, tokenLink, TokenError } from "./tokens";
import type { TForgotPassword, TTokenPassword } from "./schemas";

/** At most this many reset letters per account and hour: enough for a lost letter, no mail bombing. */
export const RESET_REQUESTS_PER_HOUR = 3;

export async function requestPasswordReset(input: TForgotPassword, context: UsersContext = {}): Promise<void> {
  const now = context.now ?? new Date();
  const user = await db.user.findUnique({ where: { email: normaliseEmail(input.email) } });
  if (!user || !user.isActive) return;
  const recent = await db.authToken.count({
    where: { userId: user.id, kind: "PASSWORD_RESET", createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
  });
  if (recent >= RESET_REQUESTS_PER_HOUR) return;

  const link = await db.$transaction(async (tx) => {
    const issued = await issueToken(tx, { userId: user.id, kind: "PASSWORD_RESET", now });
    await recordAudit(tx, { ip: context.ip }, {
      action: "user.password_reset_request",
      entity: "User",
      entityId: user.id,
      after: { expiresAt: issued.expiresAt },
    });
    return issued;
  });
  await deliver(
    context.sendMail,
    passwordResetMail({ to: user.email, fullName: user.fullName, link: tokenLink("PASSWORD_RESET", link.token), expiresAt: link.expiresAt }),
  );
}

const AUDIT_ACTION: Record<AuthTokenKind, string> = {
  INVITATION: "user.accept_invitation",
  PASSWORD_RESET: "user.password_reset",
};

/**
 * Sets a new password through a one-time link and uses the link up. The user's sessionVersion is
 * renewed and every open session ends, so a stolen session dies with the old password.
 */
export async function setPasswordWithLink(kind: AuthTokenKind, input: TTokenPassword, context: UsersContext = {}) {
  const now = context.now ?? new Date();
  const found = await findToken(kind, input.token, now);
  if (found.state !== "valid") throw new TokenError(kind, found.state);
  const { userId } = found.row;
  // Hashed before the transaction: argon2 takes a moment that no row lock should wait for.
  const passwordHash = await hashPassword(input.password);

  await db.$transaction(async (tx) => {
    await consumeToken(tx, found.row.id, kind, now);
    const updated = await tx.user.updateMany({
      where: { id: userId, isActive: true },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new TokenError(kind, "invalid");
    await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
    // Other links of the same kind would set the password again: they stop working too.
    await tx.authToken.updateMany({
      where: { userId, kind, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAudit(tx, { userId, ip: context.ip }, { action: AUDIT_ACTION[kind], entity: "User", entityId: userId });
  });
  return { email: found.row.user.email };
}

/** Sets a new password through a reset link (used once). */
export function resetPassword(input: TTokenPassword, context: UsersContext = {}) {
  return setPasswordWithLink("PASSWORD_RESET", input, context);
}
