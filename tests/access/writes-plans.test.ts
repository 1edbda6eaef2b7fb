/**
 * The write side of the access matrix for plans, plan items, plan templates, lesson visits and
 * meetings: every mutation, called by every role on every record of the matrix world, opens the
 * door exactly for whom the policy allows it. Most probes cannot write (a stale version, a date in
 * the future, a plan that already exists); the few that do (a new item, a comment) change nothing
 * anyone's access depends on, and every write they make is audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { addComment, addItemsFrom, addPlanItem, createPlan, deletePlanItem, setPlanItemStatus, updatePlan, updatePlanItem } from "@/lib/plans/mutations";
import { deletePlanTemplate, savePlanTemplate } from "@/lib/plans/templates";
import { createVisit, deleteVisit, updateVisit } from "@/lib/visits/mutations";
import { principalsOf } from "./principals";
import { runWriteMatrix, type Probe } from "./write-matrix";
import { buildWorld, type Actor, type Annotated } from "./world";

const STALE = 999_999;
const LONG_AGO = "2000-01-01T00:00:00.000Z";
const FUTURE = "2099-01-01";

/** Who keeps a plan and logs a pair's work: the school's curator and the pair's mentor. */
const keeper = (actor: Actor, _r: Annotated, visible: boolean) => (actor.role === "SCHOOL_CURATOR" || actor.role === "MENTOR") && visible;
/** Progress and comments: the keepers, and the mentee on their own plan. */
const participant = (actor: Actor, r: Annotated, visible: boolean) => keeper(actor, r, visible) || (actor.role === "MENTEE" && visible);
/** Visits are written through their pair: a visit without a pair (an open lesson of a third teacher) is no one's to edit. */
const visitKeeper = (actor: Actor, r: Annotated, visible: boolean) => keeper(actor, r, visible) && Boolean(r.pairMentor);
/** Templates: the admin everywhere, a regional coordinator in their own region. */
const templateKeeper = (actor: Actor, r: Annotated) => actor.role === "ADMIN" || (actor.role === "REGIONAL_COORDINATOR" && r.regionId === actor.regionId);

const item = { goal: "Проверка доступа", direction: "OTHER", status: "PLANNED" } as const;
const plan = { kind: "IPR", title: "Проверка доступа", startsOn: "2026-09-15", endsOn: "2027-05-31" } as const;
const visit = (r: Annotated) => ({ menteeId: r.pairMentees![0], direction: "MENTOR_TO_MENTEE", visitedOn: FUTURE, subject: "Физика" }) as const;
const meeting = { heldOn: FUTURE, format: "IN_PERSON", topic: "Проверка", durationMinutes: 30, planItemIds: [] } as const;
const template = { title: "Проверка доступа", kind: "IPR", formId: "нет-такой-формы", isActive: true, items: [{ goal: "Пункт", direction: "OTHER" }] } as const;

const PROBES: Record<string, Probe> = {
  createPlan: { entity: "pair", allowed: keeper, call: (p, r) => createPlan(p, { ...plan, pairId: r.id, menteeId: r.pairMentees![0], source: "EMPTY" }) },
  updatePlan: { entity: "plan", allowed: keeper, call: (p, r) => updatePlan(p, { ...plan, planId: r.id, version: STALE }) },
  addPlanItem: { entity: "plan", allowed: keeper, call: (p, r) => addPlanItem(p, { ...item, planId: r.id }) },
  addItemsFrom: { entity: "plan", allowed: keeper, call: (p, r) => addItemsFrom(p, { planId: r.id, source: "TEMPLATE", templateId: "нет-такого" }) },
  updatePlanItem: { entity: "planItem", allowed: keeper, call: (p, r) => updatePlanItem(p, { ...item, itemId: r.id, version: STALE }) },
  setPlanItemStatus: { entity: "planItem", allowed: participant, call: (p, r) => setPlanItemStatus(p, { itemId: r.id, version: STALE, status: "DONE" }) },
  deletePlanItem: { entity: "planItem", allowed: keeper, call: (p, r) => deletePlanItem(p, { itemId: r.id, version: STALE }) },
  addComment: { entity: "planItem", allowed: participant, call: (p, r) => addComment(p, { itemId: r.id, body: "Проверка доступа" }) },
  createVisit: { entity: "pair", allowed: keeper, call: (p, r) => createVisit(p, { ...visit(r), pairId: r.id }) },
  updateVisit: {
    entity: "visit",
    allowed: visitKeeper,
    call: (p, r) => updateVisit(p, { visitId: r.id, version: STALE, menteeId: "кто-то", direction: "MENTOR_TO_MENTEE", visitedOn: "2026-10-01", subject: "Физика" }),
  },
  deleteVisit: { entity: "visit", allowed: visitKeeper, call: (p, r) => deleteVisit(p, { visitId: r.id, version: STALE }) },
  createMeeting: { entity: "pair", allowed: keeper, call: (p, r) => createMeeting(p, { ...meeting, pairId: r.id }) },
  updateMeeting: { entity: "meeting", allowed: keeper, call: (p, r) => updateMeeting(p, { ...meeting, meetingId: r.id, version: STALE }) },
  deleteMeeting: { entity: "meeting", allowed: keeper, call: (p, r) => deleteMeeting(p, { meetingId: r.id, version: STALE }) },
  "savePlanTemplate (new, in a region)": {
    entity: "region",
    allowed: (a, r) => a.role === "ADMIN" || (a.role === "REGIONAL_COORDINATOR" && r.id === a.regionId),
    call: (p, r) => savePlanTemplate(p, { ...template, regionId: r.id }),
  },
  "savePlanTemplate (edit)": { entity: "planTemplate", allowed: templateKeeper, call: (p, r) => savePlanTemplate(p, { ...template, templateId: r.id, updatedAt: LONG_AGO }) },
  deletePlanTemplate: { entity: "planTemplate", allowed: templateKeeper, call: (p, r) => deletePlanTemplate(p, { templateId: r.id, updatedAt: LONG_AGO }) },
};

let world: Awaited<ReturnType<typeof buildWorld>>;
let principals: Awaited<ReturnType<typeof principalsOf>>;

beforeAll(async () => {
  world = await buildWorld();
  principals = await principalsOf(world.actors);
}, 120_000);

describe("the write side of the access matrix: plans, visits, meetings, templates", () => {
  it("lets every mutation through exactly for whom the policy allows it", async () => {
    const { mismatches, cells, writes } = await runWriteMatrix(PROBES, world.records, principals);
    console.log(`Access matrix, plan writes: ${cells} calls of ${Object.keys(PROBES).length} mutations checked (${writes} of them wrote).`);
    expect(mismatches).toEqual([]);
    // Only new items and comments were written, each with its audit event.
    expect(await db.auditEvent.count({ where: { action: { in: ["planItem.create", "planItem.comment"] } } })).toBe(writes);
  }, 300_000);
});
