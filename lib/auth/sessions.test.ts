import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createParticipant, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool, signIn } from "@/tests/factories-users";
import { endSession, loadPrincipal, SESSION_MAX_AGE_SECONDS, switchActiveAssignment } from "./sessions";

describe("a session ends", () => {
  it("at sign-out, and only that one: the user's other devices stay signed in", async () => {
    const { school } = await createSchool();
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const phone = await signIn(mentor.user);

    await endSession(mentor.sessionId);
    expect(await loadPrincipal(mentor.sessionId)).toBeNull();
    expect((await loadPrincipal(phone.sessionId))?.userId).toBe(mentor.user.id);
    // Signing out twice keeps the first sign-out time.
    const { endedAt } = await db.session.findUniqueOrThrow({ where: { id: mentor.sessionId } });
    await endSession(mentor.sessionId);
    expect((await db.session.findUniqueOrThrow({ where: { id: mentor.sessionId } })).endedAt).toEqual(endedAt);
    expect(await loadPrincipal("no-such-session")).toBeNull();
  });

  it(`${SESSION_MAX_AGE_SECONDS / 3600} hours after sign-in, or as soon as its expiry has passed`, async () => {
    const { school } = await createSchool();
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const { createdAt } = await db.session.findUniqueOrThrow({ where: { id: mentor.sessionId } });
    const maxAge = SESSION_MAX_AGE_SECONDS * 1000;
    expect(maxAge).toBe(12 * 60 * 60 * 1000);

    expect(await loadPrincipal(mentor.sessionId, new Date(createdAt.getTime() + maxAge - 60_000))).not.toBeNull();
    expect(await loadPrincipal(mentor.sessionId, new Date(createdAt.getTime() + maxAge + 1000))).toBeNull();

    await db.session.update({ where: { id: mentor.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadPrincipal(mentor.sessionId)).toBeNull();
  });

  it("when the user's session version moves on (password or roles changed): old sessions end, new ones work", async () => {
    const { school } = await createSchool();
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const user = await db.user.update({ where: { id: mentor.user.id }, data: { sessionVersion: { increment: 1 } } });

    expect(await loadPrincipal(mentor.sessionId)).toBeNull();
    expect((await signIn(user)).principal.userId).toBe(mentor.user.id);
  });

  it("on every device when the user is disabled", async () => {
    const { school } = await createSchool();
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const phone = await signIn(mentor.user);
    await db.user.update({ where: { id: mentor.user.id }, data: { isActive: false } });

    expect(await loadPrincipal(mentor.sessionId)).toBeNull();
    expect(await loadPrincipal(phone.sessionId)).toBeNull();
  });
});

describe("the role a session acts in", () => {
  it("falls back to another of the user's roles when the active one is removed; with none left the user is signed out", async () => {
    const { school } = await createSchool();
    const person = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const mentorRole = await db.roleAssignment.create({ data: { userId: person.user.id, role: "MENTOR", ...scopeOfSchool(school) } });
    expect((await loadPrincipal(person.sessionId))?.active).toMatchObject({ id: person.assignment.id, role: "SCHOOL_CURATOR" });

    await db.roleAssignment.delete({ where: { id: person.assignment.id } });
    const principal = await loadPrincipal(person.sessionId);
    expect(principal?.active).toEqual({ id: mentorRole.id, role: "MENTOR", ...scopeOfSchool(school) });
    expect(principal?.assignments.map((a) => a.id)).toEqual([mentorRole.id]);

    await db.roleAssignment.delete({ where: { id: mentorRole.id } });
    expect(await loadPrincipal(person.sessionId)).toBeNull();
  });

  it("switches to another of the user's own roles, and refuses another user's role or session without changing anything", async () => {
    const { school, municipality } = await createSchool();
    const person = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: municipality.regionId, municipalityId: municipality.id });
    const mentorRole = await db.roleAssignment.create({ data: { userId: person.user.id, role: "MENTOR", ...scopeOfSchool(school) } });
    const stranger = await createUserWithRole("ADMIN");
    expect((await loadPrincipal(person.sessionId))?.active.role).toBe("MUNICIPAL_CURATOR");

    expect(await db.$transaction((tx) => switchActiveAssignment(tx, person.sessionId, person.user.id, mentorRole.id))).toBe(true);
    expect((await loadPrincipal(person.sessionId))?.active).toEqual({ id: mentorRole.id, role: "MENTOR", ...scopeOfSchool(school) });
    // The choice belongs to the session: a new sign-in starts in the widest role again.
    expect((await signIn(person.user)).principal.active.role).toBe("MUNICIPAL_CURATOR");

    // Someone else's ADMIN role, and someone else's session, are out of reach.
    expect(await db.$transaction((tx) => switchActiveAssignment(tx, person.sessionId, person.user.id, stranger.assignment.id))).toBe(false);
    expect(await db.$transaction((tx) => switchActiveAssignment(tx, stranger.sessionId, person.user.id, mentorRole.id))).toBe(false);
    expect((await loadPrincipal(person.sessionId))?.active.id).toBe(mentorRole.id);
    expect((await loadPrincipal(stranger.sessionId))?.active.id).toBe(stranger.assignment.id);

    // A signed-out session cannot be switched.
    await endSession(person.sessionId);
    expect(await db.$transaction((tx) => switchActiveAssignment(tx, person.sessionId, person.user.id, person.assignment.id))).toBe(false);
    expect((await db.session.findUniqueOrThrow({ where: { id: person.sessionId } })).activeRoleAssignmentId).toBe(mentorRole.id);
  });

  it("as a mentor carries exactly the user's own current participant rows of that school", async () => {
    const { school } = await createSchool();
    const otherSchool = await createSchoolIn({ id: school.municipalityId, regionId: school.regionId });
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    const mine = await createParticipant(school);
    const alsoMine = await createParticipant(school, { kind: "STUDENT" });
    const archived = await createParticipant(school);
    const elsewhere = await createParticipant(otherSchool);
    const colleague = await createParticipant(school);
    await db.participant.updateMany({ where: { id: { in: [mine.id, alsoMine.id, archived.id, elsewhere.id] } }, data: { userId: mentor.user.id } });
    await db.participant.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const other = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await db.participant.update({ where: { id: colleague.id }, data: { userId: other.user.id } });

    const principal = await loadPrincipal(mentor.sessionId);
    expect(principal?.participantIds.toSorted()).toEqual([mine.id, alsoMine.id].toSorted());

    // In the other school the same person is only that school's row; as a curator, none.
    const otherRole = await db.roleAssignment.create({ data: { userId: mentor.user.id, role: "MENTOR", ...scopeOfSchool(otherSchool) } });
    await db.$transaction((tx) => switchActiveAssignment(tx, mentor.sessionId, mentor.user.id, otherRole.id));
    expect((await loadPrincipal(mentor.sessionId))?.participantIds).toEqual([elsewhere.id]);
    const curatorRole = await db.roleAssignment.create({ data: { userId: mentor.user.id, role: "SCHOOL_CURATOR", ...scopeOfSchool(school) } });
    await db.$transaction((tx) => switchActiveAssignment(tx, mentor.sessionId, mentor.user.id, curatorRole.id));
    expect((await loadPrincipal(mentor.sessionId))?.participantIds).toEqual([]);
  });
});
