/**
 * Participants for tests: a school with its curator, form values as the participant form sends
 * them, and import files built in memory (Excel through exceljs, or CSV text).
 */
import ExcelJS from "exceljs";
import type { TParticipantFormInput } from "@/lib/participants/schemas";
import { EMPTY_PARTICIPANT_FORM } from "@/lib/participants/schemas";
import { COLUMNS } from "@/lib/participants/columns";
import { createSchool } from "./factories";
import { createUserWithRole, scopeOfSchool } from "./factories-users";

export async function createSchoolWithCurator() {
  const tenant = await createSchool();
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(tenant.school));
  return { ...tenant, curator: curator.principal };
}

export function teacherForm(overrides: Partial<TParticipantFormInput> = {}): TParticipantFormInput {
  return {
    ...EMPTY_PARTICIPANT_FORM,
    kind: "TEACHER",
    lastName: "Смирнова",
    firstName: "Ольга",
    middleName: "Викторовна",
    position: "учитель математики",
    subjects: "математика, информатика",
    experienceYears: "2",
    ageBand: "UNDER_25",
    inMenteeBase: true,
    consentGiven: true,
    consentDate: "2025-09-01",
    ...overrides,
  };
}

export function studentForm(overrides: Partial<TParticipantFormInput> = {}): TParticipantFormInput {
  return {
    ...EMPTY_PARTICIPANT_FORM,
    kind: "STUDENT",
    lastName: "Кузнецов",
    firstName: "Артём",
    className: "7Б",
    birthDate: "2013-03-14",
    inMenteeBase: true,
    ...overrides,
  };
}

/** A row of an import file by Russian header: { "Фамилия": "Иванова", … }. */
export type SheetRow = Record<string, string | number | Date | null>;

export const HEADERS = COLUMNS.map((column) => column.header);

export function teacherRow(index: number, overrides: SheetRow = {}): SheetRow {
  return {
    Фамилия: `Учителева${index}`,
    Имя: "Анна",
    Отчество: "Сергеевна",
    Категория: "педагог",
    Должность: "учитель",
    Предметы: "история, обществознание",
    "Стаж, лет": index % 40,
    Возраст: "25–34",
    "Дата приёма на работу": "01.09.2020",
    База: index % 2 ? "наставник" : "обе",
    "Согласие на обработку ПД": "да",
    "Дата согласия": "01.09.2024",
    "E-mail": `teacher${index}@school.ru`,
    ...overrides,
  };
}

export async function xlsxOf(rows: SheetRow[], headers: string[] = HEADERS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Участники");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function csvOf(rows: SheetRow[], headers: string[] = HEADERS): Uint8Array {
  const quote = (value: unknown) => (value === null || value === undefined ? "" : `"${String(value).replace(/"/g, '""')}"`);
  const lines = [headers.map(quote).join(";"), ...rows.map((row) => headers.map((header) => quote(row[header])).join(";"))];
  return new TextEncoder().encode(lines.join("\r\n"));
}
