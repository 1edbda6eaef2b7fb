/**
 * The forms of questionnaires: settings of a template, its questions, publishing, answering, and
 * the filters of the results. Shared by the client forms (zodResolver) and the server actions.
 */
import { z } from "zod";
import { ZDraftValues } from "./answers";
import { ZDefinition } from "./definition";
import { AUDIENCE_ROLES, KINDS, STAGES } from "./labels";

const ZId = z.string().trim().max(64);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || ISO_DATE.test(value), "Укажите дату в формате дд.мм.гггг")
  .refine((value) => value === "" || !ISO_DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, "Такой даты нет");

export const SETTINGS_MESSAGES = {
  title: "Введите название анкеты",
  audience: "Выберите, кто отвечает на анкету",
  closesBeforeOpens: "Анкета не может закрыться раньше, чем откроется",
  anonymityLocked: "Анонимность нельзя изменить после публикации: ответы уже собираются на этих условиях",
  region: "Регион не найден",
  form: "Такой формы наставничества нет в каталоге",
} as const;

export const ZTemplateSettings = z
  .object({
    templateId: ZId.optional(),
    version: z.number().int().min(1).optional(),
    title: z.string().trim().min(3, SETTINGS_MESSAGES.title).max(200, "Не длиннее 200 символов"),
    description: z.string().trim().max(2000, "Не длиннее 2000 символов"),
    kind: z.enum(KINDS, { error: "Выберите вид анкеты" }),
    audience: z.array(z.enum(AUDIENCE_ROLES)).min(1, SETTINGS_MESSAGES.audience),
    formIds: z.array(ZId.min(1)).max(20),
    opensOn: optionalDate,
    closesOn: optionalDate,
    stage: z.enum(STAGES),
    isAnonymous: z.boolean(),
    /** Only the admin chooses: "" — the whole platform, or one region. */
    regionId: ZId,
    /** A new questionnaire may start as a copy of another's questions. */
    sourceTemplateId: ZId.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.opensOn && input.closesOn && ISO_DATE.test(input.opensOn) && ISO_DATE.test(input.closesOn) && input.closesOn < input.opensOn) {
      ctx.addIssue({ code: "custom", path: ["closesOn"], message: SETTINGS_MESSAGES.closesBeforeOpens });
    }
  });
export type TTemplateSettings = z.input<typeof ZTemplateSettings>;

export const ZTemplateVersion = z.object({ templateId: ZId.min(1), version: z.number().int().min(1) });
export type TTemplateVersion = z.input<typeof ZTemplateVersion>;

export const ZSaveDefinition = ZTemplateVersion.extend({ definition: ZDefinition });
export type TSaveDefinition = z.input<typeof ZSaveDefinition>;

/** A respondent's answers: a draft to keep, or the answer to submit. `submissionVersion` null: nothing saved yet. */
export const ZAnswerInput = z.object({
  templateId: ZId.min(1),
  submissionVersion: z.number().int().min(1).nullable(),
  values: ZDraftValues,
});
export type TAnswerInput = z.input<typeof ZAnswerInput>;

export type ResultsFilter = { municipalityId?: string; schoolId?: string; formId?: string; stage?: (typeof STAGES)[number] };

/** The results' filters from a page's search parameters (unknown values dropped). */
export function parseResultsFilter(search: Record<string, string | string[] | undefined>): ResultsFilter {
  const one = (key: string) => {
    const value = search[key];
    const text = Array.isArray(value) ? value[0] : value;
    return text && /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : undefined;
  };
  const stage = one("stage");
  return {
    municipalityId: one("municipalityId"),
    schoolId: one("schoolId"),
    formId: one("formId"),
    stage: STAGES.find((s) => s === stage),
  };
}
