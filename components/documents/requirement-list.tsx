import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { RequirementRow } from "@/lib/documents/requirements";
import { describeTiming } from "@/lib/documents/status";
import { formatDate } from "@/lib/format";
import { RequirementToggle } from "./requirement-toggle";

function ownerOf(row: RequirementRow): string {
  if (row.level === "PLATFORM") return "платформа";
  if (row.level === "REGION") return row.region?.name ?? "регион";
  return row.municipality?.name ?? "муниципалитет";
}

/** The requirements one sees: those of one's own level can be changed, the others are shown for context. */
export function RequirementList({ rows, editHref }: { rows: RequirementRow[]; editHref: (id: string) => string }) {
  return (
    <Table
      caption="Требования к документам"
      head={["Документ", "Чьё требование", "Периодичность", "Срок", "Документов", "Действия"]}
      isEmpty={rows.length === 0}
      empty="Требований пока нет. Добавьте первое формой выше."
    >
      {rows.map((row) => (
        <tr key={row.id} className={row.isActive ? undefined : "bg-slate-50 text-slate-500"}>
          <Td>
            <span className="font-medium text-slate-900">{row.title}</span>
            <span className="block text-xs text-slate-500">
              {row.code}
              {row.templateFile ? " · есть шаблон" : ""}
            </span>
            {row.isActive ? null : <Badge>отключено</Badge>}
          </Td>
          <Td>{ownerOf(row)}</Td>
          <Td className="whitespace-nowrap">{describeTiming(row)}</Td>
          <Td className="whitespace-nowrap tabular-nums">{row.dueOn ? formatDate(row.dueOn) : "—"}</Td>
          <Td>{row._count.documents}</Td>
          <Td className="whitespace-nowrap">
            {row.editable ? (
              <span className="flex gap-4">
                <Link href={editHref(row.id)} className="text-sm font-medium text-brand-700 hover:underline">
                  Изменить<span className="sr-only"> требование «{row.title}»</span>
                </Link>
                <RequirementToggle requirementId={row.id} isActive={row.isActive} title={row.title} />
              </span>
            ) : (
              <span className="text-xs text-slate-500">задаёт {row.level === "PLATFORM" ? "администратор" : "вышестоящий уровень"}</span>
            )}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
