import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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

type Reader = Pick<Prisma.TransactionClient, "loginAttempt">;

async function findSignInBlock(client: Reader, email: string, ip: string, now: Date): Promise<SignInBlock> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  // Failures since the last success of this account (a success clears its count).
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const accountFailures = await client.loginAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gt: accountSince } },
    orderBy: { createdAt: "desc" },
    take: SIGN_IN_LIMITS.perAccount,
    select: { createdAt: true },
  });
  const ipFailures = await client.loginAttempt.findMany({
    where: { ip, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: SIGN_IN_LIMITS.perIp,
    select: { createdAt: true },
  });
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

export async function checkSignInAllowed(email: string, ip: string, now = new Date()): Promise<SignInBlock> {
  return findSignInBlock(db, email, ip, now);
}

// Attempts on one key wait here for their turn, in this process, holding no database connection:
// a burst from one address must not take the connection pool away from everyone else.
const turns = new Map<string, Promise<unknown>>();

async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (turns.get(key) ?? Promise.resolve()).then(work, work);
  const settled = run.catch(() => undefined);
  turns.set(key, settled);
  try {
    return await run;
  } finally {
    if (turns.get(key) === settled) turns.delete(key);
  }
}

/**
 * Checks the limits and, when allowed, records the attempt as a failure before the password is
 * verified, one attempt per account and per address at a time. Parallel guesses are thus counted
 * one by one; checking first and recording after the slow hash let a whole burst through.
 * A correct password turns the row into a success with markSignInSucceeded.
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
  now = new Date(),
): Promise<{ blocked: true; retryAt: Date } | { blocked: false; attemptId: string }> {
  // Always the account first, then the address (here and in the database), so no two waits cross.
  return inTurn(`account:${email}`, () =>
    inTurn(`ip:${ip}`, () =>
      db.$transaction(async (tx) => {
        // The same order across app instances: lock classes 7301 (account) and 7302 (address).
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301, hashtext(${email}))`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(7302, hashtext(${ip}))`;
        const block = await findSignInBlock(tx, email, ip, now);
        if (block.blocked) return block;
        const attempt = await tx.loginAttempt.create({ data: { email, ip, succeeded: false, createdAt: now }, select: { id: true } });
        return { blocked: false as const, attemptId: attempt.id };
      }),
    ),
  );
}

/** Turns a reserved attempt into a success, in the transaction that opens the session. */
export async function markSignInSucceeded(tx: Prisma.TransactionClient, attemptId: string): Promise<void> {
  await tx.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
