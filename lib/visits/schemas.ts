/**
 * The lesson visit form (взаимопосещение уроков), shared by the client form and the actions. Who
 * visited whom is not typed: it follows from the direction and the pair's people (lib/visits/rules.ts).
 */
import { z } from "zod";
import { isoDate } from "@/lib/pairs/schemas";

const ZId = z.string().trim().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`).optional();

export const VISIT_DIRECTIONS = ["MENTOR_TO_MENTEE", "MENTEE_TO_MENTOR", "OPEN_LESSON"] as const;
export const OPEN_LESSON_BY = ["MENTEE", "MENTOR"] as const;

export const ZVisitFields = z.object({
  menteeId: z.string({ error: "Выберите наставляемого" }).trim().min(1, "Выберите наставляемого").max(64),
  direction: z.enum(VISIT_DIRECTIONS, { error: "Выберите, кто у кого был на уроке" }),
  openLessonBy: z.enum(OPEN_LESSON_BY).default("MENTEE"),
  visitedOn: isoDate("Укажите дату урока"),
  className: optionalText(20),
  subject: z.string({ error: "Укажите предмет" }).trim().min(2, "Укажите предмет").max(100, "Не длиннее 100 символов"),
  topic: optionalText(300),
  purpose: optionalText(500),
  observed: optionalText(4000),
  strengths: optionalText(3000),
  recommendations: optionalText(4000),
  planItemId: z.string().trim().max(64).optional(),
});
export type TVisitFields = z.input<typeof ZVisitFields>;

export const ZCreateVisit = ZVisitFields.extend({ pairId: ZId });
export type TCreateVisit = z.input<typeof ZCreateVisit>;

export const ZUpdateVisit = ZVisitFields.extend({ visitId: ZId, version: z.number().int().min(1) });
export type TUpdateVisit = z.input<typeof ZUpdateVisit>;

export const ZDeleteVisit = z.object({ visitId: ZId, version: z.number().int().min(1) });

export const VISIT_MESSAGES = {
  notMentee: "Этот участник не состоит в паре (группе).",
  future: "Дата посещения не может быть в будущем.",
  beforePair: "Дата посещения раньше начала работы пары.",
  afterPair: "Пара уже завершена: дата посещения позже её окончания.",
  noAcademicYear: "Дата не попадает ни в один учебный год.",
  itemOfOtherPlan: "Этот пункт относится к плану другого наставляемого.",
  conflict: "Запись о посещении только что изменил другой пользователь. Ваши изменения остались в форме: сверьте их и сохраните ещё раз.",
} as const;
