import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZodError } from "zod";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { createForm, createSchool, unique } from "@/tests/factories";
import { createUserWithRole } from "@/tests/factories-users";
import * as m from "./mutations";
import { ZRegionSettings, ZSaveAcademicYear, ZSaveMunicipality, ZSaveRegion, ZSaveSchool } from "./schemas";

type P = Parameters<typeof m.saveSchool>[0];
// The mutations take what the forms' schemas parse; a bad value fails here as it fails in the action.
const saveMunicipality = (p: P, v: unknown, c?: { ip?: string }) => run(() => m.saveMunicipality(p, ZSaveMunicipality.parse(v), c));
const saveSchool = (p: P, v: unknown) => run(() => m.saveSchool(p, ZSaveSchool.parse(v)));
const saveRegion = (p: P, v: unknown) => run(() => m.saveRegion(p, ZSaveRegion.parse(v)));
const saveRegionSettings = (p: P, v: unknown) => run(() => m.saveRegionSettings(p, ZRegionSettings.parse(v)));
const saveAcademicYear = (p: P, v: unknown) => run(() => m.saveAcademicYear(p, ZSaveAcademicYear.parse(v)));

/** A zod error becomes the ValidationError the action would answer with. */
async function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ZodError) throw new ValidationError(Object.fromEntries(error.issues.map((i) => [String(i.path[0]), [i.message]])));
    throw error;
  }
}

const schoolInput = (municipalityId: string, overrides: Record<string, unknown> = {}) => {
  const code = unique("sch");
  return { municipalityId, code, slug: code.toLowerCase().replace(/[^a-z0-9]+/g, "-"), name: "МБОУ «СОШ №7»", shortName: "СОШ №7", type: "SCHOOL" as const, inn: "", website: "", inRollout: true, maxMenteesPerMentor: "", ...overrides };
};

describe("managing the hierarchy", () => {
  it("lets a regional coordinator add municipalities and schools in their region only, with audit events", async () => {
    const { region } = await createSchool();
    const other = await createSchool();
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    const municipality = await saveMunicipality(coordinator.principal, { regionId: region.id, code: unique("mun"), name: "Кувандыкский городской округ" }, { ip: "10.0.0.2" });
    const school = await saveSchool(coordinator.principal, schoolInput(municipality.id, { website: "https://school7.ru" }));
    expect(await db.school.findUniqueOrThrow({ where: { id: school.id } })).toMatchObject({ regionId: region.id, municipalityId: municipality.id, website: "https://school7.ru" });
    expect(await db.auditEvent.count({ where: { entityId: { in: [municipality.id, school.id] } } })).toBe(2);

    await expect(saveMunicipality(coordinator.principal, { regionId: other.region.id, code: unique("mun"), name: "Чужой" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSchool(coordinator.principal, schoolInput(other.municipality.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveSchool(coordinator.principal, { ...schoolInput(municipality.id), schoolId: other.school.id })).rejects.toBeInstanceOf(NotFoundError);
    // Renaming the region is the admin's.
    await expect(saveRegion(coordinator.principal, { regionId: region.id, code: region.code, name: "Новое имя", maxMenteesPerMentor: "3" })).rejects.toBeInstanceOf(NotFoundError);
    const mentor = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id });
    await expect(saveSchool(mentor.principal, schoolInput(municipality.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a taken address, code or INN next to its field", async () => {
    const { region, municipality, school } = await createSchool();
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    const slug = await saveSchool(coordinator.principal, schoolInput(municipality.id, { slug: school.slug })).catch((e: unknown) => e);
    expect((slug as AppError).fieldErrors.slug).toEqual(["Этот короткий адрес уже занят другой школой."]);
    const code = await saveSchool(coordinator.principal, schoolInput(municipality.id, { code: school.code })).catch((e: unknown) => e);
    expect((code as AppError).fieldErrors.code).toEqual(["Такой код уже есть на платформе: коды не повторяются."]);
    const bad = await saveSchool(coordinator.principal, schoolInput(municipality.id, { slug: "СОШ 7", inn: "12", website: "school.ru" })).catch((e: unknown) => e);
    expect(Object.keys((bad as AppError).fieldErrors).sort()).toEqual(["inn", "slug", "website"]);
  });

  it("keeps a region's settings: the cap and the forms its schools may use", async () => {
    const { region } = await createSchool();
    const [a, b] = [await createForm(), await createForm()];
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    await saveRegionSettings(coordinator.principal, { regionId: region.id, maxMenteesPerMentor: "4", disabledFormIds: [b.id] });
    expect((await db.region.findUniqueOrThrow({ where: { id: region.id } })).maxMenteesPerMentor).toBe(4);
    expect(await db.regionForm.findUnique({ where: { regionId_formId: { regionId: region.id, formId: a.id } } })).toMatchObject({ isEnabled: true });
    expect(await db.regionForm.findUnique({ where: { regionId_formId: { regionId: region.id, formId: b.id } } })).toMatchObject({ isEnabled: false });
    const other = await createSchool();
    await expect(saveRegionSettings(coordinator.principal, { regionId: other.region.id, maxMenteesPerMentor: "5", disabledFormIds: [] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets the admin add regions and academic years, with one current year", async () => {
    const admin = await createUserWithRole("ADMIN", {});
    const created = await saveRegion(admin.principal, { code: unique("99"), name: unique("Республика"), maxMenteesPerMentor: "3" });
    expect(await db.region.findUnique({ where: { id: created.id } })).toBeTruthy();
    await saveAcademicYear(admin.principal, { startsOn: "2031-09-01", endsOn: "2032-08-31", isCurrent: true });
    await saveAcademicYear(admin.principal, { startsOn: "2032-09-01", endsOn: "2033-08-31", isCurrent: true });
    expect((await db.academicYear.findMany({ where: { isCurrent: true } })).map((y) => y.title)).toEqual(["2032–2033"]);
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: created.id });
    await expect(saveAcademicYear(coordinator.principal, { startsOn: "2033-09-01", endsOn: "2034-08-31", isCurrent: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveRegion(coordinator.principal, { code: unique("98"), name: unique("Край"), maxMenteesPerMentor: "3" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
