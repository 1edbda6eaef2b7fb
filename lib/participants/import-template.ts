import "server-only";
import ExcelJS from "exceljs";
import { COLUMN_HELP, COLUMNS } from "./columns";
import { NATURAL_KEY_HELP } from "./keys";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A sheet with the template's header row, bold and frozen. */
export function addParticipantsSheet(workbook: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
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
  const help = workbook.addWorksheet("Справка");
  help.columns = [
    { header: "Столбец", key: "header", width: 28 },
    { header: "Как заполнять", key: "help", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of COLUMNS) help.addRow({ header: column.header, help: COLUMN_HELP[column.key] ?? "" });
  help.addRow({});
  help.addRow({ header: "Повторная загрузка", help: NATURAL_KEY_HELP });
  help.addRow({ header: "Строки-примеры", help: "Удалите строки-примеры на листе «Участники» перед загрузкой." });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
