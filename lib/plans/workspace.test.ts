import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createVisit } from "@/lib/visits/mutations";
import { addDays, isoOf, todayDate } from "./dates";
import { createPlansWorld } from "@/tests/factories-plans";
import { getWorkspace, getWorkspacePair } from "./workspace";

describe("the mentor's and the mentee's home", () => {
  it("shows each mentee's progress, overdue and next items, the last visit and what the viewer may log", async () => {
    const world = await createPlansWorld();
    const today = todayDate();
    const [done, inProgress, planned] = world.planA.items;
    await db.planItem.update({ where: { id: inProgress.id }, data: { dueOn: addDays(today, -3) } });
    await db.planItem.update({ where: { id: planned.id }, data: { dueOn: addDays(today, 5) } });
    const visit = await createVisit(world.mentorA.principal, {
      pairId: world.pairA.id, menteeId: world.menteeA.person.id, direction: "MENTEE_TO_MENTOR", visitedOn: isoOf(addDays(today, -1)), subject: "Физика",
    });

    const [pair] = await getWorkspace(world.mentorA.principal);
    expect(pair).toMatchObject({ id: world.pairA.id, mayLogMeeting: true });
    const [entry] = pair.mentees;
    expect(entry).toMatchObject({ mayLogVisit: true, mayCreatePlan: false, lastVisit: { id: visit.id } });
    expect(entry.plan!.progress).toMatchObject({ done: 1, total: 3, overdue: 1, percent: 33 });
    expect(entry.plan!.overdue.map((i) => i.id)).toEqual([inProgress.id]);
    expect(entry.plan!.next.map((i) => i.id)).toEqual([planned.id]);
    expect(entry.plan!.next.map((i) => i.id)).not.toContain(done.id);

    // The mentee sees the same pair, may log nothing, and only their own plan.
    const [mine] = await getWorkspace(world.menteeA.principal);
    expect(mine).toMatchObject({ id: world.pairA.id, mayLogMeeting: false });
    expect(mine.mentees[0]).toMatchObject({ mayLogVisit: false, mayCreatePlan: false });
    expect(await getWorkspacePair(world.menteeA.principal, world.pairB.id)).toBeNull();
  });

  it("offers to start a plan for a mentee who has none", async () => {
    const world = await createPlansWorld();
    await db.developmentPlan.delete({ where: { id: world.planA.id } });
    const [pair] = await getWorkspace(world.mentorA.principal);
    expect(pair.mentees[0]).toMatchObject({ plan: null, mayCreatePlan: true });
  });
});
