import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerPair } from "@/lib/pairs/mutations";
import { PAIR_MESSAGES } from "@/lib/pairs/schemas";
import { createSchool, unique } from "@/tests/factories";
import { createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { createUserWithRole } from "@/tests/factories-users";
import { saveForm, saveModel } from "./mutations";
import { listFormsCatalog } from "./queries";
import { ZSaveForm, ZSaveModel } from "./schemas";

const formValues = (overrides: Record<string, unknown> = {}) =>
  ZSaveForm.parse({ code: unique("FORM").toUpperCase().replace(/[^A-Z0-9]/g, "_"), name: unique("наставник – наставляемый"), description: "", mentorKinds: ["TEACHER"], menteeKinds: ["TEACHER"], isActive: true, sortOrder: "5", ...overrides });

describe("the forms catalog", () => {
  it("is kept by the admin, with models, each change audited; others may only read it", async () => {
    const admin = await createUserWithRole("ADMIN", {});
    const form = await saveForm(admin.principal, formValues(), { ip: "10.0.0.3" });
    const model = await saveModel(admin.principal, ZSaveModel.parse({ formId: form.id, name: "педагог – педагог", mentorRole: "опытный педагог", menteeRole: "молодой специалист", isActive: true }));
    const catalog = await listFormsCatalog(admin.principal);
    expect(catalog.find((f) => f.id === form.id)).toMatchObject({ pairs: 0, models: [expect.objectContaining({ id: model.id })] });
    expect(await db.auditEvent.count({ where: { entityId: form.id } })).toBe(2);

    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: (await createSchool()).region.id });
    await expect(saveForm(coordinator.principal, formValues())).rejects.toBeInstanceOf(AppError);
    await expect(saveModel(coordinator.principal, ZSaveModel.parse({ formId: form.id, name: "x", mentorRole: "a", menteeRole: "b", isActive: true }))).rejects.toBeInstanceOf(AppError);
    const duplicate = await saveForm(admin.principal, formValues({ code: (await db.mentoringForm.findUniqueOrThrow({ where: { id: form.id } })).code })).catch((e: unknown) => e);
    expect((duplicate as AppError).fieldErrors.code).toEqual(["Форма с таким кодом уже есть."]);
  });

  it("never breaks existing pairs: a form switched off or narrowed keeps its pairs, and is not offered for new ones", async () => {
    const admin = await createUserWithRole("ADMIN", {});
    const world = await createPairsWorld();
    const [mentor, mentee, other] = [await createPerson(world.school), await createPerson(world.school), await createPerson(world.school)];
    const pair = await registerPair(world.principal, pairInput(world, mentor.id, [mentee.id]));
    const stored = await db.mentoringForm.findUniqueOrThrow({ where: { id: world.form.id } });
    await saveForm(admin.principal, formValues({ formId: stored.id, code: stored.code, name: stored.name, mentorKinds: ["STUDENT"], isActive: false }));

    expect(await db.mentoringPair.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({ status: "ACTIVE", formId: stored.id });
    const refused = await registerPair(world.principal, pairInput(world, other.id, [await createPerson(world.school).then((p) => p.id)])).catch((e: unknown) => e);
    expect((refused as AppError).fieldErrors.formId).toEqual([PAIR_MESSAGES.formUnavailable]);
    expect((await listFormsCatalog(admin.principal)).find((f) => f.id === stored.id)).toMatchObject({ isActive: false, activePairs: 1 });
  });
});
