import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError } from "@/lib/errors";
import { todayIso } from "@/lib/plans/dates";
import { createPlansWorld } from "@/tests/factories-plans";
import { createVisit, deleteVisit, updateVisit } from "./mutations";
import { getVisit, getVisitFormOptions, listVisits } from "./queries";
import { VISIT_MESSAGES } from "./schemas";

const visitForm = (menteeId: string, overrides: Record<string, unknown> = {}) => ({
  menteeId,
  direction: "MENTOR_TO_MENTEE",
  visitedOn: "2026-11-17",
  className: "7А",
  subject: "Информатика",
  topic: "Кодирование информации",
  purpose: "Целеполагание",
  observed: "Урок по технологической карте",
  strengths: "Контакт с классом",
  recommendations: "Оставить время на рефлексию",
  ...overrides,
});

describe("lesson visits", () => {
  it("logs a visit linked to a plan item: visitor, teacher, year and scope come from the pair", async () => {
    const world = await createPlansWorld();
    const item = world.planA.items[1];
    const { id } = await createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(world.menteeA.person.id, { planItemId: item.id }) });
    const visit = await db.lessonVisit.findUniqueOrThrow({ where: { id } });
    expect(visit).toMatchObject({
      pairId: world.pairA.id, planItemId: item.id, visitorId: world.mentorA.person.id, teacherId: world.menteeA.person.id,
      academicYearId: world.year.id, schoolId: world.school.id, regionId: world.region.id, createdById: world.mentorA.user.id,
    });
    expect(await db.auditEvent.findFirst({ where: { action: "visit.create", entityId: id } })).not.toBeNull();
    // The mentee sees it and its card; the other pair's mentor does not.
    expect((await listVisits(world.menteeA.principal)).map((v) => v.id)).toContain(id);
    expect(await getVisit(world.menteeA.principal, id)).toMatchObject({ capabilities: { edit: false, delete: false } });
    expect(await getVisit(world.mentorB.principal, id)).toBeNull();
  });

  it("follows the direction: mentee at the mentor's lesson, and open lessons given by either", async () => {
    const world = await createPlansWorld();
    const log = (overrides: Record<string, unknown>) => createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(world.menteeA.person.id, overrides) });
    const toMentor = await db.lessonVisit.findUniqueOrThrow({ where: { id: (await log({ direction: "MENTEE_TO_MENTOR" })).id } });
    expect([toMentor.visitorId, toMentor.teacherId]).toEqual([world.menteeA.person.id, world.mentorA.person.id]);
    const open = await db.lessonVisit.findUniqueOrThrow({ where: { id: (await log({ direction: "OPEN_LESSON", openLessonBy: "MENTOR" })).id } });
    expect([open.visitorId, open.teacherId]).toEqual([world.menteeA.person.id, world.mentorA.person.id]);
  });

  it("refuses a future date, a date before the pair, an item of another pair and a stranger as mentee", async () => {
    const world = await createPlansWorld();
    const log = (overrides: Record<string, unknown>) =>
      createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(world.menteeA.person.id, overrides) }).catch((e: AppError) => e.fieldErrors);
    const tomorrow = new Date(Date.parse(`${todayIso()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await log({ visitedOn: tomorrow })).toEqual({ visitedOn: [VISIT_MESSAGES.future] });
    expect(await log({ visitedOn: "2026-09-01" })).toEqual({ visitedOn: [VISIT_MESSAGES.beforePair] });
    expect(await log({ planItemId: world.planB.items[0].id })).toEqual({ planItemId: [VISIT_MESSAGES.itemOfOtherPlan] });
    expect(await log({ menteeId: world.menteeB.person.id })).toEqual({ menteeId: [VISIT_MESSAGES.notMentee] });
    expect(await log({ subject: "" })).toMatchObject({ subject: ["Укажите предмет"] });
  });

  it("corrects a visit with a version check and removes it, each audited", async () => {
    const world = await createPlansWorld();
    const { id } = await createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(world.menteeA.person.id) });
    await updateVisit(world.curator.principal, { visitId: id, version: 1, ...visitForm(world.menteeA.person.id, { topic: "Алгоритмы" }) });
    await expect(updateVisit(world.mentorA.principal, { visitId: id, version: 1, ...visitForm(world.menteeA.person.id) })).rejects.toBeInstanceOf(ConflictError);
    const update = await db.auditEvent.findFirstOrThrow({ where: { action: "visit.update", entityId: id } });
    expect(update).toMatchObject({ before: { topic: "Кодирование информации" }, after: { topic: "Алгоритмы" } });
    await deleteVisit(world.mentorA.principal, { visitId: id, version: 2 });
    expect(await db.lessonVisit.count({ where: { id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "visit.delete", entityId: id } })).toBe(1);
  });

  it("offers the form only where one may log, with the mentee's open plan items", async () => {
    const world = await createPlansWorld();
    const options = await getVisitFormOptions(world.mentorA.principal, world.pairA.id);
    expect(options!.mentees.map((m) => m.id)).toEqual([world.menteeA.person.id]);
    expect(options!.itemsByMentee[world.menteeA.person.id].map((i) => i.id)).toEqual(world.planA.items.map((i) => i.id));
    expect(await getVisitFormOptions(world.mentorB.principal, world.pairA.id)).toBeNull();
    expect(await getVisitFormOptions(world.menteeA.principal, world.pairA.id)).toBeNull();
  });

  it("lists a school's visits for its curator, and a mentor's own", async () => {
    const world = await createPlansWorld();
    const a = await createVisit(world.mentorA.principal, { pairId: world.pairA.id, ...visitForm(world.menteeA.person.id) });
    const b = await createVisit(world.mentorB.principal, { pairId: world.pairB.id, ...visitForm(world.menteeB.person.id) });
    expect((await listVisits(world.curator.principal, { schoolId: world.school.id })).map((v) => v.id).sort()).toEqual([a.id, b.id].sort());
    expect((await listVisits(world.curator.principal, { mentorId: world.mentorB.person.id })).map((v) => v.id)).toEqual([b.id]);
    expect((await listVisits(world.mentorA.principal)).map((v) => v.id)).toEqual([a.id]);
  });
});
