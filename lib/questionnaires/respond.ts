/**
 * Answering a questionnaire: a draft kept as the respondent types (QuestionnaireSubmission.draft),
 * then the answer, checked against the published version with the schema built from it.
 *
 * An anonymous answer carries nothing that leads back to its author: a random id (not a
 * time-ordered cuid), no respondent, user or pair, the day only (not the time) of submission, and
 * an audit event that names the questionnaire, not the answer. The submission row that says
 * "answered" never points at the answer. The form and role are kept for the results' filters.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/access";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, ValidationError } from "@/lib/errors";
import { todayDate } from "@/lib/plans/dates";
import { checkAnswers, draftValues } from "./answers";
import { assertOpen, FILL_MESSAGES, findAssignmentOrThrow, type Assignment } from "./audience";
import { parse } from "./parse";
import { ZAnswerInput, type TAnswerInput } from "./schemas";

type Context = { ip?: string | null };
type Tx = Prisma.TransactionClient;

function submissionKey(assignment: Assignment) {
  return {
    templateId: assignment.template.id,
    userId: assignment.respondent.userId,
    schoolId: assignment.respondent.school.schoolId,
    stage: assignment.template.stage,
  };
}

/** The respondent's submission row at this stage, checked against the version of it they saw. */
async function currentSubmission(tx: Tx, assignment: Assignment, seenVersion: number | null) {
  const existing = await tx.questionnaireSubmission.findUnique({ where: { templateId_userId_schoolId_stage: submissionKey(assignment) } });
  if (existing?.submittedAt || assignment.answered) throw new ConflictError(FILL_MESSAGES.answered);
  if ((existing?.version ?? null) !== seenVersion) throw new ConflictError(FILL_MESSAGES.conflict);
  return existing;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Writes the submission: a new row, or the seen version of the existing one (a stale one changes nothing). */
async function writeSubmission(tx: Tx, assignment: Assignment, existing: { id: string; version: number } | null, data: { draft: Prisma.InputJsonValue | typeof Prisma.DbNull; submittedAt: Date | null }) {
  if (!existing) {
    return tx.questionnaireSubmission.create({
      data: { ...submissionKey(assignment), ...assignment.respondent.school, versionId: assignment.version.id, participantId: assignment.place.participantId, ...data },
    });
  }
  const updated = await tx.questionnaireSubmission.updateMany({
    where: { id: existing.id, version: existing.version },
    data: { ...data, versionId: assignment.version.id, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError(FILL_MESSAGES.conflict);
  return tx.questionnaireSubmission.findUniqueOrThrow({ where: { id: existing.id } });
}

/** Keeps the respondent's answers so far; nothing is checked but their shape, so no typing is lost. */
export async function saveAnswerDraft(principal: Principal, raw: TAnswerInput, context: Context = {}) {
  const input = parse(ZAnswerInput, raw);
  const assignment = await findAssignmentOrThrow(principal, input.templateId);
  assertOpen(assignment);
  const values = draftValues(assignment.definition, input.values);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await currentSubmission(tx, assignment, input.submissionVersion);
      const saved = await writeSubmission(tx, assignment, existing, { draft: values, submittedAt: null });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "questionnaire.save_answer_draft",
        entity: "QuestionnaireSubmission",
        entityId: saved.id,
        scope: assignment.respondent.school,
        // Never the answers: a draft of an anonymous questionnaire is as private as the answer.
        after: { templateId: assignment.template.id, versionId: assignment.version.id, stage: assignment.template.stage },
      });
      return { submissionVersion: saved.version, savedAt: saved.updatedAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(FILL_MESSAGES.conflict);
    throw error;
  }
}

/** Submits the answer: checked against the published version, stored, the draft cleared, in one transaction. */
export async function submitAnswers(principal: Principal, raw: TAnswerInput, context: Context = {}) {
  const input = parse(ZAnswerInput, raw);
  const assignment = await findAssignmentOrThrow(principal, input.templateId);
  assertOpen(assignment);
  const checked = checkAnswers(assignment.definition, input.values);
  if (!checked.ok) {
    throw new ValidationError(Object.fromEntries(Object.entries(checked.errors).map(([key, message]) => [key, [message]])), FILL_MESSAGES.invalid);
  }
  const { template, respondent, place } = assignment;
  const anonymous = template.isAnonymous;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await currentSubmission(tx, assignment, input.submissionVersion);
      const response = await tx.questionnaireResponse.create({
        data: {
          ...(anonymous ? { id: randomUUID() } : {}),
          ...respondent.school,
          versionId: assignment.version.id,
          respondentId: anonymous ? null : place.participantId,
          respondentUserId: anonymous ? null : respondent.userId,
          pairId: anonymous ? null : place.pairId,
          answers: checked.answers as Prisma.InputJsonValue,
          submittedAt: anonymous ? todayDate() : new Date(),
          stage: template.stage,
          formId: place.formId,
          respondentRole: respondent.role,
        },
        select: { id: true },
      });
      await writeSubmission(tx, assignment, existing, { draft: Prisma.DbNull, submittedAt: new Date() });
      await recordAudit(
        tx,
        { principal, ip: context.ip },
        anonymous
          ? { action: "questionnaire.answer_anonymous", entity: "QuestionnaireTemplate", entityId: template.id, scope: respondent.school, after: { versionId: assignment.version.id, stage: template.stage } }
          : { action: "questionnaire.answer", entity: "QuestionnaireResponse", entityId: response.id, scope: respondent.school, after: { templateId: template.id, versionId: assignment.version.id, stage: template.stage } },
      );
      return { anonymous };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(FILL_MESSAGES.answered);
    throw error;
  }
}
