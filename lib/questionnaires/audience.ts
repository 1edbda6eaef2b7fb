/**
 * Who answers what: a questionnaire is assigned to a mentor, mentee or school curator when it is
 * published, its scope covers their school (the questionnaire scope of lib/access: the platform's,
 * their region's, municipality's and school's), their role is in its audience and — when it names
 * forms of mentoring — they mentor or are mentored in an active pair of one of those forms. It is
 * open between its dates (calendar days of the platform's time zone). One person answers it once
 * per stage (QuestionnaireSubmission's unique key).
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AudienceRole, QuestionnaireStage, Role } from "@/lib/generated/prisma/enums";
import { AppError, NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { todayDate } from "@/lib/plans/dates";
import { readDefinition, type Definition } from "./definition";

const AUDIENCE_OF_ROLE: Partial<Record<Role, AudienceRole>> = { MENTOR: "MENTOR", MENTEE: "MENTEE", SCHOOL_CURATOR: "CURATOR" };

export function audienceRoleOf(principal: Principal): AudienceRole | null {
  return AUDIENCE_OF_ROLE[principal.active.role] ?? null;
}

type Tx = Prisma.TransactionClient | typeof db;

/** The respondent's place: their school and, for mentors and mentees, their active pairs by form. */
export type Respondent = {
  role: AudienceRole;
  userId: string;
  school: { regionId: string; municipalityId: string; schoolId: string };
  participantIds: string[];
  pairs: Array<{ formId: string; pairId: string; participantId: string }>;
};

async function respondentOf(principal: Principal, client: Tx = db): Promise<Respondent | null> {
  const role = audienceRoleOf(principal);
  const schoolId = principal.active.schoolId;
  if (!role || !schoolId) return null;
  const school = await client.school.findUnique({ where: { id: schoolId }, select: { id: true, regionId: true, municipalityId: true } });
  if (!school) return null;
  const me = principal.participantIds;
  let pairs: Respondent["pairs"] = [];
  if (role === "MENTOR" && me.length) {
    const rows = await client.mentoringPair.findMany({ where: { schoolId, mentorId: { in: me }, status: "ACTIVE" }, orderBy: { startsOn: "asc" }, select: { id: true, formId: true, mentorId: true } });
    pairs = rows.map((row) => ({ formId: row.formId, pairId: row.id, participantId: row.mentorId }));
  } else if (role === "MENTEE" && me.length) {
    const rows = await client.pairMentee.findMany({ where: { schoolId, menteeId: { in: me }, pairStatus: "ACTIVE", leftOn: null }, orderBy: { joinedOn: "asc" }, select: { pairId: true, formId: true, menteeId: true } });
    pairs = rows.map((row) => ({ formId: row.formId, pairId: row.pairId, participantId: row.menteeId }));
  }
  return { role, userId: principal.userId, school: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id }, participantIds: me, pairs };
}

/** As whom (form, pair, participant) the respondent answers a questionnaire; null when it is not theirs. */
export function placeIn(template: { audience: AudienceRole[]; formIds: string[] }, respondent: Respondent): { formId: string | null; pairId: string | null; participantId: string | null } | null {
  if (!template.audience.includes(respondent.role)) return null;
  if (respondent.role === "CURATOR") return { formId: null, pairId: null, participantId: null };
  const pair = template.formIds.length ? respondent.pairs.find((p) => template.formIds.includes(p.formId)) : respondent.pairs[0];
  if (template.formIds.length && !pair) return null;
  return { formId: pair?.formId ?? null, pairId: pair?.pairId ?? null, participantId: pair?.participantId ?? respondent.participantIds[0] ?? null };
}

export type OpenState = "upcoming" | "open" | "closed";

export function openStateOf(template: { opensOn: Date | null; closesOn: Date | null }, today = todayDate()): OpenState {
  if (template.opensOn && template.opensOn > today) return "upcoming";
  if (template.closesOn && template.closesOn < today) return "closed";
  return "open";
}

const templateSelect = {
  id: true,
  level: true,
  regionId: true,
  municipalityId: true,
  schoolId: true,
  kind: true,
  title: true,
  description: true,
  isAnonymous: true,
  audience: true,
  formIds: true,
  opensOn: true,
  closesOn: true,
  stage: true,
  versions: { where: { status: "PUBLISHED" }, select: { id: true, versionNo: true, definition: true } },
} satisfies Prisma.QuestionnaireTemplateSelect;

type AssignedTemplate = Prisma.QuestionnaireTemplateGetPayload<{ select: typeof templateSelect }>;

function assignedWhere(principal: Principal, role: AudienceRole, templateIds?: string[]): Prisma.QuestionnaireTemplateWhereInput {
  return {
    AND: [
      scopeWhere(principal, "questionnaire"),
      { audience: { has: role }, versions: { some: { status: "PUBLISHED" } } },
      ...(templateIds ? [{ id: { in: templateIds } }] : []),
    ],
  };
}

/** Stages the respondent has answered, per questionnaire: from their submissions, and their named answers of before. */
async function answeredStages(respondent: Respondent, templateIds: string[], client: Tx = db): Promise<Map<string, Set<QuestionnaireStage>>> {
  const answered = new Map<string, Set<QuestionnaireStage>>();
  const add = (templateId: string, stage: QuestionnaireStage) => answered.set(templateId, (answered.get(templateId) ?? new Set()).add(stage));
  if (!templateIds.length) return answered;
  const [submissions, named] = await Promise.all([
    client.questionnaireSubmission.findMany({
      where: { templateId: { in: templateIds }, userId: respondent.userId, schoolId: respondent.school.schoolId, submittedAt: { not: null } },
      select: { templateId: true, stage: true },
    }),
    // Answers given before submissions were kept (or loaded as demo data) count too, when they carry a name.
    client.questionnaireResponse.findMany({
      where: {
        schoolId: respondent.school.schoolId,
        version: { templateId: { in: templateIds } },
        OR: [{ respondentUserId: respondent.userId }, ...(respondent.participantIds.length ? [{ respondentId: { in: respondent.participantIds } }] : [])],
      },
      select: { stage: true, version: { select: { templateId: true } } },
    }),
  ]);
  submissions.forEach((s) => add(s.templateId, s.stage));
  named.forEach((r) => add(r.version.templateId, r.stage));
  return answered;
}

export type AssignedQuestionnaire = {
  id: string;
  title: string;
  description: string | null;
  kind: AssignedTemplate["kind"];
  isAnonymous: boolean;
  opensOn: Date | null;
  closesOn: Date | null;
  stage: QuestionnaireStage;
  versionNo: number;
  questionCount: number;
  state: OpenState;
  /** What the respondent has done at the current stage. */
  progress: "answered" | "draft" | "none";
  draftSavedAt: Date | null;
};

/** The questionnaires assigned to the principal (mentor, mentee, school curator), each with its state. */
export async function listAssigned(principal: Principal): Promise<AssignedQuestionnaire[]> {
  const respondent = await respondentOf(principal);
  if (!respondent) return [];
  const templates = (await db.questionnaireTemplate.findMany({ where: assignedWhere(principal, respondent.role), select: templateSelect, orderBy: [{ closesOn: { sort: "asc", nulls: "last" } }, { title: "asc" }] })).filter(
    (t) => placeIn(t, respondent) !== null,
  );
  const ids = templates.map((t) => t.id);
  const [answered, drafts] = await Promise.all([
    answeredStages(respondent, ids),
    db.questionnaireSubmission.findMany({
      where: { AND: [scopeWhere(principal, "submission"), { templateId: { in: ids }, submittedAt: null }] },
      select: { templateId: true, stage: true, updatedAt: true },
    }),
  ]);
  const today = todayDate();
  return templates.map((t) => {
    const draft = drafts.find((d) => d.templateId === t.id && d.stage === t.stage);
    const definition = readDefinition(t.versions[0].definition);
    return {
      id: t.id,
      title: t.title,
      description: t.description,
      kind: t.kind,
      isAnonymous: t.isAnonymous,
      opensOn: t.opensOn,
      closesOn: t.closesOn,
      stage: t.stage,
      versionNo: t.versions[0].versionNo,
      questionCount: definition.sections.reduce((n, s) => n + s.questions.length, 0),
      state: openStateOf(t, today),
      progress: answered.get(t.id)?.has(t.stage) ? "answered" : draft ? "draft" : "none",
      draftSavedAt: draft?.updatedAt ?? null,
    };
  });
}

export type Assignment = {
  template: AssignedTemplate;
  version: { id: string; versionNo: number };
  definition: Definition;
  respondent: Respondent;
  place: { formId: string | null; pairId: string | null; participantId: string | null };
  state: OpenState;
  answered: boolean;
};

/** The principal's assignment to one questionnaire, or "not found" when it is not theirs. */
export async function findAssignmentOrThrow(principal: Principal, templateId: string, client: Tx = db): Promise<Assignment> {
  const respondent = await respondentOf(principal, client);
  if (!respondent) throw new NotFoundError();
  const template = await client.questionnaireTemplate.findFirst({ where: assignedWhere(principal, respondent.role, [templateId]), select: templateSelect });
  const place = template ? placeIn(template, respondent) : null;
  if (!template || !place) throw new NotFoundError();
  const version = template.versions[0];
  const answered = (await answeredStages(respondent, [template.id], client)).get(template.id)?.has(template.stage) ?? false;
  return { template, version: { id: version.id, versionNo: version.versionNo }, definition: readDefinition(version.definition), respondent, place, state: openStateOf(template), answered };
}

export const FILL_MESSAGES = {
  upcoming: (on: Date) => `Анкета откроется ${formatDate(on)}. Черновик можно будет сохранить и отправить с этого дня.`,
  closed: (on: Date) => `Анкета закрыта: ответы принимались до ${formatDate(on)} включительно.`,
  answered: "Вы уже ответили на эту анкету. Спасибо!",
  conflict: "Ответы на эту анкету только что сохранили в другой вкладке или на другом устройстве. Обновите страницу: ваши ответы в форме сохранятся.",
  invalid: "Проверьте ответы: некоторые вопросы заполнены неверно.",
} as const;

/** Refuses answers outside the questionnaire's dates. */
export function assertOpen(assignment: Assignment): void {
  if (assignment.state === "upcoming") throw new AppError("FORBIDDEN", FILL_MESSAGES.upcoming(assignment.template.opensOn!));
  if (assignment.state === "closed") throw new AppError("FORBIDDEN", FILL_MESSAGES.closed(assignment.template.closesOn!));
}
