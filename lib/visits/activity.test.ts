import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayDate } from "@/lib/plans/dates";
import { createPlansWorld } from "@/tests/factories-plans";
import { listQuietPairs } from "./activity";

describe("pairs with nothing logged for 30 days", () => {
  it("lists active pairs whose last visit, meeting, item change or comment is 30 days old or more", async () => {
    const world = await createPlansWorld();
    const today = todayDate();
    const old = addDays(today, -45);
    // Both pairs started long ago; pair B logged a meeting 10 days ago, pair A nothing since 45 days.
    await db.mentoringPair.updateMany({ where: { id: { in: [world.pairA.id, world.pairB.id] } }, data: { startsOn: addDays(today, -120) } });
    await db.planItem.updateMany({ where: { planId: { in: [world.planA.id, world.planB.id] } }, data: { updatedAt: old } });
    const scope = { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id };
    await db.meeting.create({ data: { ...scope, pairId: world.pairB.id, heldOn: addDays(today, -10), topic: "Встреча", durationMinutes: 30 } });

    const quiet = await listQuietPairs(world.curator.principal, { schoolId: world.school.id });
    expect(quiet.map((p) => [p.id, p.quietDays])).toEqual([[world.pairA.id, 45]]);

    // A comment today makes pair A active again.
    await db.planItemComment.create({ data: { ...scope, itemId: world.planA.items[0].id, authorRole: "MENTEE", body: "Сделал" } });
    expect(await listQuietPairs(world.curator.principal, { schoolId: world.school.id })).toEqual([]);
  });

  it("shows the curator only pairs of their school, and a mentor only their own", async () => {
    const world = await createPlansWorld();
    await db.mentoringPair.updateMany({ where: { id: { in: [world.pairA.id, world.pairB.id] } }, data: { startsOn: addDays(todayDate(), -90) } });
    await db.planItem.updateMany({ where: { planId: { in: [world.planA.id, world.planB.id] } }, data: { updatedAt: addDays(todayDate(), -60) } });
    expect((await listQuietPairs(world.mentorA.principal)).map((p) => p.id)).toEqual([world.pairA.id]);
    expect((await listQuietPairs(world.curator.principal)).map((p) => p.id).sort()).toEqual([world.pairA.id, world.pairB.id].sort());
  });
});
