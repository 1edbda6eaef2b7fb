import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { addDays, todayDate } from "@/lib/plans/dates";
import { createForm, createSchool } from "@/tests/factories";
import { createSchoolIn } from "@/tests/factories-users";
import { ensureAcademicYear } from "@/tests/factories-pairs";
import { createQuestionnaire, createRespondent, EVERY_TYPE, GOOD_VALUES } from "@/tests/factories-questionnaires";
import { ANSWER_MESSAGES } from "./answers";
import { FILL_MESSAGES, listAssigned } from "./audience";
import { getFillPage } from "./queries";
import { saveAnswerDraft, submitAnswers } from "./respond";

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function world() {
  const year = await ensureAcademicYear();
  const { region, municipality, school } = await createSchool();
  const form = await createForm();
  const otherForm = await createForm();
  const mentor = await createRespondent(school, "MENTOR", { formId: form.id, academicYearId: year.id });
  const mentee = await createRespondent(school, "MENTEE", { formId: form.id, academicYearId: year.id });
  const curator = await createRespondent(school, "SCHOOL_CURATOR");
  return { year, region, municipality, school, form, otherForm, mentor, mentee, curator };
}

describe("answering a questionnaire", () => {
  it("keeps a draft as typed, refuses a stale copy of it, and submits it once", async () => {
    const w = await world();
    const { template } = await createQuestionnaire();
    const half = { name: "Анна", years: "много" };
    const first = await saveAnswerDraft(w.mentor.principal, { templateId: template.id, submissionVersion: null, values: half });
    expect(first.submissionVersion).toBe(1);
    const page = await getFillPage(w.mentor.principal, template.id);
    expect(page?.values).toMatchObject({ name: "Анна", years: "много", topics: [] });
    expect(page?.submissionVersion).toBe(1);
    // Another tab still holds the first copy of nothing.
    expect(await rejection(saveAnswerDraft(w.mentor.principal, { templateId: template.id, submissionVersion: null, values: half }))).toBeInstanceOf(ConflictError);

    const invalid = await rejection(submitAnswers(w.mentor.principal, { templateId: template.id, submissionVersion: 1, values: half }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.message).toBe(FILL_MESSAGES.invalid);
    expect(invalid.fieldErrors.years).toEqual([ANSWER_MESSAGES.number]);
    expect(invalid.fieldErrors.format).toEqual([ANSWER_MESSAGES.choose]);
    expect(await db.questionnaireResponse.count({ where: { versionId: { not: "" }, version: { templateId: template.id } } })).toBe(0);

    await submitAnswers(w.mentor.principal, { templateId: template.id, submissionVersion: 1, values: GOOD_VALUES });
    const submission = await db.questionnaireSubmission.findFirstOrThrow({ where: { templateId: template.id, userId: w.mentor.user.id } });
    expect(submission).toMatchObject({ draft: null, version: 2, participantId: w.mentor.participantId, schoolId: w.school.id });
    expect(submission.submittedAt).not.toBeNull();
    const response = await db.questionnaireResponse.findFirstOrThrow({ where: { version: { templateId: template.id } } });
    expect(response).toMatchObject({ respondentId: w.mentor.participantId, respondentUserId: w.mentor.user.id, pairId: w.mentor.pairId, formId: w.form.id, respondentRole: "MENTOR", stage: "ANY", schoolId: w.school.id });
    expect(await db.auditEvent.findFirst({ where: { action: "questionnaire.answer", entityId: response.id } })).not.toBeNull();

    const again = await rejection(submitAnswers(w.mentor.principal, { templateId: template.id, submissionVersion: 2, values: GOOD_VALUES }));
    expect(again.message).toBe(FILL_MESSAGES.answered);
    expect((await listAssigned(w.mentor.principal)).find((q) => q.id === template.id)?.progress).toBe("answered");
  });

  it("stores an anonymous answer with nothing that leads back to its author", async () => {
    const w = await world();
    const { template } = await createQuestionnaire({ isAnonymous: true });
    await saveAnswerDraft(w.mentee.principal, { templateId: template.id, submissionVersion: null, values: { name: "Анна" } });
    const draftAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "questionnaire.save_answer_draft", actorUserId: w.mentee.user.id } });
    expect(JSON.stringify(draftAudit.after)).not.toContain("Анна");
    await submitAnswers(w.mentee.principal, { templateId: template.id, submissionVersion: 1, values: GOOD_VALUES });

    const response = await db.questionnaireResponse.findFirstOrThrow({ where: { version: { templateId: template.id } } });
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response).toMatchObject({ respondentId: null, respondentUserId: null, pairId: null, formId: w.form.id, respondentRole: "MENTEE" });
    expect(response.submittedAt).toEqual(todayDate());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "questionnaire.answer_anonymous", actorUserId: w.mentee.user.id } });
    expect(audit).toMatchObject({ entity: "QuestionnaireTemplate", entityId: template.id });
    expect(JSON.stringify(await db.auditEvent.findMany({ where: { actorUserId: w.mentee.user.id } }))).not.toContain(response.id);
    const submission = await db.questionnaireSubmission.findFirstOrThrow({ where: { templateId: template.id, userId: w.mentee.user.id } });
    expect(JSON.stringify(submission)).not.toContain(response.id);
    expect(submission.draft).toBeNull();
  });

  it("is assigned by role, form and scope, and answered once per stage", async () => {
    const w = await world();
    const neighbour = await createSchoolIn(w.municipality);
    const stranger = await createRespondent(neighbour, "MENTOR");
    const forMentors = await createQuestionnaire({ audience: ["MENTOR"], formIds: [w.form.id] });
    const otherForm = await createQuestionnaire({ audience: ["MENTOR"], formIds: [w.otherForm.id] });
    const schoolOwn = await createQuestionnaire({ level: "SCHOOL", scope: { regionId: w.region.id, municipalityId: w.municipality.id, schoolId: w.school.id }, audience: ["MENTOR", "MENTEE", "CURATOR"] });
    const draftOnly = await createQuestionnaire({ published: false });
    const mine = [forMentors, otherForm, schoolOwn, draftOnly].map((q) => q.template.id);
    // Platform questionnaires of the other tests of this file are everyone's too: look at this test's.
    const ids = (list: Array<{ id: string }>) => list.map((q) => q.id).filter((id) => mine.includes(id)).sort();

    expect(ids(await listAssigned(w.mentor.principal))).toEqual([forMentors.template.id, schoolOwn.template.id].sort());
    expect(ids(await listAssigned(w.mentee.principal))).toEqual([schoolOwn.template.id]);
    expect(ids(await listAssigned(w.curator.principal))).toEqual([schoolOwn.template.id]);
    // A mentor without pairs answers questionnaires for every form, not those for one form; never another school's.
    expect(ids(await listAssigned(stranger.principal))).toEqual([]);
    for (const id of [otherForm.template.id, draftOnly.template.id, schoolOwn.template.id]) {
      expect(await rejection(saveAnswerDraft(stranger.principal, { templateId: id, submissionVersion: null, values: {} }))).toBeInstanceOf(NotFoundError);
    }
    expect(await rejection(submitAnswers(w.mentor.principal, { templateId: otherForm.template.id, submissionVersion: null, values: GOOD_VALUES }))).toBeInstanceOf(NotFoundError);

    // The curator answers as a curator: no participant, no form.
    await submitAnswers(w.curator.principal, { templateId: schoolOwn.template.id, submissionVersion: null, values: GOOD_VALUES });
    expect(await db.questionnaireResponse.findFirstOrThrow({ where: { version: { templateId: schoolOwn.template.id } } })).toMatchObject({ respondentRole: "CURATOR", respondentId: null, respondentUserId: w.curator.user.id, formId: null });

    // Given again after the programme: a new stage, a new answer.
    await db.questionnaireTemplate.update({ where: { id: forMentors.template.id }, data: { stage: "BEFORE" } });
    await submitAnswers(w.mentor.principal, { templateId: forMentors.template.id, submissionVersion: null, values: GOOD_VALUES });
    await db.questionnaireTemplate.update({ where: { id: forMentors.template.id }, data: { stage: "AFTER" } });
    expect((await listAssigned(w.mentor.principal)).find((q) => q.id === forMentors.template.id)?.progress).toBe("none");
    await submitAnswers(w.mentor.principal, { templateId: forMentors.template.id, submissionVersion: null, values: GOOD_VALUES });
    const stages = await db.questionnaireResponse.findMany({ where: { version: { templateId: forMentors.template.id } }, select: { stage: true }, orderBy: { stage: "asc" } });
    expect(stages.map((s) => s.stage)).toEqual(["BEFORE", "AFTER"]);
  });

  it("takes answers only between the questionnaire's dates", async () => {
    const w = await world();
    const today = todayDate();
    const later = await createQuestionnaire({ opensOn: addDays(today, 3) });
    const over = await createQuestionnaire({ closesOn: addDays(today, -1) });
    const lastDay = await createQuestionnaire({ closesOn: today });
    const assigned = await listAssigned(w.mentee.principal);
    expect(assigned.find((q) => q.id === later.template.id)?.state).toBe("upcoming");
    expect(assigned.find((q) => q.id === over.template.id)?.state).toBe("closed");
    const early = await rejection(saveAnswerDraft(w.mentee.principal, { templateId: later.template.id, submissionVersion: null, values: {} }));
    expect(early.message).toMatch(/^Анкета откроется/);
    const late = await rejection(submitAnswers(w.mentee.principal, { templateId: over.template.id, submissionVersion: null, values: GOOD_VALUES }));
    expect(late.message).toMatch(/^Анкета закрыта/);
    await submitAnswers(w.mentee.principal, { templateId: lastDay.template.id, submissionVersion: null, values: GOOD_VALUES });
  });

  it("carries a draft begun on an earlier version over to the newly published one", async () => {
    const w = await world();
    const { template, version } = await createQuestionnaire();
    await saveAnswerDraft(w.mentee.principal, { templateId: template.id, submissionVersion: null, values: { name: "Анна", years: "2" } });
    const changed = structuredClone(EVERY_TYPE);
    changed.sections[0].questions.splice(2, 1); // "years" is gone in version 2
    await db.questionnaireVersion.update({ where: { id: version.id }, data: { status: "ARCHIVED" } });
    await db.questionnaireVersion.create({ data: { templateId: template.id, versionNo: 2, status: "PUBLISHED", definition: changed } });
    const page = await getFillPage(w.mentee.principal, template.id);
    expect(page?.carriedOver).toBe(true);
    expect(page?.values.name).toBe("Анна");
    expect(page?.values).not.toHaveProperty("years");
  });
});
