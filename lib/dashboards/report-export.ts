/** A report (./reports.ts) as an Excel workbook (one sheet per table) and as a Word document. */
import "server-only";
import ExcelJS from "exceljs";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { formatDate, formatTime } from "@/lib/format";
import type { Report } from "./reports";

const asOf = (report: Report) => `Данные на ${formatTime(report.asOf)} ${formatDate(report.asOf)}`;

export async function reportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const summary = workbook.addWorksheet("Отчёт");
  summary.getColumn(1).width = 120;
  summary.addRow([report.title]).font = { bold: true, size: 14 };
  summary.addRow([`${report.subtitle}. ${asOf(report)}`]);
  for (const section of report.sections) {
    summary.addRow([]);
    summary.addRow([section.heading]).font = { bold: true };
    for (const paragraph of section.paragraphs) summary.addRow([paragraph]).alignment = { wrapText: true };
  }
  const used = new Set<string>();
  for (const section of report.sections) {
    if (!section.table) continue;
    // Excel: sheet names up to 31 characters, unique, without []:*?/\
    let name = section.table.caption.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 29)} ${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(section.table.head).font = { bold: true };
    for (const row of section.table.rows) sheet.addRow(row);
    section.table.head.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 ? 40 : 22));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const text = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: value, bold, size: 22 })] });

export async function reportDocx(report: Report): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.title, bold: true, size: 30 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: `${report.subtitle}. ${asOf(report)}`, size: 22 })] }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: section.heading, bold: true, size: 26 })] }));
    for (const paragraph of section.paragraphs) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: paragraph, size: 24 })] }));
    if (section.table && section.table.rows.length) {
      const header = new TableRow({ tableHeader: true, children: section.table.head.map((h) => new TableCell({ children: [text(h, true)] })) });
      const rows = section.table.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [text(cell)] })) }));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }));
    }
  }
  const document = new Document({ creator: "Наставник", title: report.title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
