/**
 * Saving a school's program of the year: the program, its forms and its seven stages in one
 * transaction with one audit event. Optimistic locking on `version`: a save made over a version
 * someone else has already changed is refused with a Russian message and writes nothing.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, scopeWhere, type Principal } from "@/lib/access";
import { mayCreateUnder } from "@/lib/access/records";
import { changedFields, recordAudit } from "@/lib/audit/record";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { toDate, type TSaveProgram } from "./schemas";

export const PROGRAM_MESSAGES = {
  conflict: "Программу только что изменил другой пользователь. Обновите страницу, чтобы увидеть его изменения, и внесите свои ещё раз.",
  duplicate: "У школы уже есть программа с таким названием на этот учебный год.",
  forbidden: "Создавать программы может куратор школы.",
} as const;

type Context = { ip?: string | null };

function programData(input: TSaveProgram) {
  return {
    title: input.title,
    goals: input.goals || null,
    startsOn: toDate(input.startsOn),
    endsOn: toDate(input.endsOn),
    status: input.status,
    curatorUserId: input.curatorUserId || null,
  };
}

function stageData(stage: TSaveProgram["stages"][number]) {
  return {
    plannedStart: toDate(stage.plannedStart),
    plannedEnd: toDate(stage.plannedEnd),
    actualStart: toDate(stage.actualStart),
    actualEnd: toDate(stage.actualEnd),
    note: stage.note || null,
  };
}

/** The curator and the forms must exist and belong where the form says; ids from elsewhere are field errors. */
async function checkReferences(tx: Prisma.TransactionClient, input: TSaveProgram, schoolId: string) {
  const errors: Record<string, string[]> = {};
  if (input.curatorUserId) {
    const curator = await tx.user.findFirst({
      where: { id: input.curatorUserId, isActive: true, roleAssignments: { some: { role: "SCHOOL_CURATOR", schoolId } } },
      select: { id: true },
    });
    if (!curator) errors.curatorUserId = ["Выберите куратора из кураторов этой школы"];
  }
  if (input.formIds.length) {
    const found = await tx.mentoringForm.count({ where: { id: { in: input.formIds }, isActive: true } });
    if (found !== input.formIds.length) errors.formIds = ["Выберите формы из каталога"];
  }
  const year = await tx.academicYear.findUnique({ where: { id: input.academicYearId }, select: { id: true } });
  if (!year) errors.academicYearId = ["Выберите учебный год"];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function saveProgram(principal: Principal, input: TSaveProgram, context: Context = {}) {
  const actor = { principal, ip: context.ip };
  // Decided before the transaction opens: inside it every query goes through `tx` (on the embedded
  // database a query on another connection waits for the transaction, and the transaction for it).
  if (!input.programId && !(await mayCreateUnder(principal, "program", input.schoolId))) throw new AppError("FORBIDDEN", PROGRAM_MESSAGES.forbidden);
  return db
    .$transaction(async (tx) => {
      if (!input.programId) {
        const school = await tx.school.findUniqueOrThrow({ where: { id: input.schoolId }, select: { id: true, regionId: true, municipalityId: true } });
        const scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
        await checkReferences(tx, input, school.id);
        const program = await tx.mentoringProgram.create({
          data: {
            ...scope,
            academicYearId: input.academicYearId,
            ...programData(input),
            forms: { create: input.formIds.map((formId) => ({ formId })) },
            stages: { create: input.stages.map((stage) => ({ ...scope, stage: stage.stage, ...stageData(stage) })) },
          },
        });
        await recordAudit(tx, actor, {
          action: "program.create",
          entity: "MentoringProgram",
          entityId: program.id,
          scope,
          after: { ...programData(input), academicYearId: input.academicYearId, formIds: input.formIds, stages: input.stages },
        });
        return { id: program.id, version: program.version };
      }

      // The program is found through the policy; its school comes from the database, not the form.
      const existing = await tx.mentoringProgram.findFirst({
        where: { AND: [{ id: input.programId }, scopeWhere(principal, "program")] },
        include: { forms: { select: { formId: true } }, stages: true },
      });
      if (!existing) throw new NotFoundError();
      assertCan(principal, "update", "program", existing);
      if (existing.version !== input.version) throw new ConflictError(PROGRAM_MESSAGES.conflict);
      await checkReferences(tx, input, existing.schoolId);
      const updated = await tx.mentoringProgram.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...programData(input), academicYearId: input.academicYearId, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError(PROGRAM_MESSAGES.conflict);

      const scope = { regionId: existing.regionId, municipalityId: existing.municipalityId, schoolId: existing.schoolId };
      await tx.programForm.deleteMany({ where: { programId: existing.id, formId: { notIn: input.formIds } } });
      await tx.programForm.createMany({ data: input.formIds.map((formId) => ({ programId: existing.id, formId })), skipDuplicates: true });
      for (const stage of input.stages) {
        await tx.programStage.upsert({
          where: { programId_stage: { programId: existing.id, stage: stage.stage } },
          create: { ...scope, programId: existing.id, stage: stage.stage, ...stageData(stage) },
          update: stageData(stage),
        });
      }

      const before = {
        ...programData({
          ...input,
          title: existing.title,
          goals: existing.goals ?? "",
          startsOn: existing.startsOn.toISOString().slice(0, 10),
          endsOn: existing.endsOn.toISOString().slice(0, 10),
          status: existing.status,
          curatorUserId: existing.curatorUserId ?? "",
        }),
        academicYearId: existing.academicYearId,
        formIds: existing.forms.map((f) => f.formId).sort(),
        stages: Object.fromEntries(existing.stages.map((s) => [s.stage, stageData({ stage: s.stage, plannedStart: iso(s.plannedStart), plannedEnd: iso(s.plannedEnd), actualStart: iso(s.actualStart), actualEnd: iso(s.actualEnd), note: s.note ?? "" })])),
      };
      const after = {
        ...programData(input),
        academicYearId: input.academicYearId,
        formIds: [...input.formIds].sort(),
        stages: Object.fromEntries(input.stages.map((s) => [s.stage, stageData(s)])),
      };
      await recordAudit(tx, actor, { action: "program.update", entity: "MentoringProgram", entityId: existing.id, scope, ...changedFields(before, after) });
      return { id: existing.id, version: input.version + 1 };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new ValidationError({ title: [PROGRAM_MESSAGES.duplicate] }, PROGRAM_MESSAGES.duplicate) : error;
    });
}

function iso(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
