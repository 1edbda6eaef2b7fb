import "server-only";
import ExcelJS from "exceljs";
import { addHelpSheet, addSheet } from "@/lib/import/sheet";
import { COLUMN_HELP, COLUMNS } from "./columns";
import { NATURAL_KEY_HELP } from "./keys";

export { XLSX_MIME } from "@/lib/import/sheet";

/** A sheet with the template's header row, bold and frozen. */
export function addParticipantsSheet(workbook: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  return addSheet(workbook, title, COLUMNS);
}

/** The template to download: the header row, two example rows and a sheet explaining the columns. */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = addParticipantsSheet(workbook, "Участники");
  sheet.addRow({
    lastName: "Иванова",
    firstName: "Мария",
    middleName: "Петровна",
    kind: "педагог",
    position: "учитель математики",
    subjects: "математика, информатика",
    experienceYears: 2,
    ageBand: "до 25",
    hiredOn: "01.09.2025",
    base: "наставляемый",
    consentGiven: "да",
    consentDate: "01.09.2025",
  });
  sheet.addRow({
    lastName: "Петров",
    firstName: "Илья",
    kind: "обучающийся",
    className: "7Б",
    base: "наставляемый",
    consentGiven: "да",
    consentGivenBy: "Петрова Анна Сергеевна",
    consentDate: "02.09.2025",
    birthDate: "14.03.2013",
  });
  addHelpSheet(workbook, [
    ...COLUMNS.map((column) => ({ header: column.header, help: COLUMN_HELP[column.key] ?? "" })),
    { header: "", help: "" },
    { header: "Повторная загрузка", help: NATURAL_KEY_HELP },
    { header: "Строки-примеры", help: "Удалите строки-примеры на листе «Участники» перед загрузкой." },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
