import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPrincipal } from "@/lib/auth/sessions";
import { verifyPassword } from "@/lib/auth/password";
import { createSchool } from "@/tests/factories";
import { createMailbox, createUserWithRole, scopeOfSchool, signIn } from "@/tests/factories-users";
import { setUserActive } from "./mutations";
import { requestPasswordReset, resetPassword, RESET_REQUESTS_PER_HOUR } from "./password-reset";
import { getLinkStatus, listUsers } from "./queries";
import { hashToken } from "./tokens";

const HOUR = 60 * 60 * 1000;
const NEW_PASSWORD = "весна пришла в Орск";

describe("disabling an account", () => {
  it("ends the user's open sessions at their next request, and enabling lets them sign in again", async () => {
    const { school } = await createSchool();
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    expect(await loadPrincipal(mentor.sessionId)).not.toBeNull();

    expect(await setUserActive(curator.principal, { userId: mentor.user.id, active: false }, { ip: "10.0.0.3" })).toEqual({ changed: true });
    expect(await loadPrincipal(mentor.sessionId)).toBeNull();
    expect((await listUsers(curator.principal, { page: 1 })).users.find((u) => u.id === mentor.user.id)).toMatchObject({ status: "disabled" });
    // Disabling twice changes nothing and writes nothing.
    expect(await setUserActive(curator.principal, { userId: mentor.user.id, active: false })).toEqual({ changed: false });
    expect(await db.auditEvent.findMany({ where: { entityId: mentor.user.id }, select: { action: true, before: true, after: true, ip: true } })).toEqual([
      { action: "user.disable", before: { isActive: true }, after: { isActive: false }, ip: "10.0.0.3" },
    ]);

    await setUserActive(curator.principal, { userId: mentor.user.id, active: true });
    expect(await loadPrincipal(mentor.sessionId)).toBeNull(); // the old session stays ended
    const user = await db.user.findUniqueOrThrow({ where: { id: mentor.user.id } });
    expect((await signIn(user)).principal.userId).toBe(mentor.user.id);
    expect(await db.auditEvent.count({ where: { entityId: mentor.user.id, action: "user.enable" } })).toBe(1);
  });
});

describe("password reset", () => {
  it("answers an unknown or disabled address exactly like a known one, and writes nothing for it", async () => {
    const { school } = await createSchool();
    const disabled = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await db.user.update({ where: { id: disabled.user.id }, data: { isActive: false } });
    const known = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const mailbox = createMailbox();
    const before = { tokens: await db.authToken.count(), audit: await db.auditEvent.count() };

    expect(await requestPasswordReset({ email: "nobody@nowhere.ru" }, { sendMail: mailbox.sendMail })).toBeUndefined();
    expect(await requestPasswordReset({ email: disabled.user.email }, { sendMail: mailbox.sendMail })).toBeUndefined();
    expect(mailbox.letters).toEqual([]);
    expect({ tokens: await db.authToken.count(), audit: await db.auditEvent.count() }).toEqual(before);

    expect(await requestPasswordReset({ email: known.user.email.toUpperCase() }, { sendMail: mailbox.sendMail })).toBeUndefined();
    expect(mailbox.letters).toHaveLength(1);
    expect(mailbox.letters[0]).toMatchObject({ to: known.user.email, subject: "Смена пароля в платформе «Наставник»" });
  });

  it("sets a new password once through the link and ends every session of the account", async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school), { password: "старый пароль 1" });
    const secondDevice = await signIn(person.user);
    const mailbox = createMailbox();
    const now = new Date();

    await requestPasswordReset({ email: person.user.email }, { ip: "10.0.0.4", now, sendMail: mailbox.sendMail });
    const token = mailbox.lastToken();
    const stored = await db.authToken.findFirstOrThrow({ where: { userId: person.user.id, kind: "PASSWORD_RESET" } });
    expect(stored).toMatchObject({ tokenHash: hashToken(token), usedAt: null, expiresAt: new Date(now.getTime() + 2 * HOUR) });

    await resetPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { ip: "10.0.0.4", now });
    expect(await loadPrincipal(person.sessionId)).toBeNull();
    expect(await loadPrincipal(secondDevice.sessionId)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: person.user.id } });
    expect(user.sessionVersion).toBe(person.user.sessionVersion + 1);
    expect(await verifyPassword(user.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(user.passwordHash!, "старый пароль 1")).toBe(false);

    await expect(resetPassword({ token, password: "ещё один пароль", passwordConfirm: "ещё один пароль" }, { now })).rejects.toMatchObject({
      state: "used",
    });
    expect((await getLinkStatus("PASSWORD_RESET", token, now)).state).toBe("used");

    const audit = await db.auditEvent.findMany({ where: { entityId: person.user.id }, orderBy: { at: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["user.password_reset_request", "user.password_reset"]);
    expect(audit[1]).toMatchObject({ actorUserId: person.user.id, ip: "10.0.0.4" });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(stored.tokenHash);
    expect(JSON.stringify(audit)).not.toContain(user.passwordHash!);
  });

  it("refuses a link older than 2 hours and one replaced by a newer request", async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const mailbox = createMailbox();
    const now = new Date();

    await requestPasswordReset({ email: person.user.email }, { now, sendMail: mailbox.sendMail });
    const first = mailbox.lastToken();
    const late = new Date(now.getTime() + 2 * HOUR + 1000);
    await expect(resetPassword({ token: first, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { now: late })).rejects.toMatchObject({
      state: "expired",
      message: expect.stringContaining("2 часа"),
    });

    await requestPasswordReset({ email: person.user.email }, { now, sendMail: mailbox.sendMail });
    const second = mailbox.lastToken();
    expect((await getLinkStatus("PASSWORD_RESET", first, now)).state).toBe("expired");
    expect((await getLinkStatus("PASSWORD_RESET", second, now)).state).toBe("valid");
    // A reset link is no invitation.
    expect((await getLinkStatus("INVITATION", second, now)).state).toBe("invalid");
  });

  it(`sends at most ${RESET_REQUESTS_PER_HOUR} letters an hour to one account`, async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const mailbox = createMailbox();
    const now = new Date();
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR + 2; i += 1) {
      await requestPasswordReset({ email: person.user.email }, { now, sendMail: mailbox.sendMail });
    }
    expect(mailbox.letters).toHaveLength(RESET_REQUESTS_PER_HOUR);
    await requestPasswordReset({ email: person.user.email }, { now: new Date(now.getTime() + HOUR + 1000), sendMail: mailbox.sendMail });
    expect(mailbox.letters).toHaveLength(RESET_REQUESTS_PER_HOUR + 1);
  });
});
