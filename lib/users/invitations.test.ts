import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadPrincipal } from "@/lib/auth/sessions";
import { verifyPassword } from "@/lib/auth/password";
import { createParticipant, createSchool } from "@/tests/factories";
import { createMailbox, createUserWithRole, scopeOfSchool, signIn } from "@/tests/factories-users";
import { acceptInvitation, inviteUser, resendInvitation } from "./mutations";
import { getLinkStatus, listUsers } from "./queries";
import { ZInviteUser } from "./schemas";
import { hashToken } from "./tokens";

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = "синий трактор едет";

async function schoolWithCurator() {
  const { school } = await createSchool();
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  return { school, curator };
}

describe("invitations", () => {
  it("creates the account, its role, the participant link and a hashed token in one transaction, with audit events", async () => {
    const { school, curator } = await schoolWithCurator();
    const teacher = await createParticipant(school);
    const mailbox = createMailbox();
    const now = new Date("2026-10-01T09:00:00Z");

    const input = ZInviteUser.parse({ email: " Teacher.One@School.RU ", fullName: "Смирнова Ольга Ивановна", role: "MENTOR", targetId: teacher.id });
    const result = await inviteUser(curator.principal, input, { ip: "10.0.0.1", now, sendMail: mailbox.sendMail });
    expect(result).toMatchObject({ existingAccount: false, invitationSent: true, mailSent: true });

    const user = await db.user.findUniqueOrThrow({
      where: { email: "teacher.one@school.ru" },
      include: { roleAssignments: true, authTokens: true, participants: true },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.roleAssignments).toMatchObject([
      { role: "MENTOR", schoolId: school.id, municipalityId: school.municipalityId, regionId: school.regionId, createdById: curator.user.id },
    ]);
    expect(user.participants.map((p) => p.id)).toEqual([teacher.id]);

    const token = mailbox.lastToken();
    expect(mailbox.letters[0]).toMatchObject({ to: "teacher.one@school.ru", subject: "Приглашение в платформу «Наставник»" });
    expect(user.authTokens).toMatchObject([{ kind: "INVITATION", tokenHash: hashToken(token), usedAt: null, expiresAt: new Date(now.getTime() + 7 * DAY) }]);
    expect(user.authTokens[0].tokenHash).not.toContain(token);

    const audit = await db.auditEvent.findMany({ where: { actorUserId: curator.user.id }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action).sort()).toEqual(["participant.link_user", "user.invite"]);
    expect(audit.find((event) => event.action === "user.invite")).toMatchObject({
      entity: "User",
      entityId: user.id,
      schoolId: school.id,
      ip: "10.0.0.1",
      actorRole: "SCHOOL_CURATOR",
    });
    const written = JSON.stringify(audit);
    expect(written).not.toContain(token);
    expect(written).not.toContain(hashToken(token));
  });

  it("writes nothing at all when a step of the invitation fails", async () => {
    const { school, curator } = await schoolWithCurator();
    const teacher = await createParticipant(school);
    const other = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await db.participant.update({ where: { id: teacher.id }, data: { userId: other.user.id } });

    const input = ZInviteUser.parse({ email: "late@school.ru", fullName: "Поздняя Анна", role: "MENTOR", targetId: teacher.id });
    await expect(inviteUser(curator.principal, input, { sendMail: createMailbox().sendMail })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await db.user.findUnique({ where: { email: "late@school.ru" } })).toBeNull();
    expect(await db.roleAssignment.count({ where: { createdById: curator.user.id } })).toBe(0);
    expect(await db.authToken.count({ where: { createdById: curator.user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorUserId: curator.user.id } })).toBe(0);
  });

  it("lets the link set a password once, and then never again", async () => {
    const { school, curator } = await schoolWithCurator();
    const mailbox = createMailbox();
    const input = ZInviteUser.parse({ email: "once@school.ru", fullName: "Однова Мария", role: "MENTEE", targetId: (await createParticipant(school)).id });
    await inviteUser(curator.principal, input, { sendMail: mailbox.sendMail });
    const token = mailbox.lastToken();

    expect(await getLinkStatus("INVITATION", token)).toEqual({ state: "valid", email: "once@school.ru", fullName: "Однова Мария" });
    const { email } = await acceptInvitation({ token, password: PASSWORD, passwordConfirm: PASSWORD }, { ip: "10.0.0.2" });
    expect(email).toBe("once@school.ru");

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "user.accept_invitation", entityId: user.id, actorUserId: user.id } })).toBe(1);
    const { principal } = await signIn(user);
    expect(principal.active).toMatchObject({ role: "MENTEE", schoolId: school.id });

    expect(await getLinkStatus("INVITATION", token)).toEqual({ state: "used" });
    await expect(acceptInvitation({ token, password: "другой пароль 2", passwordConfirm: "другой пароль 2" })).rejects.toMatchObject({
      state: "used",
      message: expect.stringContaining("уже использовано"),
    });
    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("refuses the link after 7 days, and a link that was never issued", async () => {
    const { school, curator } = await schoolWithCurator();
    const mailbox = createMailbox();
    const now = new Date("2026-10-01T09:00:00Z");
    const input = ZInviteUser.parse({ email: "slow@school.ru", fullName: "Медленная Анна", role: "MENTOR", targetId: (await createParticipant(school)).id });
    await inviteUser(curator.principal, input, { now, sendMail: mailbox.sendMail });
    const token = mailbox.lastToken();

    expect((await getLinkStatus("INVITATION", token, new Date(now.getTime() + 7 * DAY - 60_000))).state).toBe("valid");
    const late = new Date(now.getTime() + 7 * DAY + 60_000);
    expect((await getLinkStatus("INVITATION", token, late)).state).toBe("expired");
    await expect(acceptInvitation({ token, password: PASSWORD, passwordConfirm: PASSWORD }, { now: late })).rejects.toMatchObject({
      state: "expired",
      message: expect.stringContaining("Срок действия приглашения истёк"),
    });
    expect((await db.user.findUniqueOrThrow({ where: { email: "slow@school.ru" } })).passwordHash).toBeNull();

    expect((await getLinkStatus("INVITATION", "A".repeat(43))).state).toBe("invalid");
    expect((await getLinkStatus("INVITATION", "not a token")).state).toBe("invalid");
    // A password-reset link is no invitation, and the other way round.
    expect((await getLinkStatus("PASSWORD_RESET", token, now)).state).toBe("invalid");
  });

  it("adds the role to an existing account, renews its sessions and sends a notice instead of a link", async () => {
    const { school, curator } = await schoolWithCurator();
    const existing = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool((await createSchool()).school), { email: "known@school.ru" });
    const mailbox = createMailbox();

    const input = ZInviteUser.parse({ email: "KNOWN@school.ru", fullName: "Кто угодно", role: "MENTOR", targetId: (await createParticipant(school)).id });
    const result = await inviteUser(curator.principal, input, { sendMail: mailbox.sendMail });
    expect(result).toMatchObject({ userId: existing.user.id, existingAccount: true, invitationSent: false, mailSent: true });

    const user = await db.user.findUniqueOrThrow({ where: { id: existing.user.id }, include: { roleAssignments: true } });
    expect(user.fullName).toBe(existing.user.fullName);
    expect(user.roleAssignments.map((a) => a.role).sort()).toEqual(["MENTOR", "SCHOOL_CURATOR"]);
    expect(user.sessionVersion).toBe(existing.user.sessionVersion + 1);
    expect(await loadPrincipal(existing.sessionId)).toBeNull();
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(mailbox.letters[0]).toMatchObject({ to: "known@school.ru", subject: "Вам добавлена роль в платформе «Наставник»" });
    expect(mailbox.letters[0].text).not.toMatch(/\/invite\//);
    expect(await db.auditEvent.count({ where: { action: "user.grant_role", entityId: user.id } })).toBe(1);

    // The same role on the same participant's school again is a conflict, not a second row.
    const again = ZInviteUser.parse({ ...input, targetId: (await createParticipant(school)).id });
    await expect(inviteUser(curator.principal, again, { sendMail: mailbox.sendMail })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps the invitation when the letter fails, and sends a new link that replaces the old one", async () => {
    const { school, curator } = await schoolWithCurator();
    const input = ZInviteUser.parse({ email: "lost@school.ru", fullName: "Потерянная Анна", role: "MENTOR", targetId: (await createParticipant(school)).id });
    const result = await inviteUser(curator.principal, input, { sendMail: createMailbox({ failing: true }).sendMail });
    expect(result).toMatchObject({ invitationSent: true, mailSent: false });
    const user = await db.user.findUniqueOrThrow({ where: { email: "lost@school.ru" } });
    expect(await db.authToken.count({ where: { userId: user.id, kind: "INVITATION" } })).toBe(1);

    const { users } = await listUsers(curator.principal, { page: 1 });
    expect(users.find((u) => u.id === user.id)).toMatchObject({ status: "invited", manageable: true });

    const first = createMailbox();
    await resendInvitation(curator.principal, { userId: user.id }, { sendMail: first.sendMail });
    const second = createMailbox();
    expect(await resendInvitation(curator.principal, { userId: user.id }, { sendMail: second.sendMail })).toEqual({ mailSent: true });
    expect((await getLinkStatus("INVITATION", first.lastToken())).state).toBe("expired");
    await acceptInvitation({ token: second.lastToken(), password: PASSWORD, passwordConfirm: PASSWORD });
    expect(await db.auditEvent.count({ where: { action: "user.invite_resend", entityId: user.id } })).toBe(2);

    // Once the password is set there is nothing to re-send.
    await expect(resendInvitation(curator.principal, { userId: user.id }, { sendMail: first.sendMail })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("shows a pending invitation whose link ran out as expired", async () => {
    const { school, curator } = await schoolWithCurator();
    const now = new Date("2026-10-01T09:00:00Z");
    const input = ZInviteUser.parse({ email: "expired@school.ru", fullName: "Истёкшая Анна", role: "MENTEE", targetId: (await createParticipant(school)).id });
    await inviteUser(curator.principal, input, { now, sendMail: createMailbox().sendMail });
    const { users } = await listUsers(curator.principal, { page: 1 }, new Date(now.getTime() + 8 * DAY));
    expect(users.find((u) => u.email === "expired@school.ru")).toMatchObject({ status: "invitation_expired" });
  });
});
