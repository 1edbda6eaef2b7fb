/**
 * Plan templates: the platform's (kept by the admin) and each region's (kept by its coordinator),
 * per mentoring form or for any form. Reads for the template pages and writes, each with its
 * audit event. Plans made from a template copy its items: changing a template never changes a plan.
 */
import "server-only";
import { db } from "@/lib/db";
import { assertCan, can, roleMay, scopeWhere, type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { TEMPLATE_MESSAGES, ZDeletePlanTemplate, ZSavePlanTemplate } from "./template-schemas";
import { fail, parseInput } from "@/lib/validation";

export type TemplatesContext = { ip?: string | null };

/** Templates of one level: the platform's (`regionId: null`) or a region's. */
export async function listPlanTemplates(principal: Principal, regionId: string | null) {
  if (!roleMay(principal.active.role, "list", "planTemplate")) return [];
  const templates = await db.planTemplate.findMany({
    where: { AND: [scopeWhere(principal, "planTemplate"), { regionId }] },
    orderBy: [{ isActive: "desc" }, { title: "asc" }],
    include: { form: { select: { name: true } }, _count: { select: { items: true } } },
  });
  return templates.map((template) => ({ ...template, mayEdit: can(principal, "update", "planTemplate", template) }));
}

/** Regions with their own templates (for the admin's overview). */
export async function listRegionTemplateCounts(principal: Principal) {
  if (!roleMay(principal.active.role, "list", "planTemplate")) return [];
  const rows = await db.planTemplate.groupBy({ by: ["regionId"], where: { AND: [scopeWhere(principal, "planTemplate"), { regionId: { not: null } }] }, _count: { _all: true } });
  const regions = await db.region.findMany({ where: { AND: [scopeWhere(principal, "region"), { id: { in: rows.map((r) => r.regionId!) } }] }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return regions.map((region) => ({ ...region, templates: rows.find((r) => r.regionId === region.id)?._count._all ?? 0 }));
}

export async function getPlanTemplate(principal: Principal, templateId: string) {
  const template = await db.planTemplate.findFirst({
    where: { AND: [{ id: templateId }, scopeWhere(principal, "planTemplate")] },
    include: { items: { orderBy: { position: "asc" } }, region: { select: { id: true, name: true } }, form: { select: { name: true } } },
  });
  if (!template || !roleMay(principal.active.role, "read", "planTemplate")) return null;
  return { ...template, mayEdit: can(principal, "update", "planTemplate", template), mayDelete: can(principal, "delete", "planTemplate", template) };
}

/** May the principal create a template at this level (a region's, or the platform's for null)? */
export async function mayCreateTemplate(principal: Principal, regionId: string | null): Promise<boolean> {
  return regionId ? mayCreateUnder(principal, "planTemplate", regionId) : can(principal, "create", "planTemplate", { regionId: null });
}

/** The active forms of the catalog, for the template's form select. */
export function listFormsForTemplates() {
  return db.mentoringForm.findMany({ where: { isActive: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

export async function savePlanTemplate(principal: Principal, raw: unknown, context: TemplatesContext = {}) {
  const input = parseInput(ZSavePlanTemplate, raw);
  // Access first: what the form says about the catalog is checked only for those who may save.
  const found = input.templateId ? await findAccessibleOrThrow(principal, "update", "planTemplate", input.templateId) : null;
  if (found) assertCan(principal, "update", "planTemplate", found);
  else if (!(await mayCreateTemplate(principal, input.regionId || null))) throw new NotFoundError();
  const formId = input.formId || null;
  if (formId && !(await db.mentoringForm.findUnique({ where: { id: formId }, select: { id: true } }))) fail({ formId: [TEMPLATE_MESSAGES.noForm] });
  const fields = { title: input.title, kind: input.kind, formId, isActive: input.isActive };
  const items = input.items.map((item, index) => ({
    position: index + 1,
    goal: item.goal,
    direction: item.direction,
    difficulty: item.difficulty || null,
    activity: item.activity || null,
    expectedProduct: item.expectedProduct || null,
    dueOffsetDays: item.dueOffsetDays ? Number(item.dueOffsetDays) : null,
  }));

  if (!found) {
    const regionId = input.regionId || null;
    return db.$transaction(async (tx) => {
      const template = await tx.planTemplate.create({ data: { ...fields, regionId, items: { create: items } } });
      await recordAudit(tx, { principal, ip: context.ip }, { action: "planTemplate.create", entity: "PlanTemplate", entityId: template.id, scope: { regionId }, after: { ...fields, regionId, items } });
      return { id: template.id, regionId };
    });
  }

  return db.$transaction(async (tx) => {
    const before = await tx.planTemplate.findUniqueOrThrow({ where: { id: found.id }, include: { items: { orderBy: { position: "asc" } } } });
    const seen = input.updatedAt ? new Date(input.updatedAt) : null;
    const updated = await tx.planTemplate.updateMany({ where: { id: before.id, ...(seen && !Number.isNaN(seen.getTime()) ? { updatedAt: seen } : {}) }, data: fields });
    if (updated.count !== 1 || !seen) throw new ConflictError(TEMPLATE_MESSAGES.conflict);
    await tx.planTemplateItem.deleteMany({ where: { templateId: before.id } });
    await tx.planTemplateItem.createMany({ data: items.map((item) => ({ ...item, templateId: before.id })) });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planTemplate.update",
      entity: "PlanTemplate",
      entityId: before.id,
      scope: { regionId: before.regionId },
      before: { title: before.title, kind: before.kind, formId: before.formId, isActive: before.isActive, items: before.items.map(templateItemFields) },
      after: { ...fields, items },
    });
    return { id: before.id, regionId: before.regionId };
  });
}

function templateItemFields(item: { position: number; goal: string; direction: string; difficulty: string | null; activity: string | null; expectedProduct: string | null; dueOffsetDays: number | null }) {
  const { position, goal, direction, difficulty, activity, expectedProduct, dueOffsetDays } = item;
  return { position, goal, direction, difficulty, activity, expectedProduct, dueOffsetDays };
}

export async function deletePlanTemplate(principal: Principal, raw: unknown, context: TemplatesContext = {}) {
  const input = parseInput(ZDeletePlanTemplate, raw);
  const found = await findAccessibleOrThrow(principal, "delete", "planTemplate", input.templateId);
  assertCan(principal, "delete", "planTemplate", found);
  return db.$transaction(async (tx) => {
    const template = await tx.planTemplate.findUniqueOrThrow({ where: { id: found.id } });
    // Only the version the user saw: a template someone has just changed is not deleted unseen.
    const seen = new Date(input.updatedAt);
    const deleted = Number.isNaN(seen.getTime()) ? { count: 0 } : await tx.planTemplate.deleteMany({ where: { id: template.id, updatedAt: seen } });
    if (deleted.count !== 1) throw new ConflictError(TEMPLATE_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planTemplate.delete",
      entity: "PlanTemplate",
      entityId: template.id,
      scope: { regionId: template.regionId },
      before: { title: template.title, kind: template.kind, formId: template.formId, isActive: template.isActive },
    });
    return { id: template.id, regionId: template.regionId };
  });
}
