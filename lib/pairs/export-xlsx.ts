/** The pair list as an Excel workbook: the same scoped query and filters as the page. */
import "server-only";
import ExcelJS from "exceljs";
import type { Principal } from "@/lib/access";
import { formatDate, fullName, PAIR_STATUS_LABELS } from "@/lib/format";
import { listPairs, type PairFilter } from "./queries";

export async function exportPairsXlsx(principal: Principal, filter: PairFilter & { schoolId: string }): Promise<Buffer> {
  const pairs = await listPairs(principal, filter);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Наставник";
  const sheet = workbook.addWorksheet("Пары и группы");
  sheet.columns = [
    { header: "№", key: "n", width: 5 },
    { header: "Наставник", key: "mentor", width: 32 },
    { header: "Наставляемый(е)", key: "mentees", width: 44 },
    { header: "Форма", key: "form", width: 24 },
    { header: "Модель", key: "model", width: 36 },
    { header: "Начало", key: "startsOn", width: 12 },
    { header: "Окончание (план)", key: "plannedEndOn", width: 16 },
    { header: "Окончание (факт)", key: "endedOn", width: 16 },
    { header: "Статус", key: "status", width: 22 },
    { header: "Причина прекращения", key: "reason", width: 30 },
    { header: "Приказ", key: "order", width: 22 },
  ];
  sheet.getRow(1).font = { bold: true };
  pairs.forEach((pair, index) => {
    sheet.addRow({
      n: index + 1,
      mentor: fullName(pair.mentor),
      mentees: pair.mentees.map((m) => fullName(m.mentee)).join(", "),
      form: pair.form.name,
      model: pair.model?.name ?? "",
      startsOn: formatDate(pair.startsOn),
      plannedEndOn: formatDate(pair.plannedEndOn),
      endedOn: pair.endedOn ? formatDate(pair.endedOn) : "",
      status: PAIR_STATUS_LABELS[pair.status],
      reason: pair.terminationReason ?? "",
      order: pair.orderNumber ? `№ ${pair.orderNumber}${pair.orderDate ? ` от ${formatDate(pair.orderDate)}` : ""}` : "",
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
