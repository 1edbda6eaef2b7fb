import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createForm, createSchool } from "@/tests/factories";
import { createUserWithRole } from "@/tests/factories-users";
import { deletePlanTemplate, getPlanTemplate, listPlanTemplates, savePlanTemplate } from "./templates";

const form = (overrides: Record<string, unknown> = {}) => ({
  title: "Типовой ИПР молодого педагога",
  kind: "IPR",
  formId: "",
  isActive: true,
  items: [
    { goal: "Изучить локальные акты", direction: "METHODOLOGICAL", dueOffsetDays: 14 },
    { goal: "Провести открытый урок", direction: "SUBJECT", expectedProduct: "Открытый урок", dueOffsetDays: "" },
  ],
  ...overrides,
});

async function actors() {
  const { region } = await createSchool();
  const other = await createSchool();
  const admin = await createUserWithRole("ADMIN");
  const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
  return { region, otherRegion: other.region, admin: admin.principal, coordinator: coordinator.principal };
}

describe("plan templates", () => {
  it("are kept by the admin for the platform and by a coordinator for their region, each write audited", async () => {
    const { region, otherRegion, admin, coordinator } = await actors();
    const teacherForm = await createForm();
    const platform = await savePlanTemplate(admin, form({ formId: teacherForm.id }));
    const regional = await savePlanTemplate(coordinator, form({ regionId: region.id, title: "ИПР региона" }));
    expect(platform.regionId).toBeNull();
    expect(regional.regionId).toBe(region.id);
    const saved = await db.planTemplate.findUniqueOrThrow({ where: { id: platform.id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(saved.items.map((i) => [i.position, i.goal, i.dueOffsetDays])).toEqual([[1, "Изучить локальные акты", 14], [2, "Провести открытый урок", null]]);

    // The coordinator reads the platform's templates but changes neither them nor another region's.
    expect((await listPlanTemplates(coordinator, null)).map((t) => [t.id, t.mayEdit])).toEqual([[platform.id, false]]);
    await expect(savePlanTemplate(coordinator, form({ templateId: platform.id, updatedAt: saved.updatedAt.toISOString() }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePlanTemplate(coordinator, form({ regionId: otherRegion.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePlanTemplate(coordinator, form())).rejects.toMatchObject({ code: "NOT_FOUND" });

    const edited = await getPlanTemplate(coordinator, regional.id);
    expect(edited).toMatchObject({ mayEdit: true, mayDelete: true });
    await savePlanTemplate(coordinator, form({ templateId: regional.id, updatedAt: edited!.updatedAt.toISOString(), title: "ИПР области", items: [{ goal: "Один пункт", direction: "OTHER" }] }));
    // A second save made on what the form saw before is a conflict; nothing is lost in the database.
    await expect(savePlanTemplate(admin, form({ templateId: regional.id, updatedAt: edited!.updatedAt.toISOString() }))).rejects.toBeInstanceOf(ConflictError);
    expect(await db.planTemplateItem.count({ where: { templateId: regional.id } })).toBe(1);

    const current = await db.planTemplate.findUniqueOrThrow({ where: { id: regional.id } });
    await deletePlanTemplate(coordinator, { templateId: regional.id, updatedAt: current.updatedAt.toISOString() });
    const actions = (await db.auditEvent.findMany({ where: { entity: "PlanTemplate" }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["planTemplate.create", "planTemplate.create", "planTemplate.update", "planTemplate.delete"]);
  });

  it("checks the form: a title, at least one item, days as a whole number", async () => {
    const { admin } = await actors();
    const errorsOf = (input: Record<string, unknown>) =>
      savePlanTemplate(admin, input).then(
        (): Record<string, string[]> => ({}),
        (e: { fieldErrors: Record<string, string[]> }) => e.fieldErrors,
      );
    const error = await errorsOf(form({ title: "", items: [] }));
    expect(Object.keys(error).sort()).toEqual(["items", "title"]);
    const days = await errorsOf(form({ items: [{ goal: "Пункт", direction: "OTHER", dueOffsetDays: "1,5" }] }));
    expect(days["items.0.dueOffsetDays"]).toBeDefined();
  });
});
