import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "./password";
import { markSignInSucceeded, reserveSignInAttempt } from "./rate-limit";
import { createSession } from "./sessions";

export type AuthenticateResult =
  | { ok: true; sessionId: string; userId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAt: Date };

// Verified against when the e-mail is unknown, so both answers take the same time.
let decoyHash: Promise<string> | undefined;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown e-mail, wrong password and disabled account give the
 * same answer in the same time; failures are limited per account and per IP address.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}): Promise<AuthenticateResult> {
  const email = normaliseEmail(input.email);
  // Recorded as a failure until the password proves right.
  const attempt = await reserveSignInAttempt(email, input.ip);
  if (attempt.blocked) return { ok: false, reason: "rate_limited", retryAt: attempt.retryAt };

  const user = await db.user.findUnique({ where: { email } });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user || !user.passwordHash || !valid || !user.isActive) return { ok: false, reason: "invalid" };

  const sessionId = await db.$transaction(async (tx) => {
    await markSignInSucceeded(tx, attempt.attemptId);
    const id = await createSession(tx, user, { ip: input.ip, userAgent: input.userAgent });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { userId: user.id, ip: input.ip }, { action: "session.sign_in", entity: "Session", entityId: id });
    return id;
  });
  return { ok: true, sessionId, userId: user.id };
}
