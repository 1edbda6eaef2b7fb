import "server-only";
import { db } from "@/lib/db";

/**
 * Limits on failed sign-ins, kept in the database so that they hold across app instances. A
 * lock lasts at most WINDOW after the last counted failure: enough to stop guessing, never long
 * enough to shut a person out of their work for more than a quarter of an hour.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perIp: 30,
} as const;

export type SignInBlock = { blocked: false } | { blocked: true; retryAt: Date };

export async function checkSignInAllowed(email: string, ip: string, now = new Date()): Promise<SignInBlock> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  // Failures since the last success of this account (a success clears its count).
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const [accountFailures, ipFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gt: accountSince } },
      orderBy: { createdAt: "desc" },
      take: SIGN_IN_LIMITS.perAccount,
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: SIGN_IN_LIMITS.perIp,
      select: { createdAt: true },
    }),
  ]);
  const retryTimes: number[] = [];
  if (accountFailures.length >= SIGN_IN_LIMITS.perAccount) {
    // Free again when the oldest of the last N failures leaves the window.
    retryTimes.push(accountFailures[SIGN_IN_LIMITS.perAccount - 1].createdAt.getTime() + SIGN_IN_LIMITS.windowMs);
  }
  if (ipFailures.length >= SIGN_IN_LIMITS.perIp) {
    retryTimes.push(ipFailures[SIGN_IN_LIMITS.perIp - 1].createdAt.getTime() + SIGN_IN_LIMITS.windowMs);
  }
  if (retryTimes.length === 0) return { blocked: false };
  return { blocked: true, retryAt: new Date(Math.max(...retryTimes)) };
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, succeeded } });
}
