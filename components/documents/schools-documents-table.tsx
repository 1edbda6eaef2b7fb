import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { SchoolDocumentState } from "@/lib/documents/overview";

/** Each school's documents of the year and whether its public page is filled. */
export function SchoolsDocumentsTable({ rows, showMunicipality, academicYearId }: { rows: SchoolDocumentState[]; showMunicipality: boolean; academicYearId: string }) {
  return (
    <Table
      caption="Документы школ и их публичные страницы"
      head={["Школа", ...(showMunicipality ? ["Муниципалитет"] : []), "Принято", "На проверке", "Возвращено", "Не загружено", "Страница «Целевая модель наставничества»"]}
      isEmpty={rows.length === 0}
      empty="Школ пока нет."
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td className="whitespace-nowrap">
            <Link href={`/school/${row.id}/documents?year=${academicYearId}`} className="font-medium text-brand-700 hover:underline">
              {row.shortName}
            </Link>
          </Td>
          {showMunicipality ? <Td>{row.municipality.name}</Td> : null}
          <Td className="whitespace-nowrap tabular-nums">
            {row.summary.ACCEPTED} из {row.summary.total}
            {row.allAccepted ? <span className="ml-2"><Badge tone="success">все</Badge></span> : null}
          </Td>
          <Td>{row.summary.UPLOADED || "—"}</Td>
          <Td>{row.summary.RETURNED || "—"}</Td>
          <Td className="whitespace-nowrap tabular-nums">
            {row.summary.MISSING + row.summary.OVERDUE || "—"}
            {row.summary.OVERDUE ? <span className="ml-2"><Badge tone="danger">просрочено: {row.summary.OVERDUE}</Badge></span> : null}
          </Td>
          <Td className="whitespace-nowrap">
            <Badge tone={row.pageFilled ? "success" : "warning"}>{row.pageFilled ? "заполнена" : "не заполнена"}</Badge>{" "}
            <Link href={`/s/${row.slug}`} className="ml-1 text-brand-700 hover:underline">
              открыть<span className="sr-only"> страницу школы {row.shortName}</span>
            </Link>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
