import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createPairsWorld, createPerson, answerCompatibility, pairInput } from "@/tests/factories-pairs";
import { registerPair } from "./mutations";
import { answersAgreement, suggestMentors } from "./suggestions";

describe("matching suggestions", () => {
  it("ranks the school's available mentors by subject, experience and load, with reasons in Russian", async () => {
    const world = await createPairsWorld();
    const mentee = await createPerson(world.school, { subjects: ["Физика"], experienceYears: 1 });
    const physicist = await createPerson(world.school, { lastName: "Андреева", subjects: ["физика", "астрономия"], experienceYears: 18 });
    const historian = await createPerson(world.school, { lastName: "Борисова", subjects: ["история"], experienceYears: 25 });
    const busy = await createPerson(world.school, { lastName: "Власова", subjects: ["физика"], experienceYears: 30 });
    await createPerson(world.school, { lastName: "Архивная", subjects: ["физика"], archived: true });
    await createPerson(world.school, { lastName: "Невнесённая", subjects: ["физика"], inMentorBase: false });
    await createPerson(world.school, { lastName: "Ученица", kind: "STUDENT" });
    const others = await Promise.all([1, 2, 3].map(() => createPerson(world.school)));
    await registerPair(world.principal, pairInput(world, busy.id, others.map((o) => o.id))); // full: 3 of 3
    await registerPair(world.principal, pairInput(world, historian.id, [(await createPerson(world.school)).id]));

    const suggestions = await suggestMentors(world.principal, { schoolId: world.school.id, formId: world.form.id, menteeId: mentee.id });
    const names = suggestions.map((s) => s.mentorId);
    expect(names[0]).toBe(physicist.id);
    expect(names).toContain(historian.id);
    expect(names).not.toContain(busy.id);
    expect(names).not.toContain(mentee.id);
    expect(suggestions.some((s) => s.name.startsWith("Архивная") || s.name.startsWith("Невнесённая") || s.name.startsWith("Ученица"))).toBe(false);
    expect(suggestions[0].reasons).toEqual(["ведёт тот же предмет: физика", "стаж 18 лет", "свободно мест: 3 из 3"]);
    expect(suggestions.find((s) => s.mentorId === historian.id)?.reasons).toEqual(["стаж 25 лет", "свободно мест: 2 из 3"]);
    expect(suggestions[0].score).toBeGreaterThan(suggestions[1].score);
  });

  it("uses the compatibility questionnaire when both answered it", async () => {
    const world = await createPairsWorld();
    const mentee = await createPerson(world.school, { experienceYears: 2 });
    const a = await createPerson(world.school, { lastName: "Абрамова", experienceYears: 10 });
    const b = await createPerson(world.school, { lastName: "Белова", experienceYears: 10 });
    await answerCompatibility(world.school, [
      { participantId: mentee.id, answers: { q1: "да", q2: 4, q3: ["a"], q4: "нет" } },
      { participantId: a.id, answers: { q1: "нет", q2: 1, q3: ["b"], q4: "да" } },
      { participantId: b.id, answers: { q1: "да", q2: 4, q3: ["a"], q4: "да" } },
    ]);
    const suggestions = await suggestMentors(world.principal, { schoolId: world.school.id, formId: world.form.id, menteeId: mentee.id });
    expect(suggestions.map((s) => s.mentorId)).toEqual([b.id, a.id]);
    expect(suggestions[0].reasons).toContain("совместимость по анкете: 75%");
    expect(suggestions[1].reasons).toContain("совместимость по анкете: 0%");
  });

  it("audits the read of minors' data it shows («ученик–ученик»)", async () => {
    const world = await createPairsWorld();
    const mentee = await createPerson(world.school, { kind: "STUDENT", isMinor: true, consentGiven: true, experienceYears: null });
    const mentor = await createPerson(world.school, { kind: "STUDENT", isMinor: true, consentGiven: true, experienceYears: null });
    const noConsent = await createPerson(world.school, { kind: "STUDENT", isMinor: true, consentGiven: false });
    const suggestions = await suggestMentors(world.principal, { schoolId: world.school.id, formId: world.studentForm.id, menteeId: mentee.id });
    expect(suggestions.map((s) => s.mentorId)).toEqual([mentor.id]);
    const audited = await db.auditEvent.findMany({ where: { action: "participant.read_minor", schoolId: world.school.id }, select: { entityId: true } });
    expect(audited.map((a) => a.entityId).sort()).toEqual([mentee.id, mentor.id].sort());
    expect(audited.map((a) => a.entityId)).not.toContain(noConsent.id);
  });

  it("compares answers only on common questions", () => {
    expect(answersAgreement({ a: 1, b: 2 }, { a: 1, c: 3 })).toBe(1);
    expect(answersAgreement({ a: 1 }, { b: 1 })).toBeNull();
  });

  it("does not find another school's mentee or school (cross-tenant)", async () => {
    const victim = await createPairsWorld();
    const attacker = await createPairsWorld();
    const mentee = await createPerson(victim.school);
    await createPerson(victim.school, { lastName: "Жертвова" });
    await expect(suggestMentors(attacker.principal, { schoolId: victim.school.id, formId: victim.form.id, menteeId: mentee.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(suggestMentors(attacker.principal, { schoolId: attacker.school.id, formId: attacker.form.id, menteeId: mentee.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
