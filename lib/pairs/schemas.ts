/**
 * The forms of pairs and groups: registration, completion, early termination, the order download.
 * Shared by the client forms (zodResolver) and the server actions. Dates travel as `гггг-мм-дд`
 * strings (what <input type="date"> gives) and become calendar dates in lib.
 */
import { z } from "zod";

const ZId = z.string().trim().max(64);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(required: string) {
  return z
    .string()
    .trim()
    .min(1, required)
    .regex(ISO_DATE, "Укажите дату в формате дд.мм.гггг")
    .refine((value) => {
      if (!ISO_DATE.test(value)) return true; // the format's message is enough
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, "Такой даты нет");
}

/** A calendar date from `гггг-мм-дд` (UTC midnight, as `@db.Date` columns hold it). */
export function toDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export const ZRegisterPair = z
  .object({
    schoolId: ZId.min(1),
    formId: ZId.min(1, "Выберите форму наставничества"),
    modelId: ZId.optional().or(z.literal("")),
    mentorId: ZId.min(1, "Выберите наставника"),
    menteeIds: z
      .array(ZId.min(1))
      .min(1, "Выберите хотя бы одного наставляемого")
      .max(30, "В группе не больше 30 наставляемых")
      .refine((ids) => new Set(ids).size === ids.length, "Наставляемый выбран дважды"),
    title: z.string().trim().max(200, "Не длиннее 200 символов").optional(),
    startsOn: isoDate("Укажите дату начала"),
    plannedEndOn: isoDate("Укажите плановую дату окончания"),
    orderNumber: z.string().trim().min(1, "Укажите номер приказа").max(50, "Не длиннее 50 символов"),
    orderDate: isoDate("Укажите дату приказа"),
  })
  .superRefine((input, ctx) => {
    if (input.menteeIds.includes(input.mentorId)) {
      ctx.addIssue({ code: "custom", path: ["menteeIds"], message: PAIR_MESSAGES.selfMentoring });
    }
    if (ISO_DATE.test(input.startsOn) && ISO_DATE.test(input.plannedEndOn) && input.plannedEndOn <= input.startsOn) {
      ctx.addIssue({ code: "custom", path: ["plannedEndOn"], message: PAIR_MESSAGES.endBeforeStart });
    }
  });
export type TRegisterPair = z.input<typeof ZRegisterPair>;

export const ZPairVersion = z.object({ pairId: ZId.min(1), version: z.number().int().min(1) });

export const ZCompletePair = ZPairVersion.extend({ endedOn: isoDate("Укажите дату завершения") });
export type TCompletePair = z.input<typeof ZCompletePair>;

export const ZTerminatePair = ZPairVersion.extend({
  endedOn: isoDate("Укажите дату прекращения"),
  reason: z.string().trim().min(3, "Укажите причину досрочного прекращения").max(500, "Не длиннее 500 символов"),
});
export type TTerminatePair = z.input<typeof ZTerminatePair>;

export const ZAddPairMentee = ZPairVersion.extend({
  menteeId: ZId.min(1, "Выберите наставляемого"),
  joinedOn: isoDate("Укажите дату включения"),
});
export type TAddPairMentee = z.input<typeof ZAddPairMentee>;

export const ZRemovePairMentee = ZPairVersion.extend({
  menteeId: ZId.min(1),
  leftOn: isoDate("Укажите дату исключения"),
  reason: z.string().trim().min(3, "Укажите причину").max(500, "Не длиннее 500 символов"),
});
export type TRemovePairMentee = z.input<typeof ZRemovePairMentee>;

export const ZSuggestMentors = z.object({
  schoolId: ZId.min(1),
  formId: ZId.min(1, "Выберите форму наставничества"),
  menteeId: ZId.min(1, "Выберите наставляемого"),
});

export const ZOrderParams = z.object({
  number: z.string().trim().min(1, "Укажите номер приказа").max(50),
  date: isoDate("Укажите дату приказа"),
});

export const PAIR_MESSAGES = {
  formUnavailable: "Эта форма наставничества недоступна школам вашего региона.",
  modelMismatch: "Эта модель относится к другой форме наставничества.",
  mentorKind: "Этот участник не может быть наставником в выбранной форме.",
  menteeKind: "Этот участник не может быть наставляемым в выбранной форме.",
  selfMentoring: "Наставник не может быть своим же наставляемым.",
  alreadyInPair: "Наставляемый уже состоит в действующей паре (группе) этой формы наставничества.",
  mentorLoad: (max: number) => `У наставника не может быть больше ${max} наставляемых: мест не хватает.`,
  endBeforeStart: "Плановая дата окончания должна быть позже даты начала.",
  orderAfterStart: "Дата приказа не может быть позже даты начала.",
  noConsent: "Нельзя включить в пару: нет согласия родителя (законного представителя) на обработку персональных данных",
  archived: "Участник в архиве: его нельзя включить в пару.",
  notInSchool: "Участник не найден в базах этой школы.",
  noAcademicYear: "Дата начала не попадает ни в один учебный год.",
  notActive: "Пара уже завершена или прекращена.",
  endedBeforeStart: "Дата окончания не может быть раньше даты начала пары.",
  joinedOutsidePeriod: "Дата включения должна попадать в срок пары.",
  leftOutsidePeriod: "Дата исключения должна быть не раньше включения и не позже срока пары.",
  notInThisPair: "Этот наставляемый не состоит в паре (группе).",
  lastMentee: "Это единственный наставляемый: исключить его нельзя. Завершите пару или прекратите её досрочно.",
  conflict: "Запись изменил другой пользователь. Обновите страницу: ваши данные в форме сохранятся.",
} as const;

const PAIR_STATUSES = ["ACTIVE", "COMPLETED", "TERMINATED"] as const;

/** The list's filters from a URL (?formId=…&status=…&mentorId=…); anything unknown is dropped. */
export function parsePairFilter(params: Record<string, string | string[] | undefined>) {
  const first = (key: string) => {
    const value = params[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    return text && text.length <= 64 ? text : undefined;
  };
  const status = first("status");
  return {
    formId: first("formId"),
    mentorId: first("mentorId"),
    status: PAIR_STATUSES.find((s) => s === status),
  };
}
