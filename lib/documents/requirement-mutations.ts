/**
 * Writes of the requirements catalog: add or change a requirement (with an optional template
 * file), switch it off and on. The owner of a new requirement is the level of the principal's own
 * assignment; a change is allowed only on one's own level (can("update", record)), and is
 * conditioned on the updatedAt the form was opened with.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { readUpload, storeUpload, type UploadScope } from "@/lib/files/store";
import { toDate } from "@/lib/programs/schemas";
import { isUniqueViolation, parse, type DocumentsContext } from "./mutations";
import { mayCreateRequirement, ownerOfNewRequirement } from "./requirements";
import { DOCUMENT_MESSAGES, ZRequirementInput, ZSetRequirementActive, type TRequirementInput, type TSetRequirementActive } from "./schemas";
import { timingOf, type RequirementOwner } from "./status";

/** A template file is stored in the scope of the requirement's owner (none for the platform's). */
function templateScope(owner: RequirementOwner): UploadScope {
  return { regionId: owner.regionId, municipalityId: owner.municipalityId, schoolId: null };
}

export async function saveRequirement(principal: Principal, raw: TRequirementInput, context: DocumentsContext = {}) {
  const input = parse(ZRequirementInput, raw);
  const existing = input.requirementId ? await findAccessibleOrThrow(principal, "update", "documentRequirement", input.requirementId) : null;
  let owner: RequirementOwner;
  let before: Awaited<ReturnType<typeof db.documentRequirement.findUniqueOrThrow>> | null = null;
  if (existing) {
    assertCan(principal, "update", "documentRequirement", existing);
    before = await db.documentRequirement.findUniqueOrThrow({ where: { id: existing.id } });
    if (before.updatedAt.toISOString() !== input.loadedAt) throw new ConflictError(DOCUMENT_MESSAGES.requirementConflict);
    owner = { level: before.level, regionId: before.regionId, municipalityId: before.municipalityId };
  } else {
    owner = ownerOfNewRequirement(principal);
    if (!(await mayCreateRequirement(principal, owner))) throw new NotFoundError();
  }

  const timing = timingOf(input.period, input.academicYearId);
  const dueOn = toDate(input.dueOn || null);
  if (timing.academicYearId) {
    const year = await db.academicYear.findUnique({ where: { id: timing.academicYearId } });
    if (!year) throw new ValidationError({ academicYearId: [DOCUMENT_MESSAGES.yearRequired] }, DOCUMENT_MESSAGES.yearRequired);
    if (dueOn && (dueOn < year.startsOn || dueOn > year.endsOn)) throw new ValidationError({ dueOn: [DOCUMENT_MESSAGES.dueOutsideYear] }, DOCUMENT_MESSAGES.dueOutsideYear);
  }
  if (before && (before.period !== timing.period || before.academicYearId !== timing.academicYearId)) {
    if (await db.document.count({ where: { requirementId: before.id } })) throw new ValidationError({ period: [DOCUMENT_MESSAGES.periodLocked] }, DOCUMENT_MESSAGES.periodLocked);
  }

  const data = { code: input.code, title: input.title, description: input.description || null, ...timing, dueOn };
  const write = async (tx: Prisma.TransactionClient, templateFileId: string | undefined) => {
    const fields = templateFileId ? { ...data, templateFileId } : data;
    if (before) {
      const updated = await tx.documentRequirement.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data: fields });
      if (updated.count !== 1) throw new ConflictError(DOCUMENT_MESSAGES.requirementConflict);
      const diff = changedFields(before as unknown as Record<string, unknown>, fields);
      await recordAudit(tx, { principal, ip: context.ip }, { action: "documentRequirement.update", entity: "DocumentRequirement", entityId: before.id, scope: owner, ...diff });
      return { id: before.id };
    }
    const last = await tx.documentRequirement.aggregate({ where: { level: owner.level, regionId: owner.regionId, municipalityId: owner.municipalityId }, _max: { sortOrder: true } });
    const created = await tx.documentRequirement.create({
      data: { ...fields, ...owner, sortOrder: (last._max.sortOrder ?? 0) + 10, createdById: principal.userId },
    });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "documentRequirement.create", entity: "DocumentRequirement", entityId: created.id, scope: owner, after: { ...fields, level: owner.level } });
    return { id: created.id };
  };

  try {
    if (input.template) {
      return await storeUpload({ file: await readUpload(input.template), scope: templateScope(owner), uploadedById: principal.userId, field: "template" }, (tx, file) => write(tx, file.id));
    }
    return await db.$transaction((tx) => write(tx, undefined));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ code: [DOCUMENT_MESSAGES.codeTaken] }, DOCUMENT_MESSAGES.codeTaken);
    throw error;
  }
}

/** Switches a requirement off (schools no longer see it; its documents stay) or on again. */
export async function setRequirementActive(principal: Principal, raw: TSetRequirementActive, context: DocumentsContext = {}) {
  const input = parse(ZSetRequirementActive, raw);
  const found = await findAccessibleOrThrow(principal, "update", "documentRequirement", input.requirementId);
  assertCan(principal, "update", "documentRequirement", found);
  return db.$transaction(async (tx) => {
    const before = await tx.documentRequirement.findUniqueOrThrow({ where: { id: found.id } });
    await tx.documentRequirement.update({ where: { id: before.id }, data: { isActive: input.isActive } });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: input.isActive ? "documentRequirement.activate" : "documentRequirement.deactivate",
      entity: "DocumentRequirement",
      entityId: before.id,
      scope: { regionId: before.regionId, municipalityId: before.municipalityId },
      before: { isActive: before.isActive },
      after: { isActive: input.isActive },
    });
    return { id: before.id, isActive: input.isActive };
  });
}
