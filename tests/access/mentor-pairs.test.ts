/**
 * A mentor of pair A can neither read nor write pair B of the same school (nor can its mentee):
 * every query and every mutation of plans, items, visits and meetings answers "not found" and
 * changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findAccessible } from "@/lib/access/records";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { getMeeting, getMeetingFormOptions, listMeetings } from "@/lib/meetings/queries";
import { addComment, addItemsFrom, addPlanItem, createPlan, deletePlanItem, setPlanItemStatus, updatePlan, updatePlanItem } from "@/lib/plans/mutations";
import { diagnosticSuggestions, getPlan, getPlanItem, getPlanStartOptions, listSchoolPlans } from "@/lib/plans/queries";
import { getWorkspace } from "@/lib/plans/workspace";
import { listQuietPairs } from "@/lib/visits/activity";
import { createVisit, deleteVisit, updateVisit } from "@/lib/visits/mutations";
import { getVisit, getVisitFormOptions, listVisits } from "@/lib/visits/queries";
import { answerDiagnostic, createPlansWorld, createTemplates } from "@/tests/factories-plans";

let world: Awaited<ReturnType<typeof createPlansWorld>>;
let visitB: string;
let meetingB: string;
let templateId: string;

beforeAll(async () => {
  world = await createPlansWorld();
  const scope = { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id };
  visitB = (
    await db.lessonVisit.create({
      data: { ...scope, academicYearId: world.year.id, pairId: world.pairB.id, direction: "MENTOR_TO_MENTEE", visitedOn: new Date("2026-10-01"), visitorId: world.mentorB.person.id, teacherId: world.menteeB.person.id, subject: "Физика" },
    })
  ).id;
  meetingB = (await db.meeting.create({ data: { ...scope, pairId: world.pairB.id, heldOn: new Date("2026-10-02"), topic: "План", durationMinutes: 45 } })).id;
  await answerDiagnostic(world.school, world.menteeB.person.id, { areas: ["emotions"] });
  templateId = (await createTemplates(world.region.id, world.form.id)).platform.id;
});

const visitForm = () => ({ menteeId: world.menteeB.person.id, direction: "MENTOR_TO_MENTEE", visitedOn: "2026-11-17", subject: "Физика" });
const meetingForm = () => ({ heldOn: "2026-11-20", format: "IN_PERSON", topic: "Встреча", durationMinutes: 45, planItemIds: [] });

async function fingerprint() {
  const [plans, items, comments, visits, meetings, links] = await Promise.all([
    db.developmentPlan.findMany({ orderBy: { id: "asc" } }),
    db.planItem.findMany({ orderBy: { id: "asc" } }),
    db.planItemComment.count(),
    db.lessonVisit.findMany({ orderBy: { id: "asc" } }),
    db.meeting.findMany({ orderBy: { id: "asc" } }),
    db.meetingPlanItem.count(),
  ]);
  return JSON.stringify({ plans, items, comments, visits, meetings, links });
}

describe("a mentor of pair A and pair B of the same school", () => {
  it("reads nothing of pair B", async () => {
    for (const who of [world.mentorA, world.menteeA]) {
      const p = who.principal;
      const item = world.planB.items[0].id;
      expect(await getPlan(p, world.planB.id)).toBeNull();
      expect(await getPlanItem(p, item)).toBeNull();
      expect(await getVisit(p, visitB)).toBeNull();
      expect(await getMeeting(p, meetingB)).toBeNull();
      expect(await getPlanStartOptions(p, world.pairB.id, world.menteeB.person.id)).toBeNull();
      expect(await getVisitFormOptions(p, world.pairB.id)).toBeNull();
      expect(await getMeetingFormOptions(p, world.pairB.id)).toBeNull();
      expect(await diagnosticSuggestions(p, world.menteeB.person.id)).toBeNull();
      expect((await listVisits(p)).map((v) => v.id)).not.toContain(visitB);
      expect((await listMeetings(p)).map((m) => m.id)).not.toContain(meetingB);
      expect((await listSchoolPlans(p, world.school.id)).map((plan) => plan.id)).toEqual([world.planA.id]);
      expect((await getWorkspace(p)).map((pair) => pair.id)).toEqual([world.pairA.id]);
      expect((await listQuietPairs(p)).map((pair) => pair.id)).not.toContain(world.pairB.id);
      for (const [entity, id] of [["plan", world.planB.id], ["planItem", item], ["visit", visitB], ["meeting", meetingB], ["pair", world.pairB.id]] as const) {
        for (const action of ["read", "update", "delete", "comment"] as const) {
          expect(await findAccessible(p, action, entity, id), `${action} ${entity}`).toBeNull();
        }
      }
    }
    // The curator of the school sees both.
    expect(await getPlan(world.curator.principal, world.planB.id)).not.toBeNull();
    expect(await getVisit(world.curator.principal, visitB)).not.toBeNull();
  });

  it("writes nothing to pair B: every mutation answers 'not found' and changes nothing", async () => {
    const before = await fingerprint();
    const [item] = world.planB.items;
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["createPlan", () => createPlan(world.mentorA.principal, { pairId: world.pairB.id, menteeId: world.menteeB.person.id, kind: "IPR", title: "Чужой план", startsOn: "2026-09-15", endsOn: "2027-05-31", source: "TEMPLATE", templateId })],
      ["updatePlan", () => updatePlan(world.mentorA.principal, { planId: world.planB.id, version: 1, kind: "IPR", title: "Чужой", startsOn: "2026-09-15", endsOn: "2027-05-31" })],
      ["addPlanItem", () => addPlanItem(world.mentorA.principal, { planId: world.planB.id, goal: "Чужой пункт", direction: "OTHER", status: "PLANNED" })],
      ["addItemsFrom", () => addItemsFrom(world.mentorA.principal, { planId: world.planB.id, source: "DIAGNOSTIC", suggestionKeys: ["areas:emotions"] })],
      ["updatePlanItem", () => updatePlanItem(world.mentorA.principal, { itemId: item.id, version: 1, goal: "Чужая цель", direction: "OTHER", status: "DONE" })],
      ["setPlanItemStatus", () => setPlanItemStatus(world.mentorA.principal, { itemId: item.id, version: 1, status: "CANCELLED" })],
      ["setPlanItemStatus (mentee)", () => setPlanItemStatus(world.menteeA.principal, { itemId: item.id, version: 1, status: "CANCELLED" })],
      ["deletePlanItem", () => deletePlanItem(world.mentorA.principal, { itemId: item.id, version: 1 })],
      ["addComment", () => addComment(world.mentorA.principal, { itemId: item.id, body: "Чужой комментарий" })],
      ["addComment (mentee)", () => addComment(world.menteeA.principal, { itemId: item.id, body: "Чужая рефлексия", isReflection: true })],
      ["createVisit", () => createVisit(world.mentorA.principal, { pairId: world.pairB.id, ...visitForm() })],
      ["updateVisit", () => updateVisit(world.mentorA.principal, { visitId: visitB, version: 1, ...visitForm() })],
      ["deleteVisit", () => deleteVisit(world.mentorA.principal, { visitId: visitB, version: 1 })],
      ["createMeeting", () => createMeeting(world.mentorA.principal, { pairId: world.pairB.id, ...meetingForm() })],
      ["updateMeeting", () => updateMeeting(world.mentorA.principal, { meetingId: meetingB, version: 1, ...meetingForm() })],
      ["deleteMeeting", () => deleteMeeting(world.mentorA.principal, { meetingId: meetingB, version: 1 })],
      // Linking pair B's item to pair A's meeting or visit is refused as well.
      ["createMeeting with B's item", () => createMeeting(world.mentorA.principal, { pairId: world.pairA.id, ...meetingForm(), planItemIds: [item.id] })],
      ["createVisit with B's item", () => createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(), menteeId: world.menteeA.person.id, planItemId: item.id })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(error, name).not.toBeNull();
      expect(["NOT_FOUND", "VALIDATION"], name).toContain(error!.code);
      if (!name.includes("with B's item")) expect(error!.code, name).toBe("NOT_FOUND");
    }
    expect(await fingerprint()).toEqual(before);
    expect(await db.auditEvent.count({ where: { actorUserId: { in: [world.mentorA.user.id, world.menteeA.user.id] } } })).toBe(0);
  });
});
