import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import type { ReviewQueueRow } from "@/lib/documents/queries";
import { countRu, formatDate, formatLocalDate } from "@/lib/format";

const DAY = 24 * 60 * 60 * 1000;

/** Documents waiting for review, the longest-waiting first; each opens its review page. */
export function ReviewQueue({ rows, hrefFor, now }: { rows: ReviewQueueRow[]; hrefFor: (documentId: string) => string; now: Date }) {
  return (
    <Table
      caption="Документы, ожидающие проверки"
      head={["Школа", "Документ", "Номер и дата", "Версия", "Загружен", "Ждёт"]}
      isEmpty={rows.length === 0}
      empty="Все загруженные документы проверены. Новые появятся здесь, как только школа их загрузит."
    >
      {rows.map((row) => {
        const current = row.versions[0];
        const waiting = current ? Math.max(0, Math.floor((now.getTime() - current.createdAt.getTime()) / DAY)) : 0;
        const previous = row.versions[1];
        return (
          <tr key={row.id}>
            <Td className="whitespace-nowrap">{row.school.shortName}</Td>
            <Td>
              <Link href={hrefFor(row.id)} className="font-medium text-brand-700 hover:underline">
                {row.requirement.title}
              </Link>
              <span className="block text-xs text-slate-500">{row.academicYear ? `${row.academicYear.title} учебный год` : "бессрочный документ"}</span>
            </Td>
            <Td className="whitespace-nowrap">
              {row.number ?? "без номера"}
              {row.issuedOn ? ` от ${formatDate(row.issuedOn)}` : ""}
            </Td>
            <Td className="whitespace-nowrap">
              {current ? current.versionNo : "—"}
              {previous?.reviewStatus === "RETURNED" ? <span className="block text-xs text-amber-800">исправленная</span> : null}
            </Td>
            <Td className="whitespace-nowrap">{current ? [formatLocalDate(current.createdAt), current.uploadedBy].filter(Boolean).join(", ") : "—"}</Td>
            <Td className="whitespace-nowrap tabular-nums">{waiting ? countRu(waiting, ["день", "дня", "дней"]) : "сегодня"}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
