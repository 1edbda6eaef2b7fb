/**
 * Many people saving the same record at once, each with the version they read: exactly one save
 * per version wins, every other one gets the Russian conflict of lib/errors (which the action
 * wrapper shows as it is) — never a generic failure, a lost update or a half-written row.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError } from "@/lib/errors";
import { addPairMentee } from "@/lib/pairs/membership";
import { registerPair, terminatePair } from "@/lib/pairs/mutations";
import { PAIR_MESSAGES } from "@/lib/pairs/schemas";
import { updatePlanItem } from "@/lib/plans/mutations";
import { PLAN_MESSAGES } from "@/lib/plans/schemas";
import { createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { createPlansWorld } from "@/tests/factories-plans";

const WRITERS = 50;

/** The outcome of `WRITERS` calls started together: the winners' values and the losers' errors. */
async function race<T>(call: (index: number) => Promise<T>) {
  const results = await Promise.allSettled(Array.from({ length: WRITERS }, (_, index) => call(index)));
  const winners = results.flatMap((r, index) => (r.status === "fulfilled" ? [{ index, value: r.value }] : []));
  const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  return { winners, errors };
}

/** Every loser failed with the conflict error and its Russian message, nothing else. */
function expectConflicts(errors: unknown[], message: string) {
  const other = errors.filter((e) => !(e instanceof ConflictError) || e.message !== message);
  expect(other.map((e) => (e instanceof AppError ? `${e.code}: ${e.message}` : String(e)))).toEqual([]);
  expect(errors.every((e) => e instanceof AppError && e.code === "CONFLICT")).toBe(true);
}

describe("concurrent edits", () => {
  it(`${WRITERS} saves of one plan item per version: one wins, the rest get the conflict`, async () => {
    const world = await createPlansWorld();
    const item = world.planA.items[2];
    const editors = [world.mentorA.principal, world.curator.principal];
    for (const version of [1, 2]) {
      const { winners, errors } = await race((index) =>
        updatePlanItem(editors[index % 2], {
          itemId: item.id,
          version,
          goal: `Цель ${version}.${index}`,
          direction: "METHODOLOGICAL",
          status: "IN_PROGRESS",
          activity: `Правка ${index}`,
        }),
      );
      expect(winners).toHaveLength(1);
      expect(winners[0].value).toMatchObject({ id: item.id, version: version + 1 });
      expect(errors).toHaveLength(WRITERS - 1);
      expectConflicts(errors, PLAN_MESSAGES.conflict);

      // The row is the winner's save, whole, at the next version.
      const saved = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
      const winner = winners[0].index;
      expect(saved).toMatchObject({ version: version + 1, goal: `Цель ${version}.${winner}`, activity: `Правка ${winner}`, status: "IN_PROGRESS" });
    }
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: "planItem.update" } })).toBe(2);
  });

  it(`${WRITERS} changes of one group per version: one mentee joins, the rest get the conflict`, async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school);
    const first = await createPerson(world.school);
    const candidates = await Promise.all(Array.from({ length: WRITERS }, () => createPerson(world.school)));
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [first.id]));

    const { winners, errors } = await race((index) =>
      addPairMentee(world.principal, { pairId: pair.id, version: 1, menteeId: candidates[index].id, joinedOn: "2026-10-01" }),
    );
    expect(winners).toHaveLength(1);
    expect(winners[0].value).toMatchObject({ id: pair.id, version: 2 });
    expectConflicts(errors, PAIR_MESSAGES.conflict);
    const saved = await db.mentoringPair.findUniqueOrThrow({ where: { id: pair.id }, include: { mentees: true } });
    expect(saved).toMatchObject({ version: 2, isGroup: true, status: "ACTIVE" });
    expect(saved.mentees.map((m) => m.menteeId).sort()).toEqual([first.id, candidates[winners[0].index].id].sort());
    expect(await db.auditEvent.count({ where: { entityId: pair.id, action: "pair.mentee_add" } })).toBe(1);

    // Then everyone ends the group at the version they read: one termination, one set of leave dates.
    const ended = await race((index) =>
      terminatePair(world.principal, { pairId: pair.id, version: 2, endedOn: "2026-12-10", reason: `Причина ${index}` }),
    );
    expect(ended.winners).toHaveLength(1);
    expectConflicts(ended.errors, PAIR_MESSAGES.conflict);
    const final = await db.mentoringPair.findUniqueOrThrow({ where: { id: pair.id }, include: { mentees: true } });
    expect(final).toMatchObject({ version: 3, status: "TERMINATED", terminationReason: `Причина ${ended.winners[0].index}` });
    expect(final.mentees.every((m) => m.leftOn?.toISOString().startsWith("2026-12-10"))).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: pair.id, action: "pair.terminate" } })).toBe(1);
  });
});
