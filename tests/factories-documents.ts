/**
 * A school ready for required documents: the year, the school's curator, its municipal curator
 * and regional coordinator, and a platform requirement; plus a real PDF to upload.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tinyPdf } from "@/prisma/seed/files";
import { createSchool, unique } from "./factories";
import { ensureAcademicYear } from "./factories-pairs";
import { createUserWithRole, scopeOfSchool } from "./factories-users";

/** A one-page PDF as a browser would send it. */
export function pdfFile(name = "Приказ о назначении куратора.pdf", text = "Nastavnik test document") {
  return new File([Buffer.from(tinyPdf([text]))], name, { type: "application/pdf" });
}

export async function createRequirement(data: Partial<Prisma.DocumentRequirementUncheckedCreateInput> = {}) {
  return db.documentRequirement.create({
    data: { level: "PLATFORM", code: unique("REQ").replaceAll("-", "_").toUpperCase(), title: "Приказ о назначении куратора", period: "PER_YEAR", ...data },
  });
}

export async function createDocumentsWorld() {
  const year = await db.academicYear.findUniqueOrThrow({ where: { id: (await ensureAcademicYear()).id } });
  const { region, municipality, school } = await createSchool();
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school), { fullName: "Лебедева Татьяна Викторовна" });
  const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id }, { fullName: "Романова Ирина Сергеевна" });
  const regional = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
  const requirement = await createRequirement();
  return { year, region, municipality, school, curator, municipal, regional, requirement };
}
export type DocumentsWorld = Awaited<ReturnType<typeof createDocumentsWorld>>;

/** The upload input for the world's school (override what the test is about). */
export function uploadInput(world: Pick<DocumentsWorld, "school" | "year" | "requirement">, overrides: Partial<{ requirementId: string; documentVersion: number; number: string; issuedOn: string; file: File; schoolId: string }> = {}) {
  return {
    schoolId: overrides.schoolId ?? world.school.id,
    requirementId: overrides.requirementId ?? world.requirement.id,
    academicYearId: world.year.id,
    documentVersion: overrides.documentVersion ?? 0,
    number: overrides.number ?? "№ 152-о",
    issuedOn: overrides.issuedOn ?? "2026-08-31",
    file: overrides.file ?? pdfFile(),
  };
}
