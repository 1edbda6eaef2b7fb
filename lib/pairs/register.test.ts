import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rejection } from "@/tests/rejection";
import { AppError, NotFoundError } from "@/lib/errors";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createPair } from "@/tests/factories";
import { createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { registerPair } from "./mutations";
import { PAIR_MESSAGES } from "./schemas";

/** The field errors a registration fails with (or fails the test if it succeeds). */

describe("registering a pair or group", () => {
  it("writes the pair, its mentees with the school's scoping ids, and an audit event", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school, { experienceYears: 20 });
    const [a, b] = [await createPerson(world.school), await createPerson(world.school)];
    const result = await registerPair(world.principal, { ...pairInput(world, mentor.id, [a.id, b.id]), modelId: world.model.id, title: "Группа молодых" }, { ip: "10.1.1.1" });

    const pair = await db.mentoringPair.findUniqueOrThrow({ where: { id: result.id }, include: { mentees: true } });
    expect(pair).toMatchObject({ schoolId: world.school.id, regionId: world.school.regionId, isGroup: true, status: "ACTIVE", orderNumber: "45-о", academicYearId: world.year.id, modelId: world.model.id });
    expect(pair.mentees.map((m) => m.menteeId).sort()).toEqual([a.id, b.id].sort());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: pair.id } });
    expect(audit).toMatchObject({ action: "pair.register", schoolId: world.school.id, ip: "10.1.1.1" });
  });

  it("refuses kinds that do not fit the form, next to the right field", async () => {
    const world = await createPairsWorld();
    const student = await createPerson(world.school, { kind: "STUDENT" });
    const teacher = await createPerson(world.school);
    const error = await rejection(registerPair(world.principal, pairInput(world, student.id, [teacher.id])));
    expect(error.fieldErrors.mentorId).toContain(PAIR_MESSAGES.mentorKind);
    const error2 = await rejection(registerPair(world.principal, pairInput(world, teacher.id, [student.id])));
    expect(error2.fieldErrors.menteeIds).toContain(PAIR_MESSAGES.menteeKind);
  });

  it("refuses a mentor who mentors themselves, and the database refuses it too", async () => {
    const world = await createPairsWorld();
    const teacher = await createPerson(world.school);
    const error = await rejection(registerPair(world.principal, pairInput(world, teacher.id, [teacher.id])));
    expect(error.fieldErrors.menteeIds).toContain(PAIR_MESSAGES.selfMentoring);
    await expect(createPair({ school: world.school, academicYearId: world.year.id, formId: world.form.id, mentorId: teacher.id, menteeIds: [teacher.id] })).rejects.toThrow();
  });

  it("keeps a mentee in at most one active pair per form, but allows another form or after the first ends", async () => {
    const world = await createPairsWorld();
    const [m1, m2, mentee] = [await createPerson(world.school), await createPerson(world.school), await createPerson(world.school)];
    const first = await registerPair(world.principal, pairInput(world, m1.id, [mentee.id]));
    const error = await rejection(registerPair(world.principal, pairInput(world, m2.id, [mentee.id])));
    expect(error.message).toBe(PAIR_MESSAGES.alreadyInPair);
    expect(error.fieldErrors.menteeIds).toEqual([PAIR_MESSAGES.alreadyInPair]);

    await db.mentoringPair.update({ where: { id: first.id }, data: { status: "COMPLETED", endedOn: new Date("2026-12-01") } });
    await expect(registerPair(world.principal, pairInput(world, m2.id, [mentee.id]))).resolves.toMatchObject({ schoolId: world.school.id });
  });

  it("lets exactly one of two simultaneous registrations of the same mentee in the same form succeed", async () => {
    const world = await createPairsWorld();
    const [m1, m2, mentee] = [await createPerson(world.school), await createPerson(world.school), await createPerson(world.school)];
    const results = await Promise.allSettled([
      registerPair(world.principal, pairInput(world, m1.id, [mentee.id])),
      registerPair(world.principal, pairInput(world, m2.id, [mentee.id])),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect((failed.reason as AppError).fieldErrors.menteeIds).toEqual([PAIR_MESSAGES.alreadyInPair]);
    expect(await db.pairMentee.count({ where: { menteeId: mentee.id } })).toBe(1);
    expect(await db.mentoringPair.count({ where: { schoolId: world.school.id } })).toBe(1);
  });

  it("caps the mentor's load by the school setting, else the region's", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school);
    const mentees = await Promise.all([1, 2, 3, 4].map(() => createPerson(world.school)));
    await registerPair(world.principal, pairInput(world, mentor.id, [mentees[0].id, mentees[1].id]));
    const error = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [mentees[2].id, mentees[3].id])));
    expect(error.fieldErrors.mentorId).toEqual([PAIR_MESSAGES.mentorLoad(3)]);
    await registerPair(world.principal, pairInput(world, mentor.id, [mentees[2].id])); // the third place

    await db.school.update({ where: { id: world.school.id }, data: { maxMenteesPerMentor: 4 } });
    await expect(registerPair(world.principal, pairInput(world, mentor.id, [mentees[3].id]))).resolves.toBeTruthy();
  });

  it("gives the mentor's last place to only one of two simultaneous registrations", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school);
    const mentees = await Promise.all([1, 2, 3, 4].map(() => createPerson(world.school)));
    await registerPair(world.principal, pairInput(world, mentor.id, [mentees[0].id, mentees[1].id]));
    const results = await Promise.allSettled([
      registerPair(world.principal, pairInput(world, mentor.id, [mentees[2].id])),
      registerPair(world.principal, pairInput(world, mentor.id, [mentees[3].id])),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).fieldErrors.mentorId).toEqual([PAIR_MESSAGES.mentorLoad(3)]);
    expect(await db.pairMentee.count({ where: { mentorId: mentor.id } })).toBe(3);
  });

  it("checks the dates", async () => {
    const world = await createPairsWorld();
    const [mentor, mentee] = [await createPerson(world.school), await createPerson(world.school)];
    const early = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [mentee.id], { plannedEndOn: "2026-09-01" })));
    expect(early.fieldErrors.plannedEndOn).toEqual([PAIR_MESSAGES.endBeforeStart]);
    const order = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [mentee.id], { orderDate: "2026-10-01" })));
    expect(order.fieldErrors.orderDate).toEqual([PAIR_MESSAGES.orderAfterStart]);
    const noYear = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [mentee.id], { startsOn: "2030-09-15", plannedEndOn: "2031-05-01" })));
    expect(noYear.fieldErrors.startsOn).toEqual([PAIR_MESSAGES.noAcademicYear]);
  });

  it("refuses a minor without consent and an archived participant", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school, { kind: "STUDENT" });
    const minor = await createPerson(world.school, { kind: "STUDENT", isMinor: true, consentGiven: false });
    const error = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [minor.id], { formId: world.studentForm.id })));
    expect(error.fieldErrors.menteeIds).toEqual(["Нельзя включить в пару: нет согласия родителя (законного представителя) на обработку персональных данных"]);

    const archived = await createPerson(world.school, { archived: true });
    const teacher = await createPerson(world.school);
    const error2 = await rejection(registerPair(world.principal, pairInput(world, archived.id, [teacher.id])));
    expect(error2.fieldErrors.mentorId).toContain(PAIR_MESSAGES.archived);
  });

  it("refuses a form the region disabled and a model of another form", async () => {
    const world = await createPairsWorld();
    const [mentor, mentee] = [await createPerson(world.school), await createPerson(world.school)];
    const otherModel = await db.mentoringModel.create({ data: { formId: world.studentForm.id, name: "успевающий – неуспевающий", mentorRole: "успевающий", menteeRole: "неуспевающий" } });
    const wrongModel = await rejection(registerPair(world.principal, { ...pairInput(world, mentor.id, [mentee.id]), modelId: otherModel.id }));
    expect(wrongModel.fieldErrors.modelId).toEqual([PAIR_MESSAGES.modelMismatch]);
    await db.regionForm.create({ data: { regionId: world.school.regionId, formId: world.form.id, isEnabled: false } });
    const disabled = await rejection(registerPair(world.principal, pairInput(world, mentor.id, [mentee.id])));
    expect(disabled.fieldErrors.formId).toEqual([PAIR_MESSAGES.formUnavailable]);
  });

  it("does not find another school's participants or school (cross-tenant)", async () => {
    const victim = await createPairsWorld();
    const attacker = await createPairsWorld();
    const [mentor, mentee] = [await createPerson(victim.school), await createPerson(victim.school)];
    // The attacker's own school with the victim's people: they are not in this school's bases.
    const error = await rejection(registerPair(attacker.principal, pairInput(attacker, mentor.id, [mentee.id])));
    expect(error.fieldErrors.mentorId).toEqual([PAIR_MESSAGES.notInSchool]);
    // The victim's school itself: not found.
    await expect(registerPair(attacker.principal, pairInput(victim, mentor.id, [mentee.id]))).rejects.toBeInstanceOf(NotFoundError);
    // A mentor of the school may not register pairs.
    const mentorUser = await createUserWithRole("MENTOR", scopeOfSchool(victim.school));
    await expect(registerPair(mentorUser.principal, pairInput(victim, mentor.id, [mentee.id]))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.mentoringPair.count({ where: { schoolId: victim.school.id } })).toBe(0);
  });
});
