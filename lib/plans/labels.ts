/**
 * Russian names of the values of plans, items, visits and meetings (safe to import in client
 * components). Status and visit-direction labels live in lib/format.ts with the other shared ones.
 */
import type { MeetingFormat, PlanDirection, PlanKind } from "@/lib/generated/prisma/enums";

export const PLAN_KINDS = ["IPR", "IOM", "PERSONAL_PROGRAM"] as const satisfies readonly PlanKind[];
export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  IPR: "Индивидуальный план развития (ИПР)",
  IOM: "Индивидуальный образовательный маршрут (ИОМ)",
  PERSONAL_PROGRAM: "Персонализированная программа наставничества",
};
/** The usual title of a new plan of each kind. */
export const PLAN_KIND_TITLES: Record<PlanKind, string> = {
  IPR: "Индивидуальный план развития",
  IOM: "Индивидуальный образовательный маршрут",
  PERSONAL_PROGRAM: "Персонализированная программа наставничества",
};

export const PLAN_DIRECTIONS = [
  "SUBJECT",
  "METHODOLOGICAL",
  "PSYCHOLOGICAL",
  "COMMUNICATIVE",
  "DIGITAL",
  "EDUCATIONAL_WORK",
  "OTHER",
] as const satisfies readonly PlanDirection[];
export const PLAN_DIRECTION_LABELS: Record<PlanDirection, string> = {
  SUBJECT: "предметная",
  METHODOLOGICAL: "методическая",
  PSYCHOLOGICAL: "психолого-педагогическая",
  COMMUNICATIVE: "коммуникативная",
  DIGITAL: "цифровая",
  EDUCATIONAL_WORK: "воспитательная",
  OTHER: "другое",
};

export const PLAN_ITEM_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;

export const MEETING_FORMATS = ["IN_PERSON", "ONLINE", "MIXED"] as const satisfies readonly MeetingFormat[];
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  IN_PERSON: "очно",
  ONLINE: "онлайн",
  MIXED: "очно и онлайн",
};

/** Examples of expected products, offered as suggestions in the item form. */
export const PRODUCT_EXAMPLES = [
  "Конспект урока",
  "Технологическая карта урока",
  "Методическая разработка",
  "Открытый урок и его самоанализ",
  "Диагностический пакет",
  "Сценарий мероприятия",
  "Сценарий родительского собрания",
  "Выступление на заседании МО",
  "Портфолио и рефлексивный отчёт",
] as const;
