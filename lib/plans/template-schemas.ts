/**
 * The plan template form (admin: the platform's templates; regional coordinator: the region's),
 * shared by the client form and the actions. Items are saved as a whole list.
 */
import { z } from "zod";
import { PLAN_DIRECTIONS, PLAN_KINDS } from "./labels";

const optionalText = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`).optional();

export const ZTemplateItem = z.object({
  goal: z.string({ error: "Сформулируйте цель пункта" }).trim().min(3, "Сформулируйте цель пункта").max(300, "Не длиннее 300 символов"),
  direction: z.enum(PLAN_DIRECTIONS, { error: "Выберите направление" }),
  difficulty: optionalText(300),
  activity: optionalText(1000),
  expectedProduct: optionalText(300),
  /** Due: days from the plan's start; empty for none. */
  dueOffsetDays: z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    z
      .string()
      .trim()
      .regex(/^\d*$/, "Укажите целое число дней, например 30")
      .refine((value) => value === "" || Number(value) <= 1500, "Не больше 1500 дней")
      .optional(),
  ),
});
export type TTemplateItem = z.input<typeof ZTemplateItem>;

export const ZSavePlanTemplate = z.object({
  /** Empty for a new template. */
  templateId: z.string().trim().max(64).optional(),
  /** The region of a new template; empty for the platform's. */
  regionId: z.string().trim().max(64).optional(),
  /** When the edited template was last saved, as the form saw it (ISO); a newer save is a conflict. */
  updatedAt: z.string().trim().max(40).optional(),
  title: z.string({ error: "Укажите название шаблона" }).trim().min(3, "Укажите название шаблона").max(200, "Не длиннее 200 символов"),
  kind: z.enum(PLAN_KINDS, { error: "Выберите вид плана" }),
  formId: z.string().trim().max(64).optional(),
  isActive: z.boolean(),
  items: z.array(ZTemplateItem).min(1, "Добавьте хотя бы один пункт").max(60, "Не больше 60 пунктов"),
});
export type TSavePlanTemplate = z.input<typeof ZSavePlanTemplate>;

export const ZDeletePlanTemplate = z.object({ templateId: z.string().trim().min(1).max(64), updatedAt: z.string().trim().min(1).max(40) });

export const TEMPLATE_MESSAGES = {
  noForm: "Такой формы наставничества нет в каталоге.",
  conflict: "Шаблон только что изменил другой пользователь. Ваши изменения остались в форме: сверьте их и сохраните ещё раз.",
} as const;
