import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rejection } from "@/tests/rejection";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { answerCompatibility, createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { addPairMentee, removePairMentee } from "./membership";
import { registerPair } from "./mutations";
import { PAIR_MESSAGES } from "./schemas";


describe("changing the mentees of a running pair or group", () => {
  it("adds a mentee: the pair becomes a group, its version moves, the change is audited", async () => {
    const world = await createPairsWorld();
    const [mentor, a, b] = [await createPerson(world.school), await createPerson(world.school), await createPerson(world.school)];
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [a.id]));
    const result = await addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: b.id, joinedOn: "2026-10-01" }, { ip: "10.0.0.9" });
    expect(result.version).toBe(2);
    const saved = await db.mentoringPair.findUniqueOrThrow({ where: { id: pair.id }, include: { mentees: true } });
    expect(saved.isGroup).toBe(true);
    expect(saved.mentees.find((m) => m.menteeId === b.id)).toMatchObject({ schoolId: world.school.id, joinedOn: new Date("2026-10-01"), leftOn: null });
    expect(await db.auditEvent.count({ where: { entityId: pair.id, action: "pair.mentee_add" } })).toBe(1);
  });

  it("applies the registration rules to a newcomer: one active pair per form, the load cap, consent, kind", async () => {
    const world = await createPairsWorld();
    const [mentor, other, a, b, c, d] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createPerson(world.school)));
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [a.id, b.id]));
    await registerPair(world.principal, pairInput(world, other.id, [c.id]));
    const busy = await rejection(addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: c.id, joinedOn: "2026-10-01" }));
    expect(busy.fieldErrors.menteeId).toEqual([PAIR_MESSAGES.alreadyInPair]);

    await addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: d.id, joinedOn: "2026-10-01" }); // third place of 3
    const extra = await createPerson(world.school);
    const full = await rejection(addPairMentee(world.principal, { pairId: pair.id, version: 2, menteeId: extra.id, joinedOn: "2026-10-01" }));
    expect(full.fieldErrors.menteeId).toEqual([PAIR_MESSAGES.mentorLoad(3)]);

    const student = await createPerson(world.school, { kind: "STUDENT", isMinor: true, consentGiven: false });
    const wrong = await rejection(addPairMentee(world.principal, { pairId: pair.id, version: 2, menteeId: student.id, joinedOn: "2026-10-01" }));
    expect(wrong.fieldErrors.menteeId).toEqual(expect.arrayContaining([PAIR_MESSAGES.menteeKind, PAIR_MESSAGES.noConsent]));

    const late = await rejection(addPairMentee(world.principal, { pairId: pair.id, version: 2, menteeId: extra.id, joinedOn: "2027-09-01" }));
    expect(late.fieldErrors.joinedOn).toEqual([PAIR_MESSAGES.joinedOutsidePeriod]);
  });

  it("removes a mentee with a date and reason, keeps the history, and never the last one", async () => {
    const world = await createPairsWorld();
    const [mentor, a, b] = [await createPerson(world.school), await createPerson(world.school), await createPerson(world.school)];
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [a.id, b.id]));
    const removed = await removePairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: b.id, leftOn: "2026-12-01", reason: "перевёлся в другую школу" });
    const saved = await db.mentoringPair.findUniqueOrThrow({ where: { id: pair.id }, include: { mentees: true } });
    expect(saved.isGroup).toBe(false);
    expect(saved.mentees).toHaveLength(2); // history kept
    expect(saved.mentees.find((m) => m.menteeId === b.id)?.leftOn).toEqual(new Date("2026-12-01"));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: pair.id, action: "pair.mentee_remove" } });
    expect(audit.after).toMatchObject({ reason: "перевёлся в другую школу" });

    const last = await rejection(removePairMentee(world.principal, { pairId: pair.id, version: removed.version, menteeId: a.id, leftOn: "2026-12-01", reason: "ушёл" }));
    expect(last.message).toBe(PAIR_MESSAGES.lastMentee);

    // The one who left may be placed in another pair of the form, or come back to this one.
    const again = await addPairMentee(world.principal, { pairId: pair.id, version: removed.version, menteeId: b.id, joinedOn: "2027-01-10" });
    expect(again.version).toBe(removed.version + 1);
    expect(await db.pairMentee.count({ where: { pairId: pair.id, leftOn: null } })).toBe(2);
  });

  it("gives the second of two concurrent changes a conflict and changes nothing for it", async () => {
    const world = await createPairsWorld();
    const [mentor, a, b, c] = await Promise.all([1, 2, 3, 4].map(() => createPerson(world.school)));
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [a.id]));
    const results = await Promise.allSettled([
      addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: b.id, joinedOn: "2026-10-01" }),
      addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: c.id, joinedOn: "2026-10-01" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.pairMentee.count({ where: { pairId: pair.id } })).toBe(2);
  });

  it("is not found for another school's curator or for the pair's mentor", async () => {
    const victim = await createPairsWorld();
    const attacker = await createPairsWorld();
    const [mentor, a, b] = [await createPerson(victim.school), await createPerson(victim.school), await createPerson(victim.school)];
    const pair = await registerPair(victim.principal, pairInput(victim, mentor.id, [a.id]));
    await expect(addPairMentee(attacker.principal, { pairId: pair.id, version: 1, menteeId: b.id, joinedOn: "2026-10-01" })).rejects.toBeInstanceOf(NotFoundError);
    const mentorUser = await createUserWithRole("MENTOR", scopeOfSchool(victim.school));
    await expect(removePairMentee(mentorUser.principal, { pairId: pair.id, version: 1, menteeId: a.id, leftOn: "2026-10-01", reason: "так надо" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.pairMentee.count({ where: { pairId: pair.id } })).toBe(1);
  });
});

describe("the compatibility result on the pair", () => {
  it("is stored at registration from the questionnaire answers, and null without them", async () => {
    const world = await createPairsWorld();
    const [mentor, a, b, plain] = await Promise.all([1, 2, 3, 4].map(() => createPerson(world.school)));
    await answerCompatibility(world.school, [
      { participantId: mentor.id, answers: { q1: "утро", q2: "лично", q3: 5, q4: "да" } },
      { participantId: a.id, answers: { q1: "утро", q2: "лично", q3: 4, q4: "да" } }, // 3 of 4
      { participantId: b.id, answers: { q1: "утро", q2: "онлайн", q3: 4, q4: "нет" } }, // 1 of 4
    ]);
    const group = await registerPair(world.principal, pairInput(world, mentor.id, [a.id, b.id]));
    expect((await db.mentoringPair.findUniqueOrThrow({ where: { id: group.id } })).compatibilityScore).toBe(50);
    const other = await createPerson(world.school);
    const none = await registerPair(world.principal, pairInput(world, other.id, [plain.id]));
    expect((await db.mentoringPair.findUniqueOrThrow({ where: { id: none.id } })).compatibilityScore).toBeNull();
  });
});
