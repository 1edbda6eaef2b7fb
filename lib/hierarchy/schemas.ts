/**
 * The forms of the hierarchy and its catalogs: regions, municipalities, schools, partner
 * organisations, academic years. One zod schema per form, shared by the client and the action.
 */
import { z } from "zod";
import { isoDate } from "@/lib/pairs/schemas";

export const SCHOOL_TYPES = ["SCHOOL", "GYMNASIUM", "LYCEUM", "BOARDING_SCHOOL", "COLLEGE", "OTHER"] as const;
export const SCHOOL_TYPE_LABELS: Record<(typeof SCHOOL_TYPES)[number], string> = {
  SCHOOL: "школа",
  GYMNASIUM: "гимназия",
  LYCEUM: "лицей",
  BOARDING_SCHOOL: "школа-интернат",
  COLLEGE: "колледж (СПО)",
  OTHER: "другое",
};
export const ORGANIZATION_KINDS = ["EMPLOYER", "COLLEGE", "UNIVERSITY", "NGO", "OTHER"] as const;
export const ORGANIZATION_KIND_LABELS: Record<(typeof ORGANIZATION_KINDS)[number], string> = {
  EMPLOYER: "работодатель",
  COLLEGE: "колледж",
  UNIVERSITY: "вуз",
  NGO: "некоммерческая организация",
  OTHER: "другое",
};

const ZId = z.string().trim().max(64);
const text = (max: number, required?: string) =>
  required ? z.string().trim().min(1, required).max(max, `Не длиннее ${max} символов`) : z.string().trim().max(max, `Не длиннее ${max} символов`);
const code = (required: string) =>
  text(40, required).regex(/^[\p{L}\p{N}._-]+$/u, "Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов");
const cap = z
  .string()
  .trim()
  .regex(/^\d*$/, "Укажите целое число")
  .transform((value) => (value === "" ? null : Number(value)))
  .refine((value) => value === null || (value >= 1 && value <= 30), "От 1 до 30 наставляемых");
const website = z
  .string()
  .trim()
  .max(300, "Не длиннее 300 символов")
  .refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value), "Адрес сайта начинается с http:// или https://")
  .transform((value) => value || null);

export const ZSaveRegion = z.object({
  regionId: ZId.optional(),
  code: code("Укажите код субъекта РФ, например 56"),
  name: text(200, "Укажите название региона"),
  maxMenteesPerMentor: cap.refine((value) => value !== null, "Укажите предельную нагрузку наставника"),
});
export type TSaveRegion = z.input<typeof ZSaveRegion>;

/** What a regional coordinator may change of their region: its settings, not its name or code. */
export const ZRegionSettings = z.object({
  regionId: ZId.min(1),
  maxMenteesPerMentor: cap.refine((value) => value !== null, "Укажите предельную нагрузку наставника"),
  disabledFormIds: z.array(ZId).max(100),
});
export type TRegionSettings = z.input<typeof ZRegionSettings>;

export const ZSaveMunicipality = z.object({
  municipalityId: ZId.optional(),
  regionId: ZId.min(1),
  code: code("Укажите код муниципалитета"),
  name: text(200, "Укажите название муниципалитета"),
});
export type TSaveMunicipality = z.input<typeof ZSaveMunicipality>;

export const ZSaveSchool = z.object({
  schoolId: ZId.optional(),
  municipalityId: ZId.min(1, "Выберите муниципалитет"),
  code: code("Укажите код школы (ИНН или код, данный регионом)"),
  slug: text(60, "Укажите короткий адрес страницы, например orsk-51").regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "Только строчные латинские буквы, цифры и дефисы, например orsk-51",
  ),
  name: text(300, "Укажите полное наименование"),
  shortName: text(100, "Укажите краткое наименование, например СОШ №51"),
  type: z.enum(SCHOOL_TYPES, { message: "Выберите тип организации" }),
  inn: z
    .string()
    .trim()
    .regex(/^(\d{10}|\d{12})?$/, "ИНН — 10 или 12 цифр")
    .transform((value) => value || null),
  website,
  inRollout: z.boolean(),
  maxMenteesPerMentor: cap,
});
export type TSaveSchool = z.input<typeof ZSaveSchool>;

export const ZSaveOrganization = z.object({
  organizationId: ZId.optional(),
  regionId: ZId.min(1),
  kind: z.enum(ORGANIZATION_KINDS, { message: "Выберите вид организации" }),
  code: code("Укажите код организации (ИНН или свой)"),
  name: text(300, "Укажите название"),
  website,
});
export type TSaveOrganization = z.input<typeof ZSaveOrganization>;

export const ZSaveAcademicYear = z
  .object({
    startsOn: isoDate("Укажите дату начала"),
    endsOn: isoDate("Укажите дату окончания"),
    isCurrent: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn <= value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Окончание должно быть позже начала" });
  });
export type TSaveAcademicYear = z.input<typeof ZSaveAcademicYear>;

export const HIERARCHY_MESSAGES = {
  duplicateCode: "Такой код уже есть на платформе: коды не повторяются.",
  duplicateName: "Такое название уже есть.",
  duplicateSlug: "Этот короткий адрес уже занят другой школой.",
  duplicateInn: "Школа с таким ИНН уже есть.",
  conflict: "Запись только что изменил другой пользователь. Обновите страницу.",
  yearExists: "Такой учебный год уже есть.",
} as const;
