/**
 * The forms of the mentor and mentee bases: one zod schema per form, shared by the client form
 * (zodResolver) and the server action. Form values are strings and booleans as the inputs hold
 * them; the schema turns them into what the database stores.
 */
import { MAX_IMPORT_BYTES } from "@/lib/import/sheet";
import { z } from "zod";
import { FLAGS } from "./flags";

export const KINDS = ["TEACHER", "STUDENT", "COLLEGE_STUDENT", "EMPLOYER_REPRESENTATIVE"] as const;
export const AGE_BANDS = ["UNDER_25", "FROM_25_TO_34", "FROM_35_TO_49", "FROM_50"] as const;

export const KIND_LABELS: Record<(typeof KINDS)[number], string> = {
  TEACHER: "педагог",
  STUDENT: "обучающийся",
  COLLEGE_STUDENT: "студент",
  EMPLOYER_REPRESENTATIVE: "представитель работодателя",
};
export const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number], string> = {
  UNDER_25: "до 25",
  FROM_25_TO_34: "25–34",
  FROM_35_TO_49: "35–49",
  FROM_50: "50 и старше",
};

export const MAX_EXPERIENCE_YEARS = 60;
const ZId = z.string().trim().min(1).max(64);

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);
const optionalText = (max: number) => text(max).transform((value) => value || null);

/** "" or гггг-мм-дд (the value of an <input type="date">) → a calendar date at UTC midnight, or null. */
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))), "Введите дату: дд.мм.гггг")
  .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));

const experience = z
  .string()
  .trim()
  .refine((value) => value === "" || /^\d{1,2}$/.test(value), "Введите целое число лет, например 2")
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || value <= MAX_EXPERIENCE_YEARS, `Стаж — не больше ${MAX_EXPERIENCE_YEARS} лет`);

const participantShape = {
  kind: z.enum(KINDS, { error: "Выберите категорию" }),
  lastName: text(100).min(1, "Введите фамилию"),
  firstName: text(100).min(1, "Введите имя"),
  middleName: optionalText(100),
  birthDate: optionalDate,
  isMinor: z.boolean(),
  email: z
    .string()
    .trim()
    .max(320, "Слишком длинный адрес")
    .refine((value) => value === "" || z.email().safeParse(value).success, "Проверьте адрес: например, ivanova@school.ru")
    .transform((value) => value.toLowerCase() || null),
  phone: optionalText(40),
  position: optionalText(200),
  /** Subjects separated by commas: «математика, физика». */
  subjects: text(500).transform((value) =>
    value
      .split(/[,;]/)
      .map((subject) => subject.trim())
      .filter(Boolean),
  ),
  className: optionalText(20),
  experienceYears: experience,
  ageBand: z.union([z.enum(AGE_BANDS), z.literal("")]).transform((value) => value || null),
  hiredOn: optionalDate,
  inMentorBase: z.boolean(),
  inMenteeBase: z.boolean(),
  consentGiven: z.boolean(),
  consentDate: optionalDate,
  consentGivenBy: optionalText(200),
  /** A mentor's consent to have the name shown on the school's public page (never for a minor). */
  publishName: z.boolean().default(false),
};

type ParticipantValues = z.output<z.ZodObject<typeof participantShape>>;

/** Rules across fields, with their messages next to the field they concern. */
function participantRules(value: ParticipantValues, ctx: z.RefinementCtx) {
  const today = new Date();
  if (!value.inMentorBase && !value.inMenteeBase) {
    ctx.addIssue({ code: "custom", path: ["inMentorBase"], message: "Отметьте базу: наставников, наставляемых или обе" });
  }
  for (const field of ["birthDate", "hiredOn", "consentDate"] as const) {
    // zod 4 runs these rules even when a date field failed its own check, with the raw string
    // instead of the Date the transform makes: such a field already has its message.
    const date: unknown = value[field];
    if (date instanceof Date && (date > today || date.getUTCFullYear() < 1900)) {
      ctx.addIssue({ code: "custom", path: [field], message: "Дата не может быть в будущем или раньше 1900 года" });
    }
  }
  if (value.consentGiven && !value.consentDate) {
    ctx.addIssue({ code: "custom", path: ["consentDate"], message: "Укажите дату согласия" });
  }
  if (value.consentGiven && isMinorValue(value) && !value.consentGivenBy) {
    ctx.addIssue({
      code: "custom",
      path: ["consentGivenBy"],
      message: "За несовершеннолетнего согласие даёт родитель или законный представитель: укажите его ФИО",
    });
  }
}

/** A minor: marked so, or younger than 18 by the birth date. */
export function isMinorValue(value: { isMinor: boolean; birthDate: Date | null }, now = new Date()): boolean {
  if (value.isMinor) return true;
  if (!value.birthDate) return false;
  const adult = new Date(value.birthDate);
  adult.setUTCFullYear(adult.getUTCFullYear() + 18);
  return adult > now;
}

export const ZParticipantForm = z.object(participantShape).superRefine(participantRules);
export type TParticipantFormInput = z.input<typeof ZParticipantForm>;
export type TParticipantForm = z.output<typeof ZParticipantForm>;

export const ZCreateParticipant = z.object({ schoolId: ZId, ...participantShape }).superRefine(participantRules);
export type TCreateParticipant = z.output<typeof ZCreateParticipant>;

export const ZUpdateParticipant = z
  .object({ participantId: ZId, version: z.number().int().min(1), ...participantShape })
  .superRefine(participantRules);
export type TUpdateParticipant = z.output<typeof ZUpdateParticipant>;

export const ZParticipantId = z.object({ participantId: ZId });

export const EMPTY_PARTICIPANT_FORM: TParticipantFormInput = {
  kind: "TEACHER",
  lastName: "",
  firstName: "",
  middleName: "",
  birthDate: "",
  isMinor: false,
  email: "",
  phone: "",
  position: "",
  subjects: "",
  className: "",
  experienceYears: "",
  ageBand: "",
  hiredOn: "",
  inMentorBase: false,
  inMenteeBase: false,
  consentGiven: false,
  consentDate: "",
  consentGivenBy: "",
  publishName: false,
};

export const SORTS = ["name", "kind", "experience", "created"] as const;
export const PAGE_SIZE = 50;

/** The list's filters from the address bar: anything unexpected falls back to the default. */
export const ZParticipantFilter = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(KINDS).optional().catch(undefined),
  base: z.enum(["mentor", "mentee"]).optional().catch(undefined),
  formId: z.string().trim().min(1).max(64).optional().catch(undefined),
  flags: z
    .preprocess((value) => (typeof value === "string" ? value.split(",") : value), z.array(z.enum(FLAGS)))
    .catch([])
    .default([]),
  archived: z.preprocess((value) => value === "1" || value === true, z.boolean()).catch(false),
  sort: z.enum(SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TParticipantFilter = z.output<typeof ZParticipantFilter>;
export type TParticipantFilterInput = z.input<typeof ZParticipantFilter>;

export { MAX_IMPORT_BYTES };
/** An import's file as the confirm action receives it: the same bytes the preview checked. */
export const ZImportFile = z.object({
  schoolId: ZId,
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, "Файл больше 5 МБ: разделите его на несколько")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Файл повреждён: загрузите его ещё раз"),
});
export type TImportFile = z.output<typeof ZImportFile>;
