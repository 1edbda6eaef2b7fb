import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownerDb } from "@/tests/owner-db";
import { createSchool } from "@/tests/factories";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import { loadPrincipal } from "./sessions";

const PASSWORD = "весна пришла в Орск";

function attempt(email: string, password: string, ip = "203.0.113.10") {
  return authenticate({ email, password, ip, userAgent: "Mozilla/5.0 (vitest)" });
}

describe("signing in with an e-mail and a password", () => {
  it("opens a session in the user's widest role, whatever the case and spaces of the e-mail", async () => {
    const { school, municipality } = await createSchool();
    const person = await createUserWithRole("MENTOR", scopeOfSchool(school), { email: "ivanova.m@school7.ru", password: PASSWORD });
    const curator = await db.roleAssignment.create({
      data: { userId: person.user.id, role: "MUNICIPAL_CURATOR", regionId: municipality.regionId, municipalityId: municipality.id },
    });

    const result = await attempt("  IvanovA.M@School7.RU ", PASSWORD, "203.0.113.11");
    expect(result).toEqual({ ok: true, sessionId: expect.any(String), userId: person.user.id });
    if (!result.ok) return;
    const principal = await loadPrincipal(result.sessionId);
    expect(principal).toMatchObject({ userId: person.user.id, email: "ivanova.m@school7.ru", active: { id: curator.id, role: "MUNICIPAL_CURATOR" } });
    expect(principal?.assignments.map((a) => a.role)).toEqual(["MUNICIPAL_CURATOR", "MENTOR"]);

    expect(await db.session.findUniqueOrThrow({ where: { id: result.sessionId } })).toMatchObject({
      userId: person.user.id,
      ip: "203.0.113.11",
      userAgent: "Mozilla/5.0 (vitest)",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).lastLoginAt).not.toBeNull();
    expect(await db.loginAttempt.findMany({ where: { ip: "203.0.113.11" }, select: { email: true, succeeded: true } })).toEqual([
      { email: "ivanova.m@school7.ru", succeeded: true },
    ]);
  });

  it("answers an unknown e-mail, a wrong password, an account without a password and a disabled account alike", async () => {
    const { school } = await createSchool();
    const known = await createUserWithRole("MENTOR", scopeOfSchool(school), { email: "known@school7.ru", password: PASSWORD });
    const invited = await db.user.create({ data: { email: "invited@school7.ru", fullName: "Сидорова Ольга", passwordHash: null } });
    await db.roleAssignment.create({ data: { userId: invited.id, role: "MENTOR", ...scopeOfSchool(school) } });
    const disabled = await db.user.create({
      data: { email: "disabled@school7.ru", fullName: "Козлова Вера", passwordHash: await hashPassword(PASSWORD), isActive: false },
    });
    await db.roleAssignment.create({ data: { userId: disabled.id, role: "MENTOR", ...scopeOfSchool(school) } });
    const sessionsBefore = await db.session.count();
    const auditBefore = await db.auditEvent.count();

    const tries = [
      ["nobody@school7.ru", PASSWORD],
      ["known@school7.ru", "весна пришла в Омск"],
      ["known@school7.ru", ""],
      ["invited@school7.ru", PASSWORD],
      ["invited@school7.ru", ""],
      ["Disabled@School7.ru", PASSWORD], // the right password of a disabled account
    ] as const;
    for (const [email, password] of tries) {
      expect(await attempt(email, password, "203.0.113.12"), `${email} / ${password}`).toStrictEqual({ ok: false, reason: "invalid" });
    }

    expect(await db.session.count()).toBe(sessionsBefore);
    expect(await db.auditEvent.count()).toBe(auditBefore);
    const recorded = await db.loginAttempt.findMany({ where: { ip: "203.0.113.12" }, orderBy: { createdAt: "asc" } });
    expect(recorded.map((a) => [a.email, a.succeeded])).toEqual(tries.map(([email]) => [email.toLowerCase(), false]));
    expect((await db.user.findUniqueOrThrow({ where: { id: known.user.id } })).lastLoginAt).toBeNull();
  });

  it("logs the sign-in in the audit log with the session, and never the password or its hash", async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school), { password: PASSWORD });
    await attempt(person.user.email, "неверный пароль 1", "203.0.113.13");

    const result = await attempt(person.user.email, PASSWORD, "203.0.113.13");
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    const events = await db.auditEvent.findMany({ where: { actorUserId: person.user.id } });
    expect(events).toEqual([
      expect.objectContaining({ action: "session.sign_in", actorUserId: person.user.id, entity: "Session", entityId: result.sessionId, ip: "203.0.113.13" }),
    ]);
    const everything = JSON.stringify(await db.auditEvent.findMany());
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: person.user.id } });
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain("неверный пароль 1");
    expect(everything).not.toContain(passwordHash!);
    expect(everything).not.toContain("$argon2");
  });

  it("opens no session when the audit event cannot be written: both belong to one transaction", async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("MENTOR", scopeOfSchool(school), { password: PASSWORD });
    // The audit log refuses sign-ins from this one address, as a full disk or a broken table would.
    await ownerDb().$executeRawUnsafe(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await ownerDb().$executeRawUnsafe(`
      CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent"
      FOR EACH ROW WHEN (NEW.ip = '203.0.113.66') EXECUTE FUNCTION refuse_audit()`);
    const sessionsBefore = await db.session.count({ where: { userId: person.user.id } });

    await expect(attempt(person.user.email, PASSWORD, "203.0.113.66")).rejects.toThrow(/audit log unavailable/);
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(sessionsBefore);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).lastLoginAt).toBeNull();
    // Nor does the half-done sign-in count as a success that would forgive earlier failures.
    expect(await db.loginAttempt.findMany({ where: { ip: "203.0.113.66" }, select: { succeeded: true } })).toEqual([{ succeeded: false }]);

    expect((await attempt(person.user.email, PASSWORD, "203.0.113.67")).ok).toBe(true);
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(sessionsBefore + 1);
  });
});
