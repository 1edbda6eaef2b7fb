/**
 * Reading an import file (Excel .xlsx or CSV) into rows, and checking every row with the same
 * schema as the participant form. Nothing here touches the database: the preview and the
 * confirmed import (./import.ts) both start from this.
 */
import { asText, dateText, IMPORT_MESSAGES as SHEET_MESSAGES, normaliseText as norm, readSheet, type RawRow as SheetRow } from "@/lib/import/sheet";
import { markDuplicates } from "@/lib/import/preview";
import { BASE_LABELS, COLUMNS, type ColumnKey } from "./columns";
import { naturalKey } from "./keys";
import { AGE_BAND_LABELS, AGE_BANDS, KIND_LABELS, KINDS, ZParticipantForm, type TParticipantForm, type TParticipantFormInput } from "./schemas";

export { MAX_IMPORT_ROWS } from "@/lib/import/sheet";
export type RawRow = SheetRow<ColumnKey>;

export const IMPORT_MESSAGES = { ...SHEET_MESSAGES, empty: "В файле нет ни одной строки с участниками." } as const;

const KIND_OF = new Map<string, (typeof KINDS)[number]>([
  ...KINDS.map((kind) => [norm(KIND_LABELS[kind]), kind] as const),
  ["учитель", "TEACHER"],
  ["ученик", "STUDENT"],
  ["работодатель", "EMPLOYER_REPRESENTATIVE"],
]);
const BAND_OF = new Map<string, (typeof AGE_BANDS)[number]>(AGE_BANDS.map((band) => [norm(AGE_BAND_LABELS[band]), band]));
const BASE_OF = new Map<string, [boolean, boolean]>([
  [BASE_LABELS.mentor, [true, false]],
  ["наставников", [true, false]],
  [BASE_LABELS.mentee, [false, true]],
  ["наставляемых", [false, true]],
  [BASE_LABELS.both, [true, true]],
  ["наставник и наставляемый", [true, true]],
]);
const YES = new Set(["да", "есть", "+", "1", "true"]);
const NO = new Set(["нет", "", "-", "0", "false"]);

/** The file's rows under its header row (lib/import/sheet.ts reads Excel and CSV for every import). */
export function readImportFile(bytes: Uint8Array, fileName: string): Promise<RawRow[]> {
  return readSheet(bytes, fileName, { columns: COLUMNS, required: ["lastName", "firstName", "kind", "base"], anchor: "lastName", emptyMessage: IMPORT_MESSAGES.empty });
}

export type CheckedRow = {
  line: number;
  name: string;
  problems: string[];
  values: TParticipantForm | null;
  key: string | null;
};

const headerOf = (key: string) => COLUMNS.find((column) => column.key === key)?.header ?? key;

/** Checks one row with the participant form's schema; problems are in Russian, named by column. */
export function checkRow(row: RawRow): CheckedRow {
  const c = row.cells;
  const problems: string[] = [];
  const name = [c.lastName, c.firstName, c.middleName].map(asText).filter(Boolean).join(" ");
  const kindText = norm(asText(c.kind));
  const kind = KIND_OF.get(kindText);
  if (!kind) problems.push(kindText ? `«Категория»: неизвестная категория «${asText(c.kind)}»; допустимо: педагог, обучающийся, студент, представитель работодателя` : "«Категория»: не указана");
  const base = BASE_OF.get(norm(asText(c.base)));
  if (!base) problems.push(asText(c.base) ? `«База»: неизвестное значение «${asText(c.base)}»; допустимо: наставник, наставляемый, обе` : "«База»: не указана");
  const bandText = asText(c.ageBand);
  const ageBand = bandText ? BAND_OF.get(norm(bandText)) : "";
  if (ageBand === undefined) problems.push(`«Возраст»: неизвестное значение «${bandText}»; допустимо: до 25, 25–34, 35–49, 50 и старше`);
  const consentText = norm(asText(c.consentGiven));
  if (!YES.has(consentText) && !NO.has(consentText)) problems.push(`«Согласие на обработку ПД»: напишите «да» или «нет»`);
  const dates: Record<string, string> = {};
  for (const key of ["birthDate", "hiredOn", "consentDate"] as const) {
    const text = dateText(c[key]);
    if (text === null) problems.push(`«${headerOf(key)}»: не дата «${asText(c[key])}», нужна дата в виде дд.мм.гггг`);
    dates[key] = text ?? "";
  }
  const experience = c.experienceYears;
  const experienceText = typeof experience === "number" && Number.isInteger(experience) && experience >= 0 ? String(experience) : asText(experience);
  const input: TParticipantFormInput = {
    kind: kind ?? "TEACHER",
    lastName: asText(c.lastName),
    firstName: asText(c.firstName),
    middleName: asText(c.middleName),
    birthDate: dates.birthDate,
    // A pupil without a birth date is taken for a minor: the stricter rules apply.
    isMinor: kind === "STUDENT" && !dates.birthDate,
    email: asText(c.email),
    phone: asText(c.phone),
    position: asText(c.position),
    subjects: asText(c.subjects),
    className: asText(c.className),
    experienceYears: experienceText,
    ageBand: ageBand ?? "",
    hiredOn: dates.hiredOn,
    inMentorBase: base?.[0] ?? true,
    inMenteeBase: base?.[1] ?? true,
    consentGiven: YES.has(consentText),
    consentDate: dates.consentDate,
    consentGivenBy: asText(c.consentGivenBy),
  };
  const parsed = ZParticipantForm.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const message = `«${headerOf(field === "inMentorBase" ? "base" : field)}»: ${issue.message}`;
      if (!problems.some((p) => p.startsWith(`«${headerOf(field)}»`))) problems.push(message);
    }
  }
  const values = problems.length === 0 && parsed.success ? parsed.data : null;
  return { line: row.line, name, problems, values, key: values ? naturalKey(values) : null };
}

/** Checks every row and marks the second and later occurrences of one person in the file. */
export function checkRows(rows: RawRow[]): CheckedRow[] {
  return markDuplicates(
    rows.map(checkRow),
    (first) => `Этот участник уже есть в строке ${first} файла: оставьте одну строку`,
    (row) => {
      row.values = null;
    },
  );
}
