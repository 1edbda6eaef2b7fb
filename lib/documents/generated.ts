/**
 * Which requirements the platform can draft as a Word file from the school's own data: the order
 * on the curator, the order on pairs and groups, the order on the final event. Matched by the
 * requirement's code (the platform's catalog); the school downloads the draft from the checklist
 * row, signs it and uploads the scan against the same requirement.
 */
import type { GeneratedOrderKind } from "./schemas";

export const GENERATED_ORDERS: Record<GeneratedOrderKind, { code: string; title: string; fileName: string; hint: string }> = {
  curator: {
    code: "ORDER_CURATOR",
    title: "Приказ о назначении куратора внедрения целевой модели наставничества",
    fileName: "Приказ о назначении куратора",
    hint: "Куратор — из программы наставничества учебного года (или вы, если он там не указан).",
  },
  pairs: {
    code: "ORDER_PAIRS",
    title: "Приказ о закреплении наставнических пар (групп)",
    fileName: "Приказ о закреплении наставнических пар",
    hint: "В таблице — действующие пары и группы учебного года, в который попадает дата приказа.",
  },
  "final-event": {
    code: "ORDER_FINAL_EVENT",
    title: "Приказ о проведении итогового мероприятия",
    fileName: "Приказ о проведении итогового мероприятия",
    hint: "Дата, место и программа — из итогового мероприятия школы в разделе «Мероприятия»; если его нет, строки останутся для заполнения от руки.",
  },
};

/** The order the platform can draft for a requirement's code, if any. */
export function generatedOrderFor(code: string): GeneratedOrderKind | null {
  const entry = Object.entries(GENERATED_ORDERS).find(([, order]) => order.code === code);
  return entry ? (entry[0] as GeneratedOrderKind) : null;
}
