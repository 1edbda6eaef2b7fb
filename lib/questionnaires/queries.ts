/**
 * Scoped reads of questionnaires for the pages: the list of a unit, a template with its versions
 * for the builder, what the settings form offers, the respondent's form with their draft.
 */
import "server-only";
import { db } from "@/lib/db";
import { roleMay, scopeWhere, type Principal } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toFormValues, type FormValues } from "./answers";
import { findAssignmentOrThrow, type Assignment } from "./audience";
import { readDefinition, type Definition } from "./definition";
import { mayEditTemplate, type QuestionnaireUnit } from "./owner";

/** The questionnaires that concern a unit: its own and those of its units above (the platform's for all). */
export function templatesOfUnit(unit: QuestionnaireUnit): Prisma.QuestionnaireTemplateWhereInput {
  switch (unit.level) {
    case "PLATFORM":
      return {};
    case "REGION":
      return { OR: [{ level: "PLATFORM" }, { regionId: unit.regionId }] };
    case "MUNICIPALITY":
      return { OR: [{ level: "PLATFORM" }, { level: "REGION", regionId: unit.regionId }, { municipalityId: unit.municipalityId }] };
    case "SCHOOL":
      return {
        OR: [{ level: "PLATFORM" }, { level: "REGION", regionId: unit.regionId }, { level: "MUNICIPALITY", municipalityId: unit.municipalityId }, { schoolId: unit.schoolId }],
      };
  }
}

/** The answers of a unit: all of the platform, or those given in the region, municipality or school. */
export function responsesOfUnit(unit: QuestionnaireUnit): Prisma.QuestionnaireResponseWhereInput {
  switch (unit.level) {
    case "PLATFORM":
      return {};
    case "REGION":
      return { regionId: unit.regionId };
    case "MUNICIPALITY":
      return { municipalityId: unit.municipalityId };
    case "SCHOOL":
      return { schoolId: unit.schoolId };
  }
}

/** Staff who keep questionnaires see their results; respondents see only their own answers. */
export function mayViewResults(principal: Principal): boolean {
  return roleMay(principal.active.role, "update", "questionnaire") && roleMay(principal.active.role, "list", "response");
}

export type TemplateListItem = Awaited<ReturnType<typeof listTemplates>>[number];

export async function listTemplates(principal: Principal, unit: QuestionnaireUnit) {
  if (!roleMay(principal.active.role, "list", "questionnaire") || !mayViewResults(principal)) return [];
  const templates = await db.questionnaireTemplate.findMany({
    where: { AND: [scopeWhere(principal, "questionnaire"), templatesOfUnit(unit)] },
    orderBy: [{ level: "asc" }, { updatedAt: "desc" }],
    include: {
      region: { select: { name: true } },
      municipality: { select: { name: true } },
      versions: { where: { status: { in: ["PUBLISHED", "DRAFT"] } }, select: { status: true, versionNo: true, publishedAt: true } },
    },
  });
  const counts = templates.length
    ? await db.questionnaireResponse.groupBy({
        by: ["versionId"],
        where: { AND: [scopeWhere(principal, "response"), responsesOfUnit(unit), { version: { templateId: { in: templates.map((t) => t.id) } } }] },
        _count: { _all: true },
      })
    : [];
  const versionTemplate = new Map(
    (await db.questionnaireVersion.findMany({ where: { id: { in: counts.map((c) => c.versionId) } }, select: { id: true, templateId: true } })).map((v) => [v.id, v.templateId]),
  );
  const answersOf = new Map<string, number>();
  for (const c of counts) {
    const templateId = versionTemplate.get(c.versionId)!;
    answersOf.set(templateId, (answersOf.get(templateId) ?? 0) + c._count._all);
  }
  return templates.map((t) => ({
    id: t.id,
    title: t.title,
    kind: t.kind,
    level: t.level,
    unitName: t.level === "PLATFORM" ? null : t.level === "REGION" ? t.region?.name ?? null : t.municipality?.name ?? null,
    schoolId: t.schoolId,
    isAnonymous: t.isAnonymous,
    audience: t.audience,
    opensOn: t.opensOn,
    closesOn: t.closesOn,
    stage: t.stage,
    published: t.versions.find((v) => v.status === "PUBLISHED") ?? null,
    draft: t.versions.find((v) => v.status === "DRAFT") ?? null,
    answers: answersOf.get(t.id) ?? 0,
    editable: mayEditTemplate(principal, t),
  }));
}

/** A template with its versions for the builder and its settings; null when it is not visible. */
export async function getTemplate(principal: Principal, templateId: string) {
  if (!roleMay(principal.active.role, "read", "questionnaire") || !mayViewResults(principal)) return null;
  const template = await db.questionnaireTemplate.findFirst({
    where: { AND: [{ id: templateId }, scopeWhere(principal, "questionnaire")] },
    include: { versions: { orderBy: { versionNo: "desc" } }, region: { select: { name: true } }, municipality: { select: { name: true } } },
  });
  if (!template) return null;
  const answered = await db.questionnaireResponse.groupBy({ by: ["versionId"], where: { AND: [scopeWhere(principal, "response"), { version: { templateId } }] }, _count: { _all: true } });
  const published = template.versions.find((v) => v.status === "PUBLISHED") ?? null;
  const draft = template.versions.find((v) => v.status === "DRAFT") ?? null;
  const schoolName = template.schoolId ? (await db.school.findUnique({ where: { id: template.schoolId }, select: { shortName: true } }))?.shortName ?? null : null;
  return {
    ...template,
    schoolName,
    editable: mayEditTemplate(principal, template),
    published: published ? { ...published, definition: readDefinition(published.definition) } : null,
    draft: draft ? { ...draft, definition: readDefinition(draft.definition) } : null,
    /** What the builder edits: the draft, or a copy of the published questions that becomes the next version. */
    editing: readDefinition((draft ?? published)?.definition ?? null) satisfies Definition,
    history: template.versions.map((v) => ({
      id: v.id,
      versionNo: v.versionNo,
      status: v.status,
      publishedAt: v.publishedAt,
      createdAt: v.createdAt,
      answers: answered.find((a) => a.versionId === v.id)?._count._all ?? 0,
    })),
  };
}
export type TemplateDetail = NonNullable<Awaited<ReturnType<typeof getTemplate>>>;

/** What the settings form offers: the active forms of mentoring; for the admin, the regions. */
export async function getSettingsOptions(principal: Principal) {
  const [forms, regions] = await Promise.all([
    db.mentoringForm.findMany({ where: scopeWhere(principal, "mentoringForm"), orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, isActive: true } }),
    principal.active.role === "ADMIN" ? db.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }) : Promise.resolve([]),
  ]);
  return { forms, regions };
}

/** Questionnaires a new one may be copied from: the visible ones that have questions. */
export async function listCopySources(principal: Principal) {
  if (!mayViewResults(principal)) return [];
  const templates = await db.questionnaireTemplate.findMany({
    where: { AND: [scopeWhere(principal, "questionnaire"), { versions: { some: { status: { in: ["PUBLISHED", "DRAFT"] } } } }] },
    orderBy: [{ level: "asc" }, { title: "asc" }],
    select: { id: true, title: true, level: true },
  });
  return templates;
}

export type FillPage = {
  assignment: Assignment;
  values: FormValues;
  submissionVersion: number | null;
  draftSavedAt: Date | null;
  /** The draft was begun on an earlier version: its answers were carried over by question. */
  carriedOver: boolean;
};

/** The respondent's form: the published version and their draft at the current stage. */
export async function getFillPage(principal: Principal, templateId: string): Promise<FillPage | null> {
  const assignment = await findAssignmentOrThrow(principal, templateId).catch(() => null);
  if (!assignment) return null;
  const submission = await db.questionnaireSubmission.findFirst({
    where: { AND: [scopeWhere(principal, "submission"), { templateId, stage: assignment.template.stage }] },
  });
  const draft = submission && !submission.submittedAt && submission.draft && typeof submission.draft === "object" ? (submission.draft as Record<string, unknown>) : null;
  return {
    assignment,
    values: toFormValues(assignment.definition, draft),
    submissionVersion: submission?.version ?? null,
    draftSavedAt: submission && !submission.submittedAt ? submission.updatedAt : null,
    carriedOver: Boolean(submission && !submission.submittedAt && submission.versionId !== assignment.version.id),
  };
}
