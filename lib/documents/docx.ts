/**
 * The one generator of school orders as Word files: the school's name, «ПРИКАЗ», the date and
 * number, the title, the preamble ending in «ПРИКАЗЫВАЮ:», the numbered items (with tables where
 * an order lists people) and the signature block. Each order (lib/pairs/order-docx.ts,
 * ./orders.ts) supplies only its own content.
 */
import "server-only";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopPosition, TabStopType, TextRun, WidthType } from "docx";
import { formatDate } from "@/lib/format";

const BODY_SIZE = 24; // 12 pt
const TABLE_SIZE = 22; // 11 pt

/** A paragraph of an order's body. */
export function orderLine(text: string, options: { bold?: boolean; center?: boolean; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.indent ? { left: 567 } : undefined,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: options.bold, size: BODY_SIZE })],
  });
}

function cell(text: string, bold = false) {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: TABLE_SIZE })] })] });
}

/** A table of an order (a header row, then the rows), full width. */
export function orderTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  const header = new TableRow({ tableHeader: true, children: head.map((text) => cell(text, true)) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))] });
}

/** A signature line: the role on the left, the line and the name on the right. */
function signatureLine(role: string, name?: string | null): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
    children: [new TextRun({ text: role, size: BODY_SIZE }), new TextRun({ text: `\t____________ ${name ?? "____________________"}`, size: BODY_SIZE })],
  });
}

export type OrderSpec = {
  /** The document's title in the file's properties: «Приказ о закреплении наставнических пар (групп)». */
  documentTitle: string;
  schoolName: string;
  number: string;
  date: Date;
  /** The heading under the number: «О закреплении наставнических пар (групп)». */
  heading: string;
  /** The text before «ПРИКАЗЫВАЮ:». */
  preamble: string;
  body: Array<Paragraph | Table>;
  signatures: Array<{ role: string; name?: string | null }>;
  /** «С приказом ознакомлен(а):» with the names of those who must sign that they have read it. */
  acquainted?: string[];
};

export async function buildOrderDocx(spec: OrderSpec): Promise<Buffer> {
  const acquainted = spec.acquainted?.length
    ? [orderLine("С приказом ознакомлен(а):"), ...spec.acquainted.map((name) => orderLine(`${name}  ____________  «___» ____________ 20___ г.`))]
    : [];
  const doc = new Document({
    creator: "Наставник",
    title: spec.documentTitle,
    styles: { default: { document: { run: { font: "Times New Roman" } } } },
    sections: [
      {
        children: [
          orderLine(spec.schoolName, { bold: true, center: true }),
          orderLine("ПРИКАЗ", { bold: true, center: true }),
          orderLine(`от ${formatDate(spec.date)} № ${spec.number}`, { center: true }),
          orderLine(spec.heading, { bold: true, center: true }),
          orderLine(`${spec.preamble} ПРИКАЗЫВАЮ:`),
          ...spec.body,
          ...spec.signatures.map((s) => signatureLine(s.role, s.name)),
          ...acquainted,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
