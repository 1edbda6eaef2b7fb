import Link from "next/link";
import { Table, Td } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";

export type UnitRow = { id: string; name: string; href: string; schools: number; activePairs: number };

/** Drill-down: the municipalities of a region or the schools of a municipality. */
export function UnitTable({ caption, rows, unitLabel, showSchools }: { caption: string; rows: UnitRow[]; unitLabel: string; showSchools: boolean }) {
  return (
    <Table
      caption={caption}
      head={[unitLabel, ...(showSchools ? ["Школы"] : []), "Действующие пары"]}
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
        </tr>
      ))}
    </Table>
  );
}
