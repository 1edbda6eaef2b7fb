import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { createDocumentsWorld, pdfFile, uploadInput } from "@/tests/factories-documents";
import { createMunicipalityIn, createUserWithRole } from "@/tests/factories-users";
import { uploadDocumentVersion } from "./mutations";
import { getChecklist } from "./queries";
import { saveRequirement, setRequirementActive } from "./requirement-mutations";
import { findRequirementTemplate, getEditableRequirement, listRequirements, mayCreateRequirementIn } from "./requirements";
import { DOCUMENT_MESSAGES, type TRequirementInput } from "./schemas";

const fields = (overrides: Partial<TRequirementInput> = {}): TRequirementInput => ({
  requirementId: "",
  loadedAt: "",
  code: "website_section",
  title: "Раздел «Целевая модель наставничества» на официальном сайте",
  description: "Загрузите скриншот раздела с адресом страницы.",
  period: "STANDING",
  academicYearId: "",
  dueOn: "2026-12-09",
  ...overrides,
});

describe("the requirements catalog", () => {
  it("lets a municipal curator add a requirement with a due date for their schools only; it appears on their checklists", async () => {
    const world = await createDocumentsWorld();
    const created = await saveRequirement(world.municipal.principal, fields());
    const stored = await db.documentRequirement.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ level: "MUNICIPALITY", municipalityId: world.municipality.id, regionId: world.region.id, code: "WEBSITE_SECTION", period: "STANDING", createdById: world.municipal.user.id });
    expect(stored.dueOn).toEqual(new Date("2026-12-09T00:00:00Z"));

    const checklist = await getChecklist(world.curator.principal, world.school.id, world.year.id, new Date("2026-12-10T09:00:00Z"));
    expect(checklist!.rows.find((r) => r.requirement.id === created.id)?.status).toBe("OVERDUE");
    // A school of another municipality of the same region does not get it.
    const elsewhere = await createMunicipalityIn(world.region);
    const otherCurator = await createUserWithRole("SCHOOL_CURATOR", { regionId: world.region.id, municipalityId: elsewhere.municipality.id, schoolId: elsewhere.school.id });
    const other = await getChecklist(otherCurator.principal, elsewhere.school.id, world.year.id);
    expect(other!.rows.map((r) => r.requirement.id)).not.toContain(created.id);
    expect(await db.auditEvent.count({ where: { entityId: created.id, action: "documentRequirement.create" } })).toBe(1);
  });

  it("lets the admin keep platform requirements with a template, and a regional coordinator add the region's", async () => {
    const world = await createDocumentsWorld();
    const admin = await createUserWithRole("ADMIN");
    const platform = await saveRequirement(admin.principal, fields({ code: "REGULATION_X", title: "Положение о наставничестве", dueOn: "", template: pdfFile("Типовое положение.pdf") }));
    const row = await db.documentRequirement.findUniqueOrThrow({ where: { id: platform.id }, include: { templateFile: true } });
    expect(row).toMatchObject({ level: "PLATFORM", regionId: null, municipalityId: null });
    expect(row.templateFile).toMatchObject({ originalName: "Типовое положение.pdf", regionId: null });
    // Everyone the requirement applies to may download the template; the route reads it through this.
    expect(await findRequirementTemplate(world.curator.principal, platform.id)).toMatchObject({ id: row.templateFileId });

    const regional = await saveRequirement(world.regional.principal, fields({ code: "REGION_PLAN", period: "ONE_YEAR", academicYearId: world.year.id, dueOn: "2027-03-01" }));
    expect(await db.documentRequirement.findUniqueOrThrow({ where: { id: regional.id } })).toMatchObject({ level: "REGION", regionId: world.region.id, municipalityId: null, academicYearId: world.year.id, period: "PER_YEAR" });
    await expect(saveRequirement(world.regional.principal, fields({ code: "region_plan", period: "EVERY_YEAR", dueOn: "" }))).rejects.toMatchObject({ fieldErrors: { code: [DOCUMENT_MESSAGES.codeTaken] } });
    await expect(saveRequirement(world.regional.principal, fields({ code: "LATE", period: "ONE_YEAR", academicYearId: world.year.id, dueOn: "2030-01-01" }))).rejects.toMatchObject({ fieldErrors: { dueOn: [DOCUMENT_MESSAGES.dueOutsideYear] } });
    await expect(saveRequirement(world.regional.principal, fields({ code: "EVERY", period: "EVERY_YEAR", dueOn: "2026-12-01" }))).rejects.toMatchObject({ fieldErrors: { dueOn: [DOCUMENT_MESSAGES.dueForEveryYear] } });
    // A school curator may not add requirements at all.
    await expect(saveRequirement(world.curator.principal, fields({ code: "SCHOOL_OWN" }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a coordinator change only their own level's requirements, with an optimistic lock and a period that stays once documents exist", async () => {
    const world = await createDocumentsWorld();
    const mine = await saveRequirement(world.municipal.principal, fields({ period: "EVERY_YEAR", dueOn: "" }));
    const listed = await listRequirements(world.municipal.principal, { municipalityId: world.municipality.id, regionId: world.region.id });
    expect(listed.find((r) => r.id === mine.id)?.editable).toBe(true);
    expect(listed.find((r) => r.id === world.requirement.id)?.editable, "the platform's requirement is read-only to them").toBe(false);
    expect(await getEditableRequirement(world.municipal.principal, world.requirement.id)).toBeNull();
    await expect(saveRequirement(world.municipal.principal, fields({ requirementId: world.requirement.id, loadedAt: world.requirement.updatedAt.toISOString() }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(setRequirementActive(world.municipal.principal, { requirementId: world.requirement.id, isActive: false })).rejects.toBeInstanceOf(NotFoundError);

    const loaded = (await getEditableRequirement(world.municipal.principal, mine.id))!;
    await saveRequirement(world.municipal.principal, fields({ requirementId: mine.id, loadedAt: loaded.updatedAt.toISOString(), period: "EVERY_YEAR", dueOn: "", title: "Раздел сайта (уточнено)" }));
    await expect(
      saveRequirement(world.municipal.principal, fields({ requirementId: mine.id, loadedAt: loaded.updatedAt.toISOString(), period: "EVERY_YEAR", dueOn: "" })),
    ).rejects.toBeInstanceOf(ConflictError);

    await uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: mine.id }));
    const fresh = (await getEditableRequirement(world.municipal.principal, mine.id))!;
    await expect(saveRequirement(world.municipal.principal, fields({ requirementId: mine.id, loadedAt: fresh.updatedAt.toISOString(), period: "STANDING" }))).rejects.toMatchObject({
      fieldErrors: { period: [DOCUMENT_MESSAGES.periodLocked] },
    });

    await setRequirementActive(world.municipal.principal, { requirementId: mine.id, isActive: false });
    const checklist = await getChecklist(world.curator.principal, world.school.id, world.year.id);
    expect(checklist!.rows.map((r) => r.requirement.id)).not.toContain(mine.id);
    expect(await db.document.count({ where: { requirementId: mine.id } }), "switching off keeps the documents").toBe(1);

    // Another municipality's curator sees neither the requirement nor a count of its documents.
    const elsewhere = await createMunicipalityIn(world.region);
    const stranger = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: world.region.id, municipalityId: elsewhere.municipality.id });
    const theirs = await listRequirements(stranger.principal, { municipalityId: elsewhere.municipality.id, regionId: world.region.id });
    expect(theirs.map((r) => r.id)).not.toContain(mine.id);
    const platformRow = theirs.find((r) => r.id === world.requirement.id)!;
    expect(platformRow._count.documents).toBe(0);
  });

  it("offers the new-requirement form only on one's own catalog page", async () => {
    const world = await createDocumentsWorld();
    const admin = await createUserWithRole("ADMIN");
    const own = { municipalityId: world.municipality.id, regionId: world.region.id };
    const elsewhere = await createMunicipalityIn(world.region);
    expect(await mayCreateRequirementIn(world.municipal.principal, own)).toBe(true);
    expect(await mayCreateRequirementIn(world.municipal.principal, { municipalityId: elsewhere.municipality.id, regionId: world.region.id })).toBe(false);
    expect(await mayCreateRequirementIn(world.municipal.principal, { regionId: world.region.id })).toBe(false);
    expect(await mayCreateRequirementIn(world.regional.principal, { regionId: world.region.id })).toBe(true);
    expect(await mayCreateRequirementIn(world.regional.principal, own), "a region adds the region's requirements, on its own page").toBe(false);
    expect(await mayCreateRequirementIn(admin.principal, { platform: true })).toBe(true);
    expect(await mayCreateRequirementIn(world.regional.principal, { platform: true })).toBe(false);
    expect(await mayCreateRequirementIn(world.curator.principal, own)).toBe(false);
  });

  it("asks for a year when the requirement is for one year only", async () => {
    const world = await createDocumentsWorld();
    await expect(saveRequirement(world.municipal.principal, fields({ period: "ONE_YEAR", academicYearId: "", dueOn: "" }))).rejects.toMatchObject({
      fieldErrors: { academicYearId: [DOCUMENT_MESSAGES.yearRequired] },
    });
  });
});
