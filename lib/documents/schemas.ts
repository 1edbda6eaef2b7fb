/**
 * The forms of required documents: a requirement of the catalog, the upload of a document version,
 * the review decision and the generated orders. Shared by the client forms (zodResolver) and the
 * server actions. Forms that carry a file travel as FormData (lib/files/form-data.ts); their fields
 * are the same shapes as here.
 */
import { z } from "zod";
import { formDataSchema, zUploadFile } from "@/lib/files/form-data";
import { requiredDate, ZId, ZOptionalDate } from "@/lib/programs/schemas";

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);

/**
 * How often a school must hold the document. The database keeps `period` and `academicYearId`;
 * the form offers the three cases people think in.
 */
export const REQUIREMENT_PERIODS = ["EVERY_YEAR", "ONE_YEAR", "STANDING"] as const;
export type RequirementPeriodChoice = (typeof REQUIREMENT_PERIODS)[number];
export const REQUIREMENT_PERIOD_LABELS: Record<RequirementPeriodChoice, string> = {
  EVERY_YEAR: "на каждый учебный год",
  ONE_YEAR: "на один учебный год",
  STANDING: "бессрочно (один документ)",
};

export const DOCUMENT_MESSAGES = {
  code: "Код: латинские буквы, цифры и «_», например ORDER_CURATOR",
  codeTaken: "Требование с таким кодом уже есть на этом уровне. Выберите другой код.",
  yearRequired: "Выберите учебный год, на который действует требование",
  dueForEveryYear: "Срок можно указать только для требования на один учебный год или бессрочного: у ежегодного требования каждый год свой срок.",
  dueOutsideYear: "Срок должен попадать в выбранный учебный год",
  periodLocked: "Периодичность нельзя изменить: по требованию уже загружены документы. Создайте новое требование.",
  notApplicable: "Это требование не относится к вашей школе или к выбранному учебному году.",
  notAwaiting: "Документ уже проверен: обновите страницу, чтобы увидеть решение.",
  commentRequired: "Напишите, что исправить: школа увидит этот комментарий.",
  uploadConflict:
    "Пока вы заполняли форму, по этому требованию загрузили или проверили другую версию. Обновите страницу: ваш файл не сохранён, выберите его снова.",
  reviewConflict: "Пока вы смотрели документ, школа загрузила новую версию или его проверил другой специалист. Обновите страницу и проверьте текущую версию.",
  requirementConflict: "Требование только что изменил другой пользователь. Обновите страницу: ваши изменения в форме сохранятся до обновления.",
} as const;

/** The fields of the requirement form (without the template file). */
const requirementFields = {
  requirementId: ZId, // "" for a new requirement
  /** updatedAt of the requirement the form was opened with (optimistic lock); "" for a new one. */
  loadedAt: text(40),
  code: z
    .string()
    .trim()
    .min(1, "Укажите код требования")
    .max(40, "Не длиннее 40 символов")
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, DOCUMENT_MESSAGES.code)
    .transform((value) => value.toUpperCase()),
  title: text(300).min(3, "Укажите название документа"),
  description: text(2000),
  period: z.enum(REQUIREMENT_PERIODS, { message: "Выберите, как часто нужен документ" }),
  academicYearId: ZId,
  dueOn: ZOptionalDate,
};

function refineRequirement(value: { period: RequirementPeriodChoice; academicYearId: string; dueOn: string }, ctx: z.RefinementCtx) {
  if (value.period === "ONE_YEAR" && !value.academicYearId) ctx.addIssue({ code: "custom", path: ["academicYearId"], message: DOCUMENT_MESSAGES.yearRequired });
  if (value.period === "EVERY_YEAR" && value.dueOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: DOCUMENT_MESSAGES.dueForEveryYear });
}

/** The requirement form in the browser (the file is picked separately). */
export const ZRequirementFields = z.object(requirementFields).superRefine(refineRequirement);
export type TRequirementFields = z.input<typeof ZRequirementFields>;

/** FormData drops empty fields (lib/files/form-data.ts): they arrive as "" again here. */
const sent = <S extends z.ZodType>(schema: S) => z.preprocess((value) => value ?? "", schema);

/** The requirement action's input: the same fields and an optional template file, as FormData. */
export const ZSaveRequirement = formDataSchema({
  requirementId: sent(requirementFields.requirementId),
  loadedAt: sent(requirementFields.loadedAt),
  code: sent(requirementFields.code),
  title: sent(requirementFields.title),
  description: sent(requirementFields.description),
  period: requirementFields.period,
  academicYearId: sent(requirementFields.academicYearId),
  dueOn: sent(requirementFields.dueOn),
  template: zUploadFile.optional(),
}).superRefine(refineRequirement);
export type TSaveRequirement = z.output<typeof ZSaveRequirement>;

export const ZSetRequirementActive = z.object({ requirementId: ZId.min(1), isActive: z.boolean() });
export type TSetRequirementActive = z.input<typeof ZSetRequirementActive>;

/** The upload form's fields (the file is picked separately). */
const uploadFields = {
  schoolId: ZId.min(1),
  requirementId: ZId.min(1, "Выберите требование"),
  academicYearId: ZId.min(1),
  /** Document.version the form was opened with; 0 when the school had no document yet. */
  documentVersion: z.coerce.number().int().min(0),
  number: text(100),
  issuedOn: requiredDate("Укажите дату документа"),
};

export const ZUploadFields = z.object(uploadFields);
export type TUploadFields = z.input<typeof ZUploadFields>;

/** The upload action's input as FormData: the fields and the file. */
export const ZUploadDocument = formDataSchema({
  schoolId: sent(uploadFields.schoolId),
  requirementId: sent(uploadFields.requirementId),
  academicYearId: sent(uploadFields.academicYearId),
  documentVersion: uploadFields.documentVersion,
  number: sent(uploadFields.number),
  issuedOn: sent(uploadFields.issuedOn),
  file: zUploadFile,
});
export type TUploadDocument = z.output<typeof ZUploadDocument>;

export const REVIEW_DECISIONS = ["ACCEPT", "RETURN"] as const;

export const ZReviewDocument = z
  .object({
    documentId: ZId.min(1),
    version: z.number().int().min(1),
    decision: z.enum(REVIEW_DECISIONS),
    comment: text(2000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "RETURN" && value.comment.length < 5) ctx.addIssue({ code: "custom", path: ["comment"], message: DOCUMENT_MESSAGES.commentRequired });
  });
export type TReviewDocument = z.input<typeof ZReviewDocument>;

/** The generated orders: which one, its number and date (query string of the download). */
export const GENERATED_ORDER_KINDS = ["curator", "pairs", "final-event"] as const;
export type GeneratedOrderKind = (typeof GENERATED_ORDER_KINDS)[number];

export const ZGeneratedOrder = z.object({
  kind: z.enum(GENERATED_ORDER_KINDS),
  academicYearId: ZId.min(1),
  number: text(50).min(1, "Укажите номер приказа"),
  date: requiredDate("Укажите дату приказа"),
});
export type TGeneratedOrder = z.input<typeof ZGeneratedOrder>;

/** What the upload mutation takes once the FormData is parsed (tests call it with this shape too). */
export const ZUploadInput = ZUploadFields.extend({ file: zUploadFile });
export type TUploadInput = z.input<typeof ZUploadInput>;

/** What the requirement mutation takes once the FormData is parsed. */
export const ZRequirementInput = z.object({ ...requirementFields, template: zUploadFile.optional() }).superRefine(refineRequirement);
export type TRequirementInput = z.input<typeof ZRequirementInput>;
