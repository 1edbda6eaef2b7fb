import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { createSchool } from "@/tests/factories";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { ensureAcademicYear } from "@/tests/factories-pairs";
import { createRespondent, EVERY_TYPE, GOOD_VALUES } from "@/tests/factories-questionnaires";
import type { Definition } from "./definition";
import { createTemplate, discardDraft, publishDraft, saveDefinition, TEMPLATE_MESSAGES, updateTemplateSettings } from "./mutations";
import { submitAnswers } from "./respond";
import { SETTINGS_MESSAGES, type TTemplateSettings } from "./schemas";
import { getTemplate } from "./queries";

const settings = (patch: Partial<TTemplateSettings> = {}): TTemplateSettings => ({
  title: "Анкета для проверки",
  description: "",
  kind: "OTHER",
  audience: ["MENTOR"],
  formIds: [],
  opensOn: "",
  closesOn: "",
  stage: "ANY",
  isAnonymous: false,
  regionId: "",
  ...patch,
});

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("questionnaire templates and their versions", () => {
  it("takes its level from the creator: the admin's platform or chosen region, a coordinator's region, a curator's school", async () => {
    const { region, school } = await createSchool();
    const admin = await createUserWithRole("ADMIN");
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));

    const platform = await createTemplate(admin.principal, settings(), { ip: "10.0.0.1" });
    const toRegion = await createTemplate(admin.principal, settings({ regionId: region.id }));
    // A region id sent by someone else is ignored: the level is the coordinator's own.
    const regional = await createTemplate(coordinator.principal, settings({ regionId: "another-region" }));
    const ownSchool = await createTemplate(curator.principal, settings());
    const rows = await db.questionnaireTemplate.findMany({ where: { id: { in: [platform.id, toRegion.id, regional.id, ownSchool.id] } }, include: { versions: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(platform.id)).toMatchObject({ level: "PLATFORM", regionId: null, createdById: admin.user.id });
    expect(byId.get(toRegion.id)).toMatchObject({ level: "REGION", regionId: region.id });
    expect(byId.get(regional.id)).toMatchObject({ level: "REGION", regionId: region.id });
    expect(byId.get(ownSchool.id)).toMatchObject({ level: "SCHOOL", schoolId: school.id, municipalityId: school.municipalityId });
    for (const row of rows) expect(row.versions.map((v) => [v.versionNo, v.status])).toEqual([[1, "DRAFT"]]);
    expect(await db.auditEvent.findFirst({ where: { entityId: platform.id, action: "questionnaire.create" } })).toMatchObject({ ip: "10.0.0.1" });

    expect((await rejection(createTemplate(mentor.principal, settings()))).code).toBe("FORBIDDEN");
    const badRegion = await rejection(createTemplate(admin.principal, settings({ regionId: "no-such-region" })));
    expect(badRegion.fieldErrors.regionId).toEqual([SETTINGS_MESSAGES.region]);
  });

  it("freezes a published version: edits go to a new draft, publishing it archives the old one, answers keep theirs", async () => {
    const year = await ensureAcademicYear();
    const { school } = await createSchool();
    const admin = await createUserWithRole("ADMIN");
    const form = await db.mentoringForm.create({ data: { code: `F-${Date.now()}`, name: `форма ${Date.now()}`, mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"] } });
    const mentor = await createRespondent(school, "MENTOR", { formId: form.id, academicYearId: year.id });

    const created = await createTemplate(admin.principal, settings());
    let saved = await saveDefinition(admin.principal, { templateId: created.id, version: created.version, definition: EVERY_TYPE });
    expect(saved.versionNo).toBe(1);
    const first = await publishDraft(admin.principal, { templateId: created.id, version: saved.version });
    expect(first.versionNo).toBe(1);
    await submitAnswers(mentor.principal, { templateId: created.id, submissionVersion: null, values: GOOD_VALUES });

    // The builder edits a copy: the first save after publishing makes version 2; version 1 is untouched.
    const changed: Definition = structuredClone(EVERY_TYPE);
    changed.sections[0].questions[0] = { ...changed.sections[0].questions[0], label: "Ваше имя" };
    saved = await saveDefinition(admin.principal, { templateId: created.id, version: first.version, definition: changed });
    expect(saved.versionNo).toBe(2);
    saved = await saveDefinition(admin.principal, { templateId: created.id, version: saved.version, definition: changed });
    expect(saved.versionNo).toBe(2);
    const v1 = await db.questionnaireVersion.findFirstOrThrow({ where: { templateId: created.id, versionNo: 1 } });
    expect(v1.status).toBe("PUBLISHED");
    expect(v1.definition).toEqual(EVERY_TYPE);

    const second = await publishDraft(admin.principal, { templateId: created.id, version: saved.version });
    expect(second.versionNo).toBe(2);
    const versions = await db.questionnaireVersion.findMany({ where: { templateId: created.id }, orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => v.status)).toEqual(["ARCHIVED", "PUBLISHED"]);
    const response = await db.questionnaireResponse.findFirstOrThrow({ where: { version: { templateId: created.id } } });
    expect(response.versionId).toBe(v1.id);
    expect(response.answers).toMatchObject({ name: "Анна" });
    const detail = await getTemplate(admin.principal, created.id);
    expect(detail?.history.map((h) => [h.versionNo, h.status, h.answers])).toEqual([[2, "PUBLISHED", 0], [1, "ARCHIVED", 1]]);

    // The database keeps one draft and one published version per template, whatever the code does.
    await expect(db.questionnaireVersion.create({ data: { templateId: created.id, versionNo: 3, status: "PUBLISHED", definition: EVERY_TYPE } })).rejects.toThrow();
  });

  it("refuses to publish nothing, and discards a draft only when an earlier version exists", async () => {
    const admin = await createUserWithRole("ADMIN");
    const created = await createTemplate(admin.principal, settings());
    const empty = await rejection(publishDraft(admin.principal, { templateId: created.id, version: created.version }));
    expect(empty.message).toMatch(/нет ни одного вопроса/);
    const only = await rejection(discardDraft(admin.principal, { templateId: created.id, version: created.version }));
    expect(only.message).toBe(TEMPLATE_MESSAGES.onlyVersion);

    const saved = await saveDefinition(admin.principal, { templateId: created.id, version: created.version, definition: EVERY_TYPE });
    const published = await publishDraft(admin.principal, { templateId: created.id, version: saved.version });
    const noDraft = await rejection(publishDraft(admin.principal, { templateId: created.id, version: published.version }));
    expect(noDraft.message).toBe(TEMPLATE_MESSAGES.noDraft);
    const draft = await saveDefinition(admin.principal, { templateId: created.id, version: published.version, definition: EVERY_TYPE });
    await discardDraft(admin.principal, { templateId: created.id, version: draft.version });
    expect(await db.questionnaireVersion.count({ where: { templateId: created.id } })).toBe(1);
  });

  it("turns a save on a stale copy into a conflict, and another level's questionnaire into 'forbidden' or 'not found'", async () => {
    const { region, school } = await createSchool();
    const other = await createSchool();
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const outsider = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: other.region.id });
    const created = await createTemplate(coordinator.principal, settings());
    await updateTemplateSettings(coordinator.principal, settings({ templateId: created.id, version: created.version, title: "Новое название" }));

    const stale = await rejection(updateTemplateSettings(coordinator.principal, settings({ templateId: created.id, version: created.version, title: "Старое" })));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(await db.questionnaireTemplate.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ title: "Новое название", version: 2 });

    // The school curator sees the region's questionnaire (and its results), but may not change it.
    expect((await rejection(saveDefinition(curator.principal, { templateId: created.id, version: 2, definition: EVERY_TYPE }))).code).toBe("FORBIDDEN");
    expect(await rejection(saveDefinition(outsider.principal, { templateId: created.id, version: 2, definition: EVERY_TYPE }))).toBeInstanceOf(NotFoundError);
  });

  it("keeps anonymity as it was published: answers were collected on those terms", async () => {
    const admin = await createUserWithRole("ADMIN");
    const created = await createTemplate(admin.principal, settings({ isAnonymous: true }));
    const saved = await saveDefinition(admin.principal, { templateId: created.id, version: created.version, definition: EVERY_TYPE });
    const published = await publishDraft(admin.principal, { templateId: created.id, version: saved.version });
    const error = await rejection(updateTemplateSettings(admin.principal, settings({ templateId: created.id, version: published.version, isAnonymous: false })));
    expect(error.fieldErrors.isAnonymous).toEqual([SETTINGS_MESSAGES.anonymityLocked]);
    expect(await db.questionnaireTemplate.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ isAnonymous: true, version: published.version });
  });
});
