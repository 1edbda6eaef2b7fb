/**
 * «Приказ о закреплении наставнических пар (групп)» as a Word file, generated from the active
 * pairs of a school in the academic year of the order's date. The curator signs it on paper.
 */
import "server-only";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { formatDate, fullName } from "@/lib/format";
import { toDate } from "./schemas";

export type OrderRow = { mentor: string; mentees: string; form: string; term: string };

/** The rows of the order's table, in the order the curator registered the pairs. */
export async function listOrderRows(principal: Principal, schoolId: string, orderDate: Date) {
  const school = await findAccessibleOrThrow(principal, "read", "school", schoolId);
  const year =
    (await db.academicYear.findFirst({ where: { startsOn: { lte: orderDate }, endsOn: { gte: orderDate } } })) ??
    (await db.academicYear.findFirst({ where: { isCurrent: true } }));
  const pairs = year
    ? await db.mentoringPair.findMany({
        where: { AND: [scopeWhere(principal, "pair"), { schoolId: school.id, academicYearId: year.id, status: "ACTIVE" }] },
        orderBy: [{ startsOn: "asc" }, { createdAt: "asc" }],
        include: {
          form: { select: { name: true } },
          mentor: { select: { lastName: true, firstName: true, middleName: true } },
          mentees: { include: { mentee: { select: { lastName: true, firstName: true, middleName: true } } }, orderBy: { joinedOn: "asc" } },
        },
      })
    : [];
  const rows: OrderRow[] = pairs.map((pair) => ({
    mentor: fullName(pair.mentor),
    mentees: pair.mentees.map((m) => fullName(m.mentee)).join(", "),
    form: pair.form.name,
    term: `${formatDate(pair.startsOn)} — ${formatDate(pair.plannedEndOn)}`,
  }));
  return { schoolId: school.id, yearTitle: year?.title ?? null, rows };
}

function cell(text: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 22 })] })] });
}

function line(text: string, options: { bold?: boolean; center?: boolean } = {}) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: options.bold, size: 24 })],
  });
}

export async function buildPairsOrderDocx(principal: Principal, schoolId: string, order: { number: string; date: string }): Promise<Buffer> {
  const orderDate = toDate(order.date);
  const { yearTitle, rows } = await listOrderRows(principal, schoolId, orderDate);
  const school = await db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });

  const header = new TableRow({
    tableHeader: true,
    children: ["№", "Наставник", "Наставляемый(е)", "Форма наставничества", "Срок"].map((text) => cell(text, true)),
  });
  const body = rows.map((row, index) => new TableRow({ children: [String(index + 1), row.mentor, row.mentees, row.form, row.term].map((text) => cell(text)) }));

  const doc = new Document({
    creator: "Наставник",
    title: "Приказ о закреплении наставнических пар (групп)",
    sections: [
      {
        children: [
          line(school.name, { bold: true, center: true }),
          line("ПРИКАЗ", { bold: true, center: true }),
          line(`от ${formatDate(orderDate)} № ${order.number}`, { center: true }),
          line("О закреплении наставнических пар (групп)", { bold: true, center: true }),
          line(
            `В соответствии с Положением о наставничестве и программой наставничества${yearTitle ? ` на ${yearTitle} учебный год` : ""} ПРИКАЗЫВАЮ:`,
          ),
          line("1. Закрепить наставнические пары (группы) в следующем составе:"),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
          line(""),
          line("2. Контроль за исполнением приказа возложить на куратора программы наставничества."),
          line(""),
          line(`Куратор программы наставничества: ${principal.fullName}`),
          line("Руководитель образовательной организации: ____________________"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
