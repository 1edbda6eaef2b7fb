/**
 * The columns of the import template and of the export, in this order, with Russian headers. An
 * exported file can be imported back (the natural keys match), so both share this list.
 */
import { AGE_BAND_LABELS, AGE_BANDS, KIND_LABELS, KINDS } from "./schemas";

export const COLUMNS = [
  { key: "lastName", header: "Фамилия", width: 18 },
  { key: "firstName", header: "Имя", width: 14 },
  { key: "middleName", header: "Отчество", width: 18 },
  { key: "kind", header: "Категория", width: 24 },
  { key: "position", header: "Должность", width: 22 },
  { key: "subjects", header: "Предметы", width: 24 },
  { key: "className", header: "Класс", width: 8 },
  { key: "experienceYears", header: "Стаж, лет", width: 10 },
  { key: "ageBand", header: "Возраст", width: 12 },
  { key: "hiredOn", header: "Дата приёма на работу", width: 14 },
  { key: "base", header: "База", width: 16 },
  { key: "consentGiven", header: "Согласие на обработку ПД", width: 12 },
  { key: "consentGivenBy", header: "Кто дал согласие", width: 24 },
  { key: "consentDate", header: "Дата согласия", width: 14 },
  { key: "birthDate", header: "Дата рождения", width: 14 },
  { key: "email", header: "E-mail", width: 24 },
  { key: "phone", header: "Телефон", width: 16 },
] as const;
export type ColumnKey = (typeof COLUMNS)[number]["key"];

export const BASE_LABELS = { mentor: "наставник", mentee: "наставляемый", both: "обе" } as const;

/** What the «Справка» sheet of the template and the import page say about each column. */
export const COLUMN_HELP: Partial<Record<ColumnKey, string>> = {
  lastName: "обязательно",
  firstName: "обязательно",
  kind: `обязательно: ${KINDS.map((kind) => KIND_LABELS[kind]).join(" / ")}`,
  subjects: "через запятую: математика, физика",
  className: "для обучающихся: 7Б",
  experienceYears: "целое число от 0 до 60",
  ageBand: AGE_BANDS.map((band) => AGE_BAND_LABELS[band]).join(" / "),
  hiredOn: "дд.мм.гггг",
  base: "обязательно: наставник / наставляемый / обе",
  consentGiven: "да / нет",
  consentGivenBy: "для несовершеннолетних: ФИО родителя или законного представителя",
  consentDate: "дд.мм.гггг; обязательно, если согласие дано",
  birthDate: "дд.мм.гггг",
};
