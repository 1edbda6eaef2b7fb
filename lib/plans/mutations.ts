/**
 * Writes of development plans and their items. Each is one transaction with its audit event; the
 * scoping ids come from the pair or the plan, never from the form. Items carry a version: a save
 * made on an older version changes nothing and gets a ConflictError.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { assertCan, type Principal } from "@/lib/access";
import { findAccessibleOrThrow, mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { storeUpload } from "@/lib/files/store";
import type { FileKind } from "@/lib/files/inspect";
import { toDate } from "@/lib/pairs/schemas";
import { addDays, todayDate } from "./dates";
import { diagnosticSuggestions, templatesForPair } from "./queries";
import { commentAuthorRole } from "./rules";
import {
  PLAN_MESSAGES,
  ZAddComment,
  ZAddItemsFrom,
  ZAddPlanItem,
  ZCreatePlan,
  ZDeletePlanItem,
  ZSetPlanItemStatus,
  ZUpdatePlan,
  ZUpdatePlanItemInput,
  type TPlanItemFields,
} from "./schemas";
import { fail, isUniqueViolation, parseInput } from "@/lib/validation";
import { scopeOf } from "./tenant";

export type PlansContext = { ip?: string | null };

/** What may be attached as evidence: documents and pictures. */
export const EVIDENCE_KINDS: readonly FileKind[] = ["pdf", "docx", "odt", "doc", "jpeg", "png"];

type Tx = Prisma.TransactionClient;
type NewItem = Omit<Prisma.PlanItemCreateManyInput, "regionId" | "municipalityId" | "schoolId" | "planId" | "position">;

/** The day an item was done: kept while it stays done, today when it becomes done, none otherwise. */
function completedOnFor(status: PlanItemStatus, previous: { status: PlanItemStatus; completedOn: Date | null } | null): Date | null {
  if (status !== "DONE") return null;
  return previous?.status === "DONE" && previous.completedOn ? previous.completedOn : todayDate();
}

/** Form values as columns: empty texts are null, dates are calendar dates. */
function normalised(input: TPlanItemFields) {
  return {
    goal: input.goal.trim(),
    direction: input.direction,
    difficulty: input.difficulty?.trim() || null,
    activity: input.activity?.trim() || null,
    expectedProduct: input.expectedProduct?.trim() || null,
    dueOn: input.dueOn ? toDate(input.dueOn) : null,
    evidenceUrl: input.evidenceUrl?.trim() || null,
  };
}

async function nextPosition(tx: Tx, planId: string): Promise<number> {
  const last = await tx.planItem.aggregate({ where: { planId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

/** Items from a template or from picked diagnostic suggestions; due dates count from the plan's start. */
async function itemsFromSource(
  principal: Principal,
  source: { source: "EMPTY" | "TEMPLATE" | "DIAGNOSTIC"; templateId?: string; suggestionKeys: string[] },
  pair: { formId: string; regionId: string },
  plan: { menteeId: string; startsOn: Date; endsOn: Date },
): Promise<NewItem[]> {
  if (source.source === "TEMPLATE") {
    const template = (await templatesForPair(principal, pair)).find((t) => t.id === source.templateId);
    if (!template) fail({ templateId: [PLAN_MESSAGES.templateUnavailable] });
    return template.items.map((item) => {
      const due = item.dueOffsetDays === null ? null : addDays(plan.startsOn, item.dueOffsetDays);
      return {
        goal: item.goal,
        direction: item.direction,
        difficulty: item.difficulty,
        activity: item.activity,
        expectedProduct: item.expectedProduct,
        dueOn: due && due > plan.endsOn ? plan.endsOn : due,
      };
    });
  }
  if (source.source === "DIAGNOSTIC") {
    // The suggestions are computed again from the answers; the client only says which ones.
    const diagnostic = await diagnosticSuggestions(principal, plan.menteeId);
    if (!diagnostic) fail({ suggestionKeys: [PLAN_MESSAGES.noDiagnostic] });
    const picked = diagnostic.suggestions.filter((s) => source.suggestionKeys.includes(s.key));
    if (picked.length !== new Set(source.suggestionKeys).size) fail({ suggestionKeys: [PLAN_MESSAGES.suggestionsGone] });
    return picked.map((s) => ({ goal: s.goal, direction: s.direction, difficulty: s.difficulty, activity: s.activity, expectedProduct: s.expectedProduct, dueOn: null }));
  }
  return [];
}

export async function createPlan(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZCreatePlan, raw);
  if (!(await mayCreateUnder(principal, "plan", input.pairId))) throw new NotFoundError();
  const pair = await db.mentoringPair.findUniqueOrThrow({
    where: { id: input.pairId },
    include: { mentees: { where: { menteeId: input.menteeId, leftOn: null } }, plans: { where: { menteeId: input.menteeId }, select: { id: true } } },
  });
  if (pair.mentees.length === 0) fail({ menteeId: [PLAN_MESSAGES.notMentee] });
  if (pair.plans.length > 0) fail({ menteeId: [PLAN_MESSAGES.alreadyHasPlan] });
  if (pair.status !== "ACTIVE") fail({ _form: [PLAN_MESSAGES.pairNotActive] });
  const startsOn = toDate(input.startsOn);
  const endsOn = toDate(input.endsOn);
  if (startsOn < pair.startsOn) fail({ startsOn: [PLAN_MESSAGES.startsBeforePair] });
  const items = await itemsFromSource(principal, input, pair, { menteeId: input.menteeId, startsOn, endsOn });
  const scope = scopeOf(pair);
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.developmentPlan.create({
        data: { ...scope, pairId: pair.id, menteeId: input.menteeId, kind: input.kind, title: input.title, startsOn, endsOn },
      });
      await tx.planItem.createMany({ data: items.map((item, index) => ({ ...item, ...scope, planId: plan.id, position: index + 1 })) });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "plan.create",
        entity: "DevelopmentPlan",
        entityId: plan.id,
        scope,
        after: { pairId: pair.id, menteeId: input.menteeId, kind: input.kind, title: input.title, startsOn: input.startsOn, endsOn: input.endsOn, source: input.source, templateId: input.source === "TEMPLATE" ? input.templateId : null, items: items.length },
      });
      return { id: plan.id, schoolId: pair.schoolId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) fail({ menteeId: [PLAN_MESSAGES.alreadyHasPlan] });
    throw error;
  }
}

/** The plan, if the principal may change its content (items' goals, dates, evidence; its title). */
async function planForEdit(principal: Principal, planId: string) {
  const found = await findAccessibleOrThrow(principal, "update", "plan", planId);
  assertCan(principal, "update", "plan", found);
  return db.developmentPlan.findUniqueOrThrow({ where: { id: found.id } });
}

export async function updatePlan(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZUpdatePlan, raw);
  const plan = await planForEdit(principal, input.planId);
  if (plan.version !== input.version) throw new ConflictError(PLAN_MESSAGES.planConflict);
  const data = { kind: input.kind, title: input.title, startsOn: toDate(input.startsOn), endsOn: toDate(input.endsOn) };
  return db.$transaction(async (tx) => {
    const updated = await tx.developmentPlan.updateMany({ where: { id: plan.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(PLAN_MESSAGES.planConflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "plan.update",
      entity: "DevelopmentPlan",
      entityId: plan.id,
      scope: scopeOf(plan),
      ...changedFields(plan as unknown as Record<string, unknown>, data),
    });
    return { id: plan.id, version: plan.version + 1 };
  });
}

export async function addPlanItem(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZAddPlanItem, raw);
  if (!(await mayCreateUnder(principal, "planItem", input.planId))) throw new NotFoundError();
  const plan = await planForEdit(principal, input.planId);
  const scope = scopeOf(plan);
  const data = { ...normalised(input), status: input.status, completedOn: completedOnFor(input.status, null) };
  return db.$transaction(async (tx) => {
    const item = await tx.planItem.create({ data: { ...data, ...scope, planId: plan.id, position: await nextPosition(tx, plan.id) } });
    await recordAudit(tx, { principal, ip: context.ip }, { action: "planItem.create", entity: "PlanItem", entityId: item.id, scope, after: { planId: plan.id, ...data } });
    return { id: item.id, planId: plan.id };
  });
}

/** Adds items from a template or from the mentee's diagnostic to an existing plan. */
export async function addItemsFrom(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZAddItemsFrom, raw);
  if (!(await mayCreateUnder(principal, "planItem", input.planId))) throw new NotFoundError();
  const plan = await planForEdit(principal, input.planId);
  const pair = await db.mentoringPair.findUniqueOrThrow({ where: { id: plan.pairId }, select: { formId: true, regionId: true } });
  const items = await itemsFromSource(principal, input, pair, plan);
  const scope = scopeOf(plan);
  return db.$transaction(async (tx) => {
    const first = await nextPosition(tx, plan.id);
    await tx.planItem.createMany({ data: items.map((item, index) => ({ ...item, ...scope, planId: plan.id, position: first + index })) });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planItem.create_many",
      entity: "DevelopmentPlan",
      entityId: plan.id,
      scope,
      after: { source: input.source, templateId: input.source === "TEMPLATE" ? input.templateId : null, goals: items.map((item) => item.goal) },
    });
    return { planId: plan.id, added: items.length };
  });
}

/** The item, if the principal may take `action` on it (and, for content edits, update its plan). */
async function itemFor(principal: Principal, action: "update" | "delete" | "comment", itemId: string, content: boolean) {
  const found = await findAccessibleOrThrow(principal, action, "planItem", itemId);
  assertCan(principal, action, "planItem", found);
  const item = await db.planItem.findUniqueOrThrow({ where: { id: found.id } });
  if (content) await planForEdit(principal, item.planId);
  return item;
}

export async function updatePlanItem(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZUpdatePlanItemInput, raw);
  const item = await itemFor(principal, "update", input.itemId, true);
  if (item.version !== input.version) throw new ConflictError(PLAN_MESSAGES.conflict);
  const scope = scopeOf(item);
  const data = { ...normalised(input), status: input.status, completedOn: completedOnFor(input.status, item) };

  const write = async (tx: Tx, evidenceFileId: string | null | undefined) => {
    const changes = evidenceFileId === undefined ? data : { ...data, evidenceFileId };
    const updated = await tx.planItem.updateMany({ where: { id: item.id, version: input.version }, data: { ...changes, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(PLAN_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planItem.update",
      entity: "PlanItem",
      entityId: item.id,
      scope,
      ...changedFields(item as unknown as Record<string, unknown>, changes),
    });
    return { id: item.id, planId: item.planId, version: input.version + 1 };
  };

  if (input.evidenceFile) {
    return storeUpload(
      { file: input.evidenceFile, scope, uploadedById: principal.userId, allowed: EVIDENCE_KINDS, field: "evidenceFile" },
      (tx, file) => write(tx, file.id),
    );
  }
  return db.$transaction((tx) => write(tx, input.removeEvidenceFile ? null : undefined));
}

/** Marks progress: the status only (the mentee's "I have done it", the mentor's quick change). */
export async function setPlanItemStatus(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZSetPlanItemStatus, raw);
  const item = await itemFor(principal, "update", input.itemId, false);
  const data = { status: input.status, completedOn: completedOnFor(input.status, item) };
  return db.$transaction(async (tx) => {
    const updated = await tx.planItem.updateMany({ where: { id: item.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(PLAN_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planItem.status",
      entity: "PlanItem",
      entityId: item.id,
      scope: scopeOf(item),
      ...changedFields(item as unknown as Record<string, unknown>, data),
    });
    return { id: item.id, planId: item.planId, version: input.version + 1 };
  });
}

export async function deletePlanItem(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZDeletePlanItem, raw);
  const item = await itemFor(principal, "delete", input.itemId, true);
  return db.$transaction(async (tx) => {
    const deleted = await tx.planItem.deleteMany({ where: { id: item.id, version: input.version } });
    if (deleted.count !== 1) throw new ConflictError(PLAN_MESSAGES.conflict);
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: "planItem.delete",
      entity: "PlanItem",
      entityId: item.id,
      scope: scopeOf(item),
      before: { planId: item.planId, goal: item.goal, status: item.status, dueOn: item.dueOn },
    });
    return { planId: item.planId };
  });
}

export async function addComment(principal: Principal, raw: unknown, context: PlansContext = {}) {
  const input = parseInput(ZAddComment, raw);
  const item = await itemFor(principal, "comment", input.itemId, false);
  const authorRole = commentAuthorRole(principal);
  if (input.isReflection && authorRole !== "MENTEE") {
    // For a mentee without an account (often a pupil), whoever keeps the plan writes their reflection down.
    const plan = await db.developmentPlan.findUniqueOrThrow({ where: { id: item.planId }, include: { mentee: { select: { userId: true } } } });
    if (plan.mentee.userId) fail({ body: [PLAN_MESSAGES.reflectionByMentee] });
    await planForEdit(principal, plan.id);
  }
  const scope = scopeOf(item);
  return db.$transaction(async (tx) => {
    const comment = await tx.planItemComment.create({
      data: { ...scope, itemId: item.id, authorUserId: principal.userId, authorRole, isReflection: input.isReflection, body: input.body },
    });
    await recordAudit(tx, { principal, ip: context.ip }, {
      action: input.isReflection ? "planItem.reflect" : "planItem.comment",
      entity: "PlanItemComment",
      entityId: comment.id,
      scope,
      after: { itemId: item.id, authorRole, isReflection: input.isReflection, body: input.body },
    });
    return { id: comment.id, planId: item.planId };
  });
}
