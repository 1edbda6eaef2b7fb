import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSchool, unique } from "@/tests/factories";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { authenticate, type AuthenticateResult } from "./authenticate";
import { checkSignInAllowed, SIGN_IN_LIMITS, type SignInBlock } from "./rate-limit";

const PASSWORD = "весна пришла в Орск";
const WRONG = "весна пришла в Омск";
const MINUTE = 60 * 1000;
const WINDOW = SIGN_IN_LIMITS.windowMs;

function attempt(email: string, password: string, ip: string) {
  return authenticate({ email, password, ip, userAgent: "vitest" });
}

async function createMentor(password?: string) {
  const { school } = await createSchool();
  return (await createUserWithRole("MENTOR", scopeOfSchool(school), password ? { password } : {})).user;
}

/** Failed attempts at the given times, as if made then. */
async function failuresAt(times: Date[], who: { email?: string; ip: string }) {
  await db.loginAttempt.createMany({
    data: times.map((createdAt) => ({ email: who.email ?? `${unique("guess")}@example.ru`, ip: who.ip, succeeded: false, createdAt })),
  });
}

function minutesAgo(minutes: number, now: Date): Date {
  return new Date(now.getTime() - minutes * MINUTE);
}

/** A block that a person sees: in the future, and never more than the window away. */
function expectBlockedAtMostWindow(block: SignInBlock | AuthenticateResult, now: Date): Date {
  const retryAt = "retryAt" in block ? block.retryAt : undefined;
  if (!retryAt) throw new Error(`expected a block, got ${JSON.stringify(block)}`);
  expect(retryAt.getTime()).toBeGreaterThan(now.getTime());
  expect(retryAt.getTime() - now.getTime()).toBeLessThanOrEqual(WINDOW);
  return retryAt;
}

describe("the sign-in limits", () => {
  it("are 5 failures per account and 30 per address within 15 minutes", () => {
    expect(SIGN_IN_LIMITS).toEqual({ windowMs: 15 * MINUTE, perAccount: 5, perIp: 30 });
  });
});

describe("failures on one account", () => {
  it("refuse the 6th try, even with the right password, until 15 minutes after the first failure", async () => {
    const user = await createMentor(PASSWORD);
    const ip = "198.51.100.1";
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) {
      expect(await attempt(user.email, WRONG, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const [first] = await db.loginAttempt.findMany({ where: { email: user.email }, orderBy: { createdAt: "asc" }, take: 1 });

    const sixth = await attempt(user.email.toUpperCase(), PASSWORD, ip);
    expect(sixth).toEqual({ ok: false, reason: "rate_limited", retryAt: expect.any(Date) });
    const retryAt = expectBlockedAtMostWindow(sixth, new Date());
    expect(retryAt.getTime()).toBeLessThanOrEqual(first.createdAt.getTime() + WINDOW);

    // Refused tries are not failures: they neither push the lock further nor leave a session behind.
    const seventh = await attempt(user.email, WRONG, "198.51.100.2");
    expect(seventh).toEqual({ ok: false, reason: "rate_limited", retryAt });
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.perAccount);
    expect(await db.session.count({ where: { userId: user.id, ip } })).toBe(0);
  });

  it("allow 4 failures, and do not block another account signing in from the same address", async () => {
    const victim = await createMentor();
    const colleague = await createMentor(PASSWORD);
    const ip = "198.51.100.3";
    const now = new Date();
    await failuresAt([minutesAgo(4, now), minutesAgo(3, now), minutesAgo(2, now), minutesAgo(1, now)], { email: victim.email, ip });
    expect(await checkSignInAllowed(victim.email, ip, now)).toEqual({ blocked: false });

    await failuresAt([now], { email: victim.email, ip });
    const block = await checkSignInAllowed(victim.email, ip, now);
    expect(block).toEqual({ blocked: true, retryAt: new Date(minutesAgo(4, now).getTime() + WINDOW) });
    expectBlockedAtMostWindow(block, now);

    expect(await checkSignInAllowed(colleague.email, ip, now)).toEqual({ blocked: false });
    expect((await attempt(colleague.email, PASSWORD, ip)).ok).toBe(true);
  });

  it("are forgotten after a successful sign-in", async () => {
    const user = await createMentor(PASSWORD);
    const ip = "198.51.100.4";
    await failuresAt([5, 4, 3, 2].map((m) => minutesAgo(m, new Date())), { email: user.email, ip });
    expect((await attempt(user.email, PASSWORD, ip)).ok).toBe(true);

    // Four more failures after the success: eight in the window, yet only four count.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i += 1) {
      expect(await attempt(user.email, WRONG, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    expect((await attempt(user.email, PASSWORD, ip)).ok).toBe(true);

    // And the count starts again from that success.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) await attempt(user.email, WRONG, ip);
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("let the account in again once the window has passed", async () => {
    const user = await createMentor(PASSWORD);
    const ip = "198.51.100.5";
    const now = new Date();
    const first = minutesAgo(14, now);
    await failuresAt([first, minutesAgo(13, now), minutesAgo(12, now), minutesAgo(11, now), minutesAgo(10, now)], { email: user.email, ip });

    const refused = await attempt(user.email, PASSWORD, ip);
    expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAt: new Date(first.getTime() + WINDOW) });
    expectBlockedAtMostWindow(refused, new Date());
    expect(await checkSignInAllowed(user.email, ip, new Date(first.getTime() + WINDOW - 1))).toMatchObject({ blocked: true });
    expect(await checkSignInAllowed(user.email, ip, new Date(first.getTime() + WINDOW))).toEqual({ blocked: false });

    // A minute and a second later the oldest failure has left the window.
    await db.$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = "createdAt" - interval '61 seconds' WHERE email = ${user.email}`;
    expect((await attempt(user.email, PASSWORD, ip)).ok).toBe(true);
  });
});

describe("failures from one address", () => {
  it("block that address for every account after 30, and no other address", async () => {
    const user = await createMentor(PASSWORD);
    const attacker = "192.0.2.66";
    const now = new Date();
    // 29 guesses on 29 different accounts over the last 10 minutes: not yet.
    const times = Array.from({ length: SIGN_IN_LIMITS.perIp }, (_, i) => new Date(minutesAgo(10, now).getTime() + i * 20_000));
    await failuresAt(times.slice(0, -1), { ip: attacker });
    expect(await checkSignInAllowed(user.email, attacker, now)).toEqual({ blocked: false });

    await failuresAt(times.slice(-1), { ip: attacker });
    const block = await checkSignInAllowed(user.email, attacker, now);
    expect(block).toEqual({ blocked: true, retryAt: new Date(times[0].getTime() + WINDOW) });
    expectBlockedAtMostWindow(block, now);

    const refused = await attempt(user.email, PASSWORD, attacker);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expectBlockedAtMostWindow(refused, new Date());
    expect((await attempt(user.email, PASSWORD, "192.0.2.67")).ok).toBe(true);
  });
});

describe("parallel guesses", () => {
  it("are counted one by one: a burst on one account gets no more than 5 password checks", async () => {
    const user = await createMentor(PASSWORD);
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(user.email, `${WRONG} ${i}`, "198.51.100.20")));

    expect(burst.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(SIGN_IN_LIMITS.perAccount);
    expect(burst.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(20 - SIGN_IN_LIMITS.perAccount);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(SIGN_IN_LIMITS.perAccount);
    for (const result of burst) if (!result.ok && result.reason === "rate_limited") expectBlockedAtMostWindow(result, new Date());
  });

  it("from one address over many accounts get no more than 30 password checks", async () => {
    const ip = "198.51.100.21";
    const burst = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.perIp + 10 }, (_, i) => attempt(`${unique(`target${i}`)}@example.ru`, WRONG, ip)),
    );
    expect(burst.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(SIGN_IN_LIMITS.perIp);
    expect(await db.loginAttempt.count({ where: { ip } })).toBe(SIGN_IN_LIMITS.perIp);
  });
});

describe("a lock", () => {
  it("never lasts longer than the window, however the failures fall", async () => {
    const now = new Date();
    const layouts: Record<string, (email: string, ip: string) => Promise<void>> = {
      "five at once": (email, ip) => failuresAt(Array(5).fill(now), { email, ip }),
      "five spread over the window": (email, ip) => failuresAt([14.9, 11, 7, 3, 0].map((m) => minutesAgo(m, now)), { email, ip }),
      "twelve from many addresses": (email) =>
        failuresAt(Array.from({ length: 12 }, (_, i) => minutesAgo(i, now)), { email, ip: "192.0.2.1" }).then(() =>
          failuresAt([minutesAgo(0.5, now)], { email, ip: "192.0.2.2" }),
        ),
      "old failures before recent ones": (email, ip) => failuresAt([40, 20, 16, 4, 3, 2, 1, 0].map((m) => minutesAgo(m, now)), { email, ip }),
      "thirty from the address just now": (_, ip) => failuresAt(Array(30).fill(now), { ip }),
      "both limits at once": (email, ip) =>
        failuresAt([14, 13, 12, 11, 10].map((m) => minutesAgo(m, now)), { email, ip }).then(() =>
          failuresAt(Array(40).fill(minutesAgo(1, now)), { ip }),
        ),
    };
    for (const [name, arrange] of Object.entries(layouts)) {
      const email = `${unique("layout")}@example.ru`;
      const ip = unique("192.0.2");
      await arrange(email, ip);
      const block = await checkSignInAllowed(email, ip, now);
      expect(block.blocked, name).toBe(true);
      expectBlockedAtMostWindow(block, now);
    }
  });
});
