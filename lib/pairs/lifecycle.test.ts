import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { completePair, registerPair, terminatePair } from "./mutations";
import { countPairsByForm, getPair, listPairs } from "./queries";
import { PAIR_MESSAGES } from "./schemas";

async function registeredPair() {
  const world = await createPairsWorld();
  const [mentor, mentee] = [await createPerson(world.school), await createPerson(world.school)];
  const { id } = await registerPair(world.principal, pairInput(world, mentor.id, [mentee.id]));
  return { world, mentor, mentee, pairId: id };
}

describe("completing and ending a pair", () => {
  it("completes a pair on its date, keeps its mentees as history and frees the mentee for a new pair", async () => {
    const { world, mentee, pairId } = await registeredPair();
    expect(await completePair(world.principal, { pairId, version: 1, endedOn: "2027-05-20" })).toEqual({ id: pairId, version: 2 });
    const pair = await db.mentoringPair.findUniqueOrThrow({ where: { id: pairId }, include: { mentees: true } });
    expect(pair).toMatchObject({ status: "COMPLETED", endedOn: new Date("2027-05-20"), version: 2, terminationReason: null });
    expect(pair.mentees).toEqual([expect.objectContaining({ menteeId: mentee.id, pairStatus: "COMPLETED", leftOn: new Date("2027-05-20") })]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: pairId, action: "pair.complete" } })).toMatchObject({
      before: { status: "ACTIVE", endedOn: null },
      after: { status: "COMPLETED", endedOn: "2027-05-20T00:00:00.000Z" },
    });
    const other = await createPerson(world.school);
    await expect(registerPair(world.principal, pairInput(world, other.id, [mentee.id]))).resolves.toBeTruthy();
  });

  it("ends a pair early with a reason, and refuses to end it twice", async () => {
    const { world, pairId } = await registeredPair();
    await terminatePair(world.principal, { pairId, version: 1, endedOn: "2026-12-10", reason: "Наставляемый уволился" });
    expect(await db.mentoringPair.findUniqueOrThrow({ where: { id: pairId } })).toMatchObject({ status: "TERMINATED", terminationReason: "Наставляемый уволился" });
    const error = await terminatePair(world.principal, { pairId, version: 2, endedOn: "2026-12-11", reason: "ещё раз" }).catch((e: AppError) => e);
    expect(error).toMatchObject({ message: PAIR_MESSAGES.notActive });
    const noReason = await terminatePair(world.principal, { pairId, version: 2, endedOn: "2026-12-11", reason: " " }).catch((e: AppError) => e);
    expect(noReason).toMatchObject({ code: "VALIDATION" });
    expect((noReason as AppError).fieldErrors.reason).toBeDefined();
  });

  it("refuses an end date before the start", async () => {
    const { world, pairId } = await registeredPair();
    const error = await completePair(world.principal, { pairId, version: 1, endedOn: "2026-09-01" }).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors.endedOn).toEqual([PAIR_MESSAGES.endedBeforeStart]);
  });

  it("gives the second of two concurrent saves a conflict, and it changes nothing", async () => {
    const { world, pairId } = await registeredPair();
    const results = await Promise.allSettled([
      completePair(world.principal, { pairId, version: 1, endedOn: "2027-05-20" }),
      terminatePair(world.principal, { pairId, version: 1, endedOn: "2026-12-10", reason: "Переезд" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    expect((failed.reason as Error).message).toMatch(/^Запись изменил другой пользователь/);
    const pair = await db.mentoringPair.findUniqueOrThrow({ where: { id: pairId } });
    expect(pair.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: pairId, action: { in: ["pair.complete", "pair.terminate"] } } })).toBe(1);
    // A save from a stale page: conflict, nothing written.
    await expect(terminatePair(world.principal, { pairId, version: 1, endedOn: "2026-12-10", reason: "Поздно" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("does not let another school's curator see or end the pair (cross-tenant)", async () => {
    const { world, pairId } = await registeredPair();
    const attacker = await createPairsWorld();
    expect(await getPair(attacker.principal, pairId)).toBeNull();
    expect((await listPairs(attacker.principal, { schoolId: world.school.id })).length).toBe(0);
    expect(await countPairsByForm(attacker.principal, world.school.id)).toEqual([]);
    await expect(completePair(attacker.principal, { pairId, version: 1, endedOn: "2027-05-20" })).rejects.toBeInstanceOf(NotFoundError);
    // Nor may a mentor of the same school: pairs are the curator's to end.
    const mentorUser = await createUserWithRole("MENTOR", scopeOfSchool(world.school));
    await expect(terminatePair(mentorUser.principal, { pairId, version: 1, endedOn: "2026-12-10", reason: "Сам решил" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.mentoringPair.findUniqueOrThrow({ where: { id: pairId } })).status).toBe("ACTIVE");
  });

  it("filters the list by form, status and mentor and counts pairs by form", async () => {
    const { world, mentor, pairId } = await registeredPair();
    const [m2, e2] = [await createPerson(world.school), await createPerson(world.school)];
    await registerPair(world.principal, pairInput(world, m2.id, [e2.id]));
    await terminatePair(world.principal, { pairId, version: 1, endedOn: "2026-12-10", reason: "Переезд" });
    expect((await listPairs(world.principal, { schoolId: world.school.id })).length).toBe(2);
    expect((await listPairs(world.principal, { schoolId: world.school.id, status: "TERMINATED" })).map((p) => p.id)).toEqual([pairId]);
    expect((await listPairs(world.principal, { schoolId: world.school.id, mentorId: mentor.id })).map((p) => p.id)).toEqual([pairId]);
    expect((await listPairs(world.principal, { schoolId: world.school.id, formId: world.studentForm.id })).length).toBe(0);
    expect(await countPairsByForm(world.principal, world.school.id)).toEqual([{ formId: world.form.id, name: world.form.name, total: 2, active: 1 }]);
  });
});
