/**
 * Russian presentation of values: dates `дд.мм.гггг`, times, numbers and plural forms. The time
 * zone is the platform's (APP_TIME_ZONE, Moscow by default), never the server's.
 */
const timeZone = process.env.APP_TIME_ZONE || "Europe/Moscow";

const dateFormat = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone,
});
const calendarDateFormat = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "UTC",
});
const timeFormat = new Intl.DateTimeFormat("ru-RU", { hour: "2-digit", minute: "2-digit", timeZone });
const numberFormat = new Intl.NumberFormat("ru-RU");

/** A calendar date (`@db.Date` columns are UTC midnight): 01.09.2026. */
export function formatDate(date: Date): string {
  return calendarDateFormat.format(date);
}

/** A moment in the platform's time zone: 26.11.2026. */
export function formatLocalDate(date: Date): string {
  return dateFormat.format(date);
}

/** 14:05 in the platform's time zone. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** pluralRu(5, ["школа", "школы", "школ"]) → "школ". */
export function pluralRu(count: number, forms: readonly [one: string, few: string, many: string]): string {
  const n = Math.abs(count) % 100;
  const n1 = n % 10;
  if (n > 10 && n < 20) return forms[2];
  if (n1 > 1 && n1 < 5) return forms[1];
  if (n1 === 1) return forms[0];
  return forms[2];
}

/** "5 школ". */
export function countRu(count: number, forms: readonly [string, string, string]): string {
  return `${formatNumber(count)} ${pluralRu(count, forms)}`;
}

type PersonName = { lastName: string; firstName: string; middleName?: string | null };

/** "Иванова Мария Петровна". */
export function fullName(person: PersonName): string {
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(" ");
}

/** "Иванова М. П." */
export function shortPersonName(person: PersonName): string {
  const initials = [person.firstName, person.middleName].filter(Boolean).map((part) => `${part![0]}.`).join(" ");
  return `${person.lastName} ${initials}`.trim();
}

export const PAIR_STATUS_LABELS = { ACTIVE: "действует", COMPLETED: "завершена", TERMINATED: "прекращена досрочно" } as const;
export const PLAN_ITEM_STATUS_LABELS = { PLANNED: "запланировано", IN_PROGRESS: "в работе", DONE: "выполнено", CANCELLED: "отменено" } as const;
export const VISIT_DIRECTION_LABELS = {
  MENTOR_TO_MENTEE: "наставник у наставляемого",
  MENTEE_TO_MENTOR: "наставляемый у наставника",
  OPEN_LESSON: "открытый урок",
} as const;
