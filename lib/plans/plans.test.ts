import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError } from "@/lib/errors";
import { answerDiagnostic, createPlansWorld, createTemplates } from "@/tests/factories-plans";
import { addComment, addItemsFrom, addPlanItem, createPlan, deletePlanItem, setPlanItemStatus, updatePlan, updatePlanItem } from "./mutations";
import { getItemSources, getPlan, getPlanItem, getPlanStartOptions } from "./queries";
import { PLAN_MESSAGES } from "./schemas";

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));
const pdfFile = (name = "Технологическая карта.pdf") => new File([PDF], name, { type: "application/pdf" });

/** A fresh pair of world A without a plan (the factory gives pair A one; this is a second mentee). */
async function pairWithoutPlan() {
  const world = await createPlansWorld();
  await db.developmentPlan.delete({ where: { id: world.planA.id } });
  return world;
}

function itemForm(item: { id: string; version: number; goal: string }, overrides: Record<string, unknown> = {}) {
  return { itemId: item.id, version: item.version, goal: item.goal, direction: "METHODOLOGICAL", status: "IN_PROGRESS", ...overrides };
}

describe("development plans", () => {
  it("derives progress from the items: done ÷ (all − cancelled)", async () => {
    const world = await createPlansWorld();
    const plan = await getPlan(world.mentorA.principal, world.planA.id);
    expect(plan!.progress).toMatchObject({ total: 3, done: 1, cancelled: 1, percent: 33 });
    await setPlanItemStatus(world.menteeA.principal, { itemId: world.planA.items[1].id, version: 1, status: "DONE" });
    expect((await getPlan(world.curator.principal, world.planA.id))!.progress).toMatchObject({ total: 3, done: 2, percent: 66 });
  });

  it("starts a plan from a template of the pair's form, with due dates from the plan's start", async () => {
    const world = await pairWithoutPlan();
    const templates = await createTemplates(world.region.id, world.form.id);
    const options = await getPlanStartOptions(world.mentorA.principal, world.pairA.id, world.menteeA.person.id);
    expect(options!.templates.map((t) => t.id).sort()).toEqual([templates.platform.id, templates.regional.id].sort());
    const { id } = await createPlan(world.mentorA.principal, {
      pairId: world.pairA.id, menteeId: world.menteeA.person.id, kind: "IPR", title: "ИПР на 2026–2027", startsOn: "2026-09-15", endsOn: "2027-05-31", source: "TEMPLATE", templateId: templates.platform.id,
    });
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(plan.items.map((i) => [i.position, i.goal, i.dueOn?.toISOString().slice(0, 10) ?? null, i.status])).toEqual([
      [1, "Изучить локальные акты", "2026-09-30", "PLANNED"],
      [2, "Провести открытый урок", "2027-05-31", "PLANNED"], // clamped to the plan's end
      [3, "Вести дневник рефлексии", null, "PLANNED"],
    ]);
    expect(plan).toMatchObject({ schoolId: world.school.id, regionId: world.region.id, municipalityId: world.municipality.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "plan.create", entityId: id } });
    expect(audit.after).toMatchObject({ source: "TEMPLATE", templateId: templates.platform.id, items: 3 });
  });

  it("refuses a template of another form, a second plan for the same mentee and a plan for someone outside the pair", async () => {
    const world = await pairWithoutPlan();
    const templates = await createTemplates(world.region.id, world.form.id);
    const base = { pairId: world.pairA.id, menteeId: world.menteeA.person.id, kind: "IPR", title: "ИПР", startsOn: "2026-09-15", endsOn: "2027-05-31" } as const;
    const wrong = await createPlan(world.mentorA.principal, { ...base, source: "TEMPLATE", templateId: templates.otherForm.id }).catch((e: AppError) => e);
    expect((wrong as AppError).fieldErrors.templateId).toEqual([PLAN_MESSAGES.templateUnavailable]);
    const inactive = await createPlan(world.mentorA.principal, { ...base, source: "TEMPLATE", templateId: templates.inactive.id }).catch((e: AppError) => e);
    expect((inactive as AppError).fieldErrors.templateId).toEqual([PLAN_MESSAGES.templateUnavailable]);
    await createPlan(world.mentorA.principal, { ...base, source: "EMPTY" });
    const twice = await createPlan(world.mentorA.principal, { ...base, source: "EMPTY" }).catch((e: AppError) => e);
    expect((twice as AppError).fieldErrors.menteeId).toEqual([PLAN_MESSAGES.alreadyHasPlan]);
    const stranger = await createPlan(world.curator.principal, { ...base, menteeId: world.menteeB.person.id, source: "EMPTY" }).catch((e: AppError) => e);
    expect((stranger as AppError).fieldErrors.menteeId).toEqual([PLAN_MESSAGES.notMentee]);
  });

  it("starts a plan from the mentee's diagnostic: the highest-rated difficulties are suggested, the mentor picks", async () => {
    const world = await pairWithoutPlan();
    await answerDiagnostic(world.school, world.menteeA.person.id, { areas: ["documents", "emotions"], lesson_confidence: 1, discipline_confidence: 5 });
    const options = await getPlanStartOptions(world.mentorA.principal, world.pairA.id, world.menteeA.person.id);
    expect(options!.diagnostic!.suggestions.map((s) => s.key)).toEqual(["areas:emotions", "areas:documents", "lesson_confidence"]);
    // Mentor B of the same school does not see mentee A's answers.
    expect(await getPlanStartOptions(world.mentorB.principal, world.pairA.id, world.menteeA.person.id)).toBeNull();

    // A key the answers do not give (the client's word is not taken) is refused.
    const unknown = await createPlan(world.mentorA.principal, {
      pairId: world.pairA.id, menteeId: world.menteeA.person.id, kind: "IOM", title: "Маршрут", startsOn: "2026-09-15", endsOn: "2027-05-31", source: "DIAGNOSTIC", suggestionKeys: ["areas:parents"],
    }).catch((e: AppError) => e);
    expect((unknown as AppError).fieldErrors.suggestionKeys).toEqual([PLAN_MESSAGES.suggestionsGone]);
    const { id } = await createPlan(world.mentorA.principal, {
      pairId: world.pairA.id, menteeId: world.menteeA.person.id, kind: "IOM", title: "Маршрут", startsOn: "2026-09-15", endsOn: "2027-05-31", source: "DIAGNOSTIC", suggestionKeys: ["lesson_confidence", "areas:emotions"],
    });
    const items = await db.planItem.findMany({ where: { planId: id }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.direction, i.difficulty])).toEqual([
      ["PSYCHOLOGICAL", "Управление своей эмоциональной сферой"],
      ["METHODOLOGICAL", "Насколько уверенно вы проектируете урок по обновлённому ФГОС? — самооценка 1 из 5"],
    ]);

    // Later, the rest is offered for the existing plan, the added ones marked.
    const plan = await getPlan(world.mentorA.principal, id);
    const sources = await getItemSources(world.mentorA.principal, plan!);
    expect(sources.diagnostic!.suggestions.map((s) => [s.key, s.inPlan])).toEqual([["areas:emotions", true], ["areas:documents", false], ["lesson_confidence", true]]);
    await addItemsFrom(world.mentorA.principal, { planId: id, source: "DIAGNOSTIC", suggestionKeys: ["areas:documents"] });
    expect(await db.planItem.count({ where: { planId: id } })).toBe(3);
  });

  it("does not suggest from an anonymous diagnostic", async () => {
    const world = await pairWithoutPlan();
    await answerDiagnostic(world.school, world.menteeA.person.id, { areas: ["documents"] }, { isAnonymous: true });
    expect((await getPlanStartOptions(world.mentorA.principal, world.pairA.id, world.menteeA.person.id))!.diagnostic).toBeNull();
  });

  it("gives the second of two concurrent saves of one item a conflict; the first one's values stay", async () => {
    const world = await createPlansWorld();
    const item = world.planA.items[2];
    const results = await Promise.allSettled([
      updatePlanItem(world.mentorA.principal, itemForm(item, { goal: "Цель наставника", dueOn: "2026-12-20" })),
      updatePlanItem(world.curator.principal, itemForm(item, { goal: "Цель куратора" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    expect((failed.reason as Error).message).toBe(PLAN_MESSAGES.conflict);
    const saved = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: "planItem.update" } })).toBe(1);
    // A save made on the old version after that is refused too, and a status change as well.
    await expect(setPlanItemStatus(world.menteeA.principal, { itemId: item.id, version: 1, status: "DONE" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("marks an item done with an evidence file, which its people may download", async () => {
    const world = await createPlansWorld();
    const item = world.planA.items[1];
    const result = await updatePlanItem(world.mentorA.principal, { ...itemForm(item, { status: "DONE" }), evidenceFile: pdfFile() });
    expect(result.version).toBe(2);
    const saved = await db.planItem.findUniqueOrThrow({ where: { id: item.id }, include: { evidenceFile: true } });
    expect(saved).toMatchObject({ status: "DONE", evidenceFile: { originalName: "Технологическая карта.pdf", mimeType: "application/pdf", schoolId: world.school.id } });
    expect(saved.completedOn).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: item.id, action: "planItem.update" } });
    expect(audit.after).toMatchObject({ status: "DONE", evidenceFileId: saved.evidenceFileId });

    const { openFileForDownload } = await import("@/lib/files/queries");
    expect(await openFileForDownload(world.menteeA.principal, saved.evidenceFileId!)).toMatchObject({ name: "Технологическая карта.pdf" });
    expect(await openFileForDownload(world.mentorB.principal, saved.evidenceFileId!)).toBeNull();

    // A file that is not a document or picture is refused beside its field, and nothing changes.
    const bad = await updatePlanItem(world.mentorA.principal, { ...itemForm({ ...item, version: 2 }, { status: "DONE" }), evidenceFile: new File(["MZ\x90\x00"], "virus.pdf") }).catch((e: AppError) => e);
    expect((bad as AppError).fieldErrors.evidenceFile).toBeDefined();
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(2);
  });

  it("lets the mentee mark progress and write a reflection, but not rewrite the plan", async () => {
    const world = await createPlansWorld();
    const item = world.planA.items[2];
    await setPlanItemStatus(world.menteeA.principal, { itemId: item.id, version: 1, status: "IN_PROGRESS" });
    await addComment(world.menteeA.principal, { itemId: item.id, body: "Понял, что нужно больше времени на рефлексию.", isReflection: true });
    const view = await getPlanItem(world.menteeA.principal, item.id);
    expect(view!.comments).toEqual([expect.objectContaining({ authorRole: "MENTEE", isReflection: true, authorName: expect.any(String) })]);
    expect(view!.capabilities).toMatchObject({ setStatus: true, comment: true, reflect: true, editItems: false, addItems: false });
    await expect(updatePlanItem(world.menteeA.principal, itemForm({ ...item, version: 2 }, { goal: "Другая цель" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addPlanItem(world.menteeA.principal, { planId: world.planA.id, goal: "Новый пункт", direction: "OTHER", status: "PLANNED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The mentor comments, but does not write the reflection of a mentee who has an account.
    await addComment(world.mentorA.principal, { itemId: item.id, body: "Хорошо, обсудим в четверг." });
    const byMentor = await addComment(world.mentorA.principal, { itemId: item.id, body: "Рефлексия за него", isReflection: true }).catch((e: AppError) => e);
    expect((byMentor as AppError).fieldErrors.body).toEqual([PLAN_MESSAGES.reflectionByMentee]);
  });

  it("lets the mentor write down the reflection of a mentee without an account (a pupil)", async () => {
    const world = await createPlansWorld();
    await db.participant.update({ where: { id: world.menteeA.person.id }, data: { userId: null } });
    const item = world.planA.items[0];
    await addComment(world.mentorA.principal, { itemId: item.id, body: "Со слов наставляемого: проект получился.", isReflection: true });
    expect(await db.planItemComment.findFirst({ where: { itemId: item.id } })).toMatchObject({ authorRole: "MENTOR", isReflection: true });
  });

  it("records every write in the audit log", async () => {
    const world = await createPlansWorld();
    const p = world.mentorA.principal;
    const added = await addPlanItem(p, { planId: world.planA.id, goal: "Подготовить выступление на МО", direction: "COMMUNICATIVE", status: "PLANNED", dueOn: "2027-01-20", evidenceUrl: "" });
    await setPlanItemStatus(p, { itemId: added.id, version: 1, status: "IN_PROGRESS" });
    await addComment(p, { itemId: added.id, body: "Начали" });
    await updatePlan(p, { planId: world.planA.id, version: 1, kind: "IOM", title: "Маршрут", startsOn: "2026-09-15", endsOn: "2027-06-30" });
    await deletePlanItem(p, { itemId: added.id, version: 2 });
    const actions = (await db.auditEvent.findMany({ where: { actorUserId: world.mentorA.user.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["planItem.create", "planItem.status", "planItem.comment", "plan.update", "planItem.delete"]);
    const update = await db.auditEvent.findFirstOrThrow({ where: { action: "plan.update", entityId: world.planA.id } });
    expect(update).toMatchObject({ before: { kind: "IPR", title: "Индивидуальный план развития" }, after: { kind: "IOM", title: "Маршрут" }, schoolId: world.school.id });
  });

  it("checks the form: a goal, a real date, a web link", async () => {
    const world = await createPlansWorld();
    const error = await addPlanItem(world.mentorA.principal, { planId: world.planA.id, goal: "", direction: "OTHER", status: "PLANNED", dueOn: "2026-02-30", evidenceUrl: "javascript:alert(1)" }).catch((e: AppError) => e);
    expect(Object.keys((error as AppError).fieldErrors).sort()).toEqual(["dueOn", "evidenceUrl", "goal"]);
  });
});

describe("the item form's messages", () => {
  it("are Russian for a missing goal, an impossible date and a link that is not a web page", async () => {
    const { ZPlanItemFields } = await import("./schemas");
    const result = ZPlanItemFields.safeParse({ goal: "", direction: "OTHER", status: "PLANNED", dueOn: "2026-02-30", evidenceUrl: "ftp://example.ru/x" });
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({ goal: "Сформулируйте цель пункта", dueOn: "Такой даты нет", evidenceUrl: "Укажите ссылку, начинающуюся с https:// или http://" });
    expect(ZPlanItemFields.safeParse({ goal: "Цель", direction: "OTHER", status: "PLANNED", dueOn: "", evidenceUrl: "" }).success).toBe(true);
  });
});
