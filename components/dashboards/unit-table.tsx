import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";

export type UnitRow = { id: string; name: string; href: string; schools: number; activePairs: number; publicPage?: { href: string; filled: boolean } };

/** Drill-down: the municipalities of a region or the schools of a municipality. */
export function UnitTable({ caption, rows, unitLabel, showSchools }: { caption: string; rows: UnitRow[]; unitLabel: string; showSchools: boolean }) {
  const showPages = rows.some((row) => row.publicPage);
  return (
    <Table
      caption={caption}
      head={[unitLabel, ...(showSchools ? ["Школы"] : []), "Действующие пары", ...(showPages ? ["Страница «Целевая модель наставничества»"] : [])]}
      isEmpty={rows.length === 0}
      empty="Здесь пока ничего нет: администратор платформы добавляет муниципалитеты и школы в разделе настроек."
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            <Link href={row.href} className="font-medium text-brand-700 hover:underline">
              {row.name}
            </Link>
          </Td>
          {showSchools ? <Td className="tabular-nums">{formatNumber(row.schools)}</Td> : null}
          <Td className="tabular-nums">{formatNumber(row.activePairs)}</Td>
          {showPages ? (
            <Td>
              {row.publicPage ? (
                <Link href={row.publicPage.href} className="inline-flex items-center gap-2 hover:underline" aria-label={`Публичная страница: ${row.name} — ${row.publicPage.filled ? "заполнена" : "не заполнена"}`}>
                  <Badge tone={row.publicPage.filled ? "success" : "warning"}>{row.publicPage.filled ? "заполнена" : "не заполнена"}</Badge>
                </Link>
              ) : null}
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
