/**
 * The forms of development plans and their items, shared by the client forms (zodResolver) and
 * the server actions. Optional texts travel as strings ("" for empty) and become null in lib.
 * The item editor posts FormData (it may carry an evidence file): ZUpdatePlanItem reads it.
 */
import { z } from "zod";
import { formDataSchema, zUploadFile } from "@/lib/files/form-data";
import { isoDate } from "@/lib/pairs/schemas";
import { PLAN_DIRECTIONS, PLAN_ITEM_STATUSES, PLAN_KINDS } from "./labels";

const ZId = z.string().trim().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`).optional();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that may be left empty (""), with the same messages as a required one. (No union: its messages would be zod's.) */
const optionalDate = z
  .string()
  .trim()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    if (!ISO_DATE.test(value)) ctx.addIssue({ code: "custom", message: "Укажите дату в формате дд.мм.гггг" });
    else {
      const time = Date.parse(`${value}T00:00:00Z`);
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) ctx.addIssue({ code: "custom", message: "Такой даты нет" });
    }
  });

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

export const ZEvidenceUrl = z
  .string()
  .trim()
  .max(500, "Не длиннее 500 символов")
  .optional()
  .refine((value) => !value || isWebLink(value), "Укажите ссылку, начинающуюся с https:// или http://");

export const ZPlanItemFields = z.object({
  goal: z.string({ error: "Сформулируйте цель пункта" }).trim().min(3, "Сформулируйте цель пункта").max(300, "Не длиннее 300 символов"),
  direction: z.enum(PLAN_DIRECTIONS, { error: "Выберите направление" }),
  difficulty: optionalText(300),
  activity: optionalText(1000),
  expectedProduct: optionalText(300),
  dueOn: optionalDate,
  status: z.enum(PLAN_ITEM_STATUSES, { error: "Выберите статус" }),
  evidenceUrl: ZEvidenceUrl,
});
export type TPlanItemFields = z.input<typeof ZPlanItemFields>;
export type TPlanItemValues = z.output<typeof ZPlanItemFields>;

export const ZAddPlanItem = ZPlanItemFields.extend({ planId: ZId });
export type TAddPlanItem = z.input<typeof ZAddPlanItem>;

/** An empty file input arrives as a nameless empty File: that is "no new file". */
const optionalUpload = z.preprocess((value) => (value instanceof File && value.size === 0 && !value.name ? undefined : value), zUploadFile.optional());

/** The item editor's input as the mutation takes it (tests pass it directly, with a File). */
export const ZUpdatePlanItemInput = z.object({
  itemId: ZId,
  version: z.coerce.number().int().min(1),
  ...ZPlanItemFields.shape,
  evidenceFile: optionalUpload,
  removeEvidenceFile: z.enum(["1"]).optional(),
});
export type TUpdatePlanItemInput = z.input<typeof ZUpdatePlanItemInput>;
/** The same, posted as FormData by the item editor. */
export const ZUpdatePlanItem = formDataSchema(ZUpdatePlanItemInput.shape);

export const ZSetPlanItemStatus = z.object({
  itemId: ZId,
  version: z.number().int().min(1),
  status: z.enum(PLAN_ITEM_STATUSES, { error: "Выберите статус" }),
});
export type TSetPlanItemStatus = z.input<typeof ZSetPlanItemStatus>;

export const ZDeletePlanItem = z.object({ itemId: ZId, version: z.number().int().min(1) });

export const ZAddComment = z.object({
  itemId: ZId,
  body: z.string({ error: "Напишите комментарий" }).trim().min(2, "Напишите комментарий").max(3000, "Не длиннее 3000 символов"),
  isReflection: z.boolean().default(false),
});
export type TAddComment = z.input<typeof ZAddComment>;

const PLAN_SOURCES = ["EMPTY", "TEMPLATE", "DIAGNOSTIC"] as const;

const planFields = {
  kind: z.enum(PLAN_KINDS, { error: "Выберите вид плана" }),
  title: z.string({ error: "Укажите название плана" }).trim().min(3, "Укажите название плана").max(200, "Не длиннее 200 символов"),
  startsOn: isoDate("Укажите дату начала"),
  endsOn: isoDate("Укажите дату окончания"),
};

function endsAfterStart(input: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.startsOn) && /^\d{4}-\d{2}-\d{2}$/.test(input.endsOn) && input.endsOn <= input.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: PLAN_MESSAGES.endBeforeStart });
  }
}

/** Where new items come from: a template, or the difficulties the mentee's diagnostic shows. */
const sourceFields = {
  source: z.enum(PLAN_SOURCES),
  templateId: z.string().trim().max(64).optional(),
  suggestionKeys: z.array(z.string().trim().min(1).max(200)).max(60).default([]),
};

function sourceComplete(input: { source: (typeof PLAN_SOURCES)[number]; templateId?: string; suggestionKeys: string[] }, ctx: z.RefinementCtx) {
  if (input.source === "TEMPLATE" && !input.templateId) ctx.addIssue({ code: "custom", path: ["templateId"], message: PLAN_MESSAGES.chooseTemplate });
  if (input.source === "DIAGNOSTIC" && input.suggestionKeys.length === 0) {
    ctx.addIssue({ code: "custom", path: ["suggestionKeys"], message: PLAN_MESSAGES.chooseSuggestions });
  }
}

export const ZCreatePlan = z
  .object({ pairId: ZId, menteeId: ZId, ...planFields, ...sourceFields })
  .superRefine((input, ctx) => {
    endsAfterStart(input, ctx);
    sourceComplete(input, ctx);
  });
export type TCreatePlan = z.input<typeof ZCreatePlan>;

export const ZUpdatePlan = z
  .object({ planId: ZId, version: z.number().int().min(1), ...planFields })
  .superRefine(endsAfterStart);
export type TUpdatePlan = z.input<typeof ZUpdatePlan>;

export const ZAddItemsFrom = z
  .object({ planId: ZId, ...sourceFields, source: z.enum(["TEMPLATE", "DIAGNOSTIC"]) })
  .superRefine(sourceComplete);
export type TAddItemsFrom = z.input<typeof ZAddItemsFrom>;

export const PLAN_MESSAGES = {
  endBeforeStart: "Дата окончания должна быть позже даты начала.",
  chooseTemplate: "Выберите шаблон.",
  chooseSuggestions: "Отметьте хотя бы одно затруднение.",
  templateUnavailable: "Этот шаблон недоступен для формы наставничества этой пары.",
  suggestionsGone: "Ответы диагностики изменились. Обновите страницу и отметьте затруднения ещё раз.",
  noDiagnostic: "У наставляемого нет ответов на диагностику профессиональных затруднений.",
  notMentee: "Этот участник не состоит в паре (группе).",
  alreadyHasPlan: "У этого наставляемого в паре уже есть план: откройте его.",
  pairNotActive: "Пара завершена или прекращена: новый план составляют только в действующей паре.",
  startsBeforePair: "План не может начинаться раньше, чем работа пары.",
  conflict:
    "Этот пункт только что сохранил другой пользователь. Ваши изменения остались в форме: сверьте их с сохранёнными значениями и сохраните ещё раз.",
  planConflict: "План только что изменил другой пользователь. Ваши изменения остались в форме: сверьте их и сохраните ещё раз.",
  reflectionByMentee: "Рефлексию пишет сам наставляемый. Если у наставляемого нет учётной записи, её записывает наставник или куратор.",
} as const;
