/**
 * The form of a school's program of the year with its seven stages. Shared by the client form
 * (zodResolver) and the server action. Dates travel as `гггг-мм-дд` strings (what
 * <input type="date"> gives) and become calendar dates in lib; "" is an empty optional date.
 */
import { z } from "zod";
import type { ProgramStageKind } from "@/lib/generated/prisma/enums";

export const ZId = z.string().trim().max(64);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

export function requiredDate(message: string) {
  return z.string().trim().min(1, message).refine(validDate, "Укажите дату в формате дд.мм.гггг");
}

export const ZOptionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || validDate(value), "Укажите дату в формате дд.мм.гггг");

/** A calendar date from `гггг-мм-дд` (UTC midnight, as `@db.Date` columns hold it). */
export function toDate(value: string): Date;
export function toDate(value: string | null | undefined): Date | null;
export function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** The form value of a calendar date: `гггг-мм-дд`, or "" for none. */
export function fromDate(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

export const STAGE_KINDS = [
  "PREPARATION",
  "MENTEE_BASE",
  "MENTOR_BASE",
  "MENTOR_SELECTION_TRAINING",
  "PAIR_FORMATION",
  "PAIR_WORK",
  "COMPLETION",
] as const satisfies readonly ProgramStageKind[];

export const STAGE_LABELS: Record<ProgramStageKind, string> = {
  PREPARATION: "Подготовка условий",
  MENTEE_BASE: "Формирование базы наставляемых",
  MENTOR_BASE: "Формирование базы наставников",
  MENTOR_SELECTION_TRAINING: "Отбор и обучение наставников",
  PAIR_FORMATION: "Формирование пар и групп",
  PAIR_WORK: "Организация работы пар и групп",
  COMPLETION: "Завершение (итоговое мероприятие)",
};

export const PROGRAM_STATUSES = ["DRAFT", "ACTIVE", "COMPLETED"] as const;
export const PROGRAM_STATUS_LABELS = { DRAFT: "черновик", ACTIVE: "действует", COMPLETED: "завершена" } as const;

const ZStage = z
  .object({
    stage: z.enum(STAGE_KINDS),
    plannedStart: ZOptionalDate,
    plannedEnd: ZOptionalDate,
    actualStart: ZOptionalDate,
    actualEnd: ZOptionalDate,
    note: z.string().trim().max(2000, "Не длиннее 2000 символов"),
  })
  .superRefine((stage, ctx) => {
    if (stage.plannedStart && stage.plannedEnd && stage.plannedEnd < stage.plannedStart) {
      ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "Плановое окончание раньше планового начала" });
    }
    if (stage.actualEnd && !stage.actualStart) {
      ctx.addIssue({ code: "custom", path: ["actualStart"], message: "Укажите, когда этап фактически начался" });
    }
    if (stage.actualStart && stage.actualEnd && stage.actualEnd < stage.actualStart) {
      ctx.addIssue({ code: "custom", path: ["actualEnd"], message: "Фактическое окончание раньше фактического начала" });
    }
  });

export const ZSaveProgram = z
  .object({
    schoolId: ZId.min(1),
    academicYearId: ZId.min(1, "Выберите учебный год"),
    /** "" for a new program. */
    programId: ZId,
    /** The version the form was loaded with: a save over a newer one is a conflict. */
    version: z.number().int().min(0),
    title: z.string().trim().min(1, "Введите название программы").max(300, "Не длиннее 300 символов"),
    goals: z.string().trim().max(5000, "Не длиннее 5000 символов"),
    startsOn: requiredDate("Укажите дату начала"),
    endsOn: requiredDate("Укажите дату окончания"),
    status: z.enum(PROGRAM_STATUSES, { error: "Выберите статус" }),
    curatorUserId: ZId,
    formIds: z.array(ZId.min(1)).max(20).refine((ids) => new Set(ids).size === ids.length, "Форма выбрана дважды"),
    stages: z
      .array(ZStage)
      .length(7, "У программы семь этапов")
      .refine((stages) => STAGE_KINDS.every((kind, index) => stages[index]?.stage === kind), "Этапы перепутаны"),
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Окончание программы раньше её начала" });
    }
    if (value.status !== "DRAFT" && value.formIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["formIds"], message: "Отметьте хотя бы одну форму наставничества" });
    }
  });
export type TSaveProgram = z.infer<typeof ZSaveProgram>;
export type TStageInput = TSaveProgram["stages"][number];
