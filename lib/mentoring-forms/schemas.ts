/**
 * The catalog of mentoring forms (учитель–учитель, ученик–ученик…) and their models (roles), kept
 * by the admin. Forms are never deleted, only switched off: existing pairs keep their form.
 */
import { z } from "zod";
import { KINDS } from "@/lib/participants/schemas";

const ZId = z.string().trim().max(64);
const text = (max: number, required: string) => z.string().trim().min(1, required).max(max, `Не длиннее ${max} символов`);
const kinds = (required: string) => z.array(z.enum(KINDS)).min(1, required);

export const ZSaveForm = z.object({
  formId: ZId.optional(),
  code: text(40, "Укажите код формы, например TEACHER_TEACHER").regex(/^[A-Za-z0-9_-]+$/, "Код — латинские буквы, цифры, дефисы и подчёркивания"),
  name: text(100, "Укажите название, например «учитель – учитель»"),
  description: z.string().trim().max(1000, "Не длиннее 1000 символов"),
  mentorKinds: kinds("Отметьте, кто может быть наставником"),
  menteeKinds: kinds("Отметьте, кто может быть наставляемым"),
  isActive: z.boolean(),
  sortOrder: z.string().trim().regex(/^\d{0,3}$/, "Целое число от 0 до 999").transform((value) => Number(value || 0)),
});
export type TSaveForm = z.input<typeof ZSaveForm>;

export const ZSaveModel = z.object({
  modelId: ZId.optional(),
  formId: ZId.min(1),
  name: text(200, "Укажите название модели, например «опытный педагог – молодой специалист»"),
  mentorRole: text(100, "Укажите роль наставника"),
  menteeRole: text(100, "Укажите роль наставляемого"),
  isActive: z.boolean(),
});
export type TSaveModel = z.input<typeof ZSaveModel>;

export const FORM_MESSAGES = {
  duplicateCode: "Форма с таким кодом уже есть.",
  duplicateName: "Форма с таким названием уже есть.",
  duplicateModel: "У этой формы уже есть модель с таким названием.",
} as const;
