/**
 * «Приказ о закреплении наставнических пар (групп)» as a Word file, generated from the active
 * pairs of a school in the academic year of the order's date, built by the one order generator
 * (lib/documents/docx.ts). The curator signs it on paper and uploads the scan against the requirement.
 */
import "server-only";
import { db } from "@/lib/db";
import { scopeWhere, type Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { buildOrderDocx, orderLine, orderTable } from "@/lib/documents/docx";
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

export async function buildPairsOrderDocx(principal: Principal, schoolId: string, order: { number: string; date: string }): Promise<Buffer> {
  const orderDate = toDate(order.date);
  const { yearTitle, rows } = await listOrderRows(principal, schoolId, orderDate);
  const school = await db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
  return buildOrderDocx({
    documentTitle: "Приказ о закреплении наставнических пар (групп)",
    schoolName: school.name,
    number: order.number,
    date: orderDate,
    heading: "О закреплении наставнических пар (групп)",
    preamble: `В соответствии с Положением о наставничестве и программой наставничества${yearTitle ? ` на ${yearTitle} учебный год` : ""}`,
    body: [
      orderLine("1. Закрепить наставнические пары (группы) в следующем составе:"),
      orderTable(
        ["№", "Наставник", "Наставляемый(е)", "Форма наставничества", "Срок"],
        rows.map((row, index) => [String(index + 1), row.mentor, row.mentees, row.form, row.term]),
      ),
      orderLine("2. Контроль за исполнением приказа возложить на куратора программы наставничества."),
    ],
    signatures: [{ role: "Руководитель образовательной организации" }, { role: "Куратор программы наставничества", name: principal.fullName }],
  });
}
