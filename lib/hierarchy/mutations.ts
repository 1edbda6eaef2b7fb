/**
 * Writes of the hierarchy: regions (the admin), municipalities, schools and partner organisations
 * (the admin, and a regional coordinator inside their region), a region's settings, academic years.
 * Each is one transaction with its audit event; duplicates of codes, names and addresses come back
 * as messages next to their fields. They take values parsed by the form's schema (./schemas.ts),
 * as the actions hand them over.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { rethrowUniqueAsField } from "@/lib/validation";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { toDate } from "@/lib/pairs/schemas";
import {
  HIERARCHY_MESSAGES,
  ZRegionSettings,
  ZSaveAcademicYear,
  ZSaveMunicipality,
  ZSaveOrganization,
  ZSaveRegion,
  ZSaveSchool,
} from "./schemas";
import type { z } from "zod";

type Context = { ip?: string | null };


export async function saveRegion(principal: Principal, input: z.output<typeof ZSaveRegion>, context: Context = {}) {
  const data = { code: input.code, name: input.name, maxMenteesPerMentor: input.maxMenteesPerMentor! };
  const existing = input.regionId ? await findAccessibleOrThrow(principal, "update", "region", input.regionId) : null;
  if (!existing && !(await mayCreateUnder(principal, "region", null))) throw new NotFoundError();
  // Only the platform's admin renames regions; a regional coordinator changes the settings (saveRegionSettings).
  if (existing && principal.active.role !== "ADMIN") throw new NotFoundError();
  try {
    return await db.$transaction(async (tx) => {
      const before = existing ? await tx.region.findUniqueOrThrow({ where: { id: existing.id } }) : null;
      const region = before ? await tx.region.update({ where: { id: before.id }, data }) : await tx.region.create({ data });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "region.update" : "region.create",
        entity: "Region",
        entityId: region.id,
        scope: { regionId: region.id },
        ...(before ? changedFields({ code: before.code, name: before.name, maxMenteesPerMentor: before.maxMenteesPerMentor }, data) : { after: data }),
      });
      return { id: region.id };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { code: ["code", HIERARCHY_MESSAGES.duplicateCode], name: ["name", HIERARCHY_MESSAGES.duplicateName] });
  }
}

/** The cap of mentees per mentor and the forms the region's schools may use. */
export async function saveRegionSettings(principal: Principal, input: z.output<typeof ZRegionSettings>, context: Context = {}) {
  const found = await findAccessibleOrThrow(principal, "update", "region", input.regionId);
  return db.$transaction(async (tx) => {
    const before = await tx.region.findUniqueOrThrow({ where: { id: found.id }, include: { formSettings: true } });
    const forms = await tx.mentoringForm.findMany({ select: { id: true } });
    const disabled = new Set(input.disabledFormIds.filter((id) => forms.some((f) => f.id === id)));
    await tx.region.update({ where: { id: before.id }, data: { maxMenteesPerMentor: input.maxMenteesPerMentor! } });
    for (const form of forms) {
      await tx.regionForm.upsert({
        where: { regionId_formId: { regionId: before.id, formId: form.id } },
        update: { isEnabled: !disabled.has(form.id) },
        create: { regionId: before.id, formId: form.id, isEnabled: !disabled.has(form.id) },
      });
    }
    const wasDisabled = before.formSettings.filter((s) => !s.isEnabled).map((s) => s.formId).sort();
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "region.settings",
      entity: "Region",
      entityId: before.id,
      scope: { regionId: before.id },
      before: { maxMenteesPerMentor: before.maxMenteesPerMentor, disabledFormIds: wasDisabled },
      after: { maxMenteesPerMentor: input.maxMenteesPerMentor, disabledFormIds: [...disabled].sort() },
    });
    return { id: before.id };
  });
}

export async function saveMunicipality(principal: Principal, input: z.output<typeof ZSaveMunicipality>, context: Context = {}) {
  const existing = input.municipalityId ? await findAccessibleOrThrow(principal, "update", "municipality", input.municipalityId) : null;
  if (!existing && !(await mayCreateUnder(principal, "municipality", input.regionId))) throw new NotFoundError();
  const data = { code: input.code, name: input.name };
  try {
    return await db.$transaction(async (tx) => {
      const before = existing ? await tx.municipality.findUniqueOrThrow({ where: { id: existing.id } }) : null;
      const municipality = before
        ? await tx.municipality.update({ where: { id: before.id }, data })
        : await tx.municipality.create({ data: { ...data, regionId: input.regionId } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "municipality.update" : "municipality.create",
        entity: "Municipality",
        entityId: municipality.id,
        scope: { regionId: municipality.regionId, municipalityId: municipality.id },
        ...(before ? changedFields({ code: before.code, name: before.name }, data) : { after: data }),
      });
      return { id: municipality.id, regionId: municipality.regionId };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { code: ["code", HIERARCHY_MESSAGES.duplicateCode], name: ["name", HIERARCHY_MESSAGES.duplicateName] });
  }
}

const SCHOOL_UNIQUE = {
  code: ["code", HIERARCHY_MESSAGES.duplicateCode],
  slug: ["slug", HIERARCHY_MESSAGES.duplicateSlug],
  inn: ["inn", HIERARCHY_MESSAGES.duplicateInn],
} as Record<string, [string, string]>;

export async function saveSchool(principal: Principal, input: z.output<typeof ZSaveSchool>, context: Context = {}) {
  const existing = input.schoolId ? await findAccessibleOrThrow(principal, "update", "school", input.schoolId) : null;
  // A school moves only between municipalities the user may create schools in.
  if (!(await mayCreateUnder(principal, "school", input.municipalityId))) throw new NotFoundError();
  const data = {
    code: input.code,
    slug: input.slug,
    name: input.name,
    shortName: input.shortName,
    type: input.type,
    inn: input.inn,
    website: input.website,
    inRollout: input.inRollout,
    maxMenteesPerMentor: input.maxMenteesPerMentor,
  };
  try {
    return await db.$transaction(async (tx) => {
      const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: input.municipalityId } });
      const before = existing ? await tx.school.findUniqueOrThrow({ where: { id: existing.id } }) : null;
      if (before && before.regionId !== municipality.regionId) throw new ValidationError({ municipalityId: ["Школу нельзя перенести в другой регион."] });
      const placed = { ...data, municipalityId: municipality.id, regionId: municipality.regionId };
      const school = before ? await tx.school.update({ where: { id: before.id }, data: placed }) : await tx.school.create({ data: placed });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "school.update" : "school.create",
        entity: "School",
        entityId: school.id,
        scope: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id },
        ...(before ? changedFields(before as unknown as Record<string, unknown>, placed) : { after: placed }),
      });
      return { id: school.id, regionId: school.regionId };
    });
  } catch (error) {
    rethrowUniqueAsField(error, SCHOOL_UNIQUE);
  }
}

export async function saveOrganization(principal: Principal, input: z.output<typeof ZSaveOrganization>, context: Context = {}) {
  const existing = input.organizationId ? await findAccessibleOrThrow(principal, "update", "organization", input.organizationId) : null;
  if (!existing && !(await mayCreateUnder(principal, "organization", input.regionId))) throw new NotFoundError();
  const data = { kind: input.kind, code: input.code, name: input.name, website: input.website };
  try {
    return await db.$transaction(async (tx) => {
      const before = existing ? await tx.organization.findUniqueOrThrow({ where: { id: existing.id } }) : null;
      const organization = before
        ? await tx.organization.update({ where: { id: before.id }, data })
        : await tx.organization.create({ data: { ...data, regionId: input.regionId } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: before ? "organization.update" : "organization.create",
        entity: "Organization",
        entityId: organization.id,
        scope: { regionId: organization.regionId },
        ...(before ? changedFields(before as unknown as Record<string, unknown>, data) : { after: data }),
      });
      return { id: organization.id, regionId: organization.regionId };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { code: ["code", HIERARCHY_MESSAGES.duplicateCode] });
  }
}

/** An academic year «2026–2027» from its dates; the current one is unique (a partial index says so too). */
export async function saveAcademicYear(principal: Principal, input: z.output<typeof ZSaveAcademicYear>, context: Context = {}) {
  if (!(await mayCreateUnder(principal, "academicYear", null))) throw new NotFoundError();
  const startsOn = toDate(input.startsOn);
  const endsOn = toDate(input.endsOn);
  const title = `${startsOn.getUTCFullYear()}–${endsOn.getUTCFullYear()}`;
  try {
    return await db.$transaction(async (tx) => {
      if (input.isCurrent) await tx.academicYear.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
      const year = await tx.academicYear.upsert({
        where: { title },
        update: { startsOn, endsOn, isCurrent: input.isCurrent },
        create: { title, startsOn, endsOn, isCurrent: input.isCurrent },
      });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "academicYear.save",
        entity: "AcademicYear",
        entityId: year.id,
        after: { title, startsOn: input.startsOn, endsOn: input.endsOn, isCurrent: input.isCurrent },
      });
      return { id: year.id, title };
    });
  } catch (error) {
    rethrowUniqueAsField(error, { title: ["startsOn", HIERARCHY_MESSAGES.yearExists] });
  }
}
