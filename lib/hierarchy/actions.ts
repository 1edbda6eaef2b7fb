"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/action";
import { MAX_IMPORT_BYTES } from "@/lib/import/sheet";
import { importHierarchy } from "./import";
import { saveAcademicYear, saveMunicipality, saveOrganization, saveRegion, saveRegionSettings, saveSchool } from "./mutations";
import { ZRegionSettings, ZSaveAcademicYear, ZSaveMunicipality, ZSaveOrganization, ZSaveRegion, ZSaveSchool } from "./schemas";

const structurePath = (regionId: string) => `/region/${regionId}/structure`;

export const saveRegionAction = authedAction(ZSaveRegion, async (input, { principal, ip }) => {
  const result = await saveRegion(principal, input, { ip });
  revalidatePath("/admin", "layout");
  return result;
});

export const saveRegionSettingsAction = authedAction(ZRegionSettings, async (input, { principal, ip }) => {
  const result = await saveRegionSettings(principal, input, { ip });
  revalidatePath(structurePath(result.id));
  return result;
});

export const saveMunicipalityAction = authedAction(ZSaveMunicipality, async (input, { principal, ip }) => {
  const result = await saveMunicipality(principal, input, { ip });
  revalidatePath(structurePath(result.regionId));
  return result;
});

export const saveSchoolAction = authedAction(ZSaveSchool, async (input, { principal, ip }) => {
  const result = await saveSchool(principal, input, { ip });
  revalidatePath(structurePath(result.regionId), "layout");
  return result;
});

export const saveOrganizationAction = authedAction(ZSaveOrganization, async (input, { principal, ip }) => {
  const result = await saveOrganization(principal, input, { ip });
  revalidatePath(structurePath(result.regionId));
  return result;
});

export const saveAcademicYearAction = authedAction(ZSaveAcademicYear, async (input, { principal, ip }) => {
  const result = await saveAcademicYear(principal, input, { ip });
  revalidatePath("/", "layout");
  return result;
});

const ZHierarchyImport = z.object({
  regionId: z.string().trim().max(64),
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, "Файл больше 5 МБ: разделите его на несколько")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Файл повреждён: загрузите его ещё раз"),
});

/** regionId "" — the admin's import for the whole platform. */
export const importHierarchyAction = authedAction(ZHierarchyImport, async (input, { principal, ip }) => {
  const bytes = Buffer.from(input.contentBase64, "base64");
  const result = await importHierarchy(principal, { regionId: input.regionId || null, fileName: input.fileName, bytes }, { ip });
  revalidatePath("/", "layout");
  return { created: result.created, updated: result.updated, regions: result.regions, municipalities: result.municipalities };
});
