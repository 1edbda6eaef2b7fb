import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { fullName } from "@/lib/format";
import { FLAG_LABELS } from "@/lib/participants/flags";
import type { ParticipantListRow } from "@/lib/participants/queries";
import { KIND_LABELS, type TParticipantFilter } from "@/lib/participants/schemas";

type SortKey = TParticipantFilter["sort"];

/** The list's table; its column headers are links that sort (again: the other direction). */
export function ParticipantTable({
  rows,
  filter,
  hrefWith,
  detailHref,
  empty,
}: {
  rows: ParticipantListRow[];
  filter: TParticipantFilter;
  hrefWith: (change: Record<string, string | undefined>) => string;
  detailHref: (id: string) => string;
  empty: React.ReactNode;
}) {
  const sortable = (label: string, sort: SortKey) => {
    const active = filter.sort === sort;
    const dir = active && filter.dir === "asc" ? "desc" : "asc";
    return (
      <Link href={hrefWith({ sort, dir, page: undefined })} className="hover:underline" aria-label={`${label}: сортировать`}>
        {label}
        {active ? <span aria-hidden="true">{filter.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    );
  };
  return (
    <Table
      caption="Участники школы"
      head={[sortable("ФИО", "name"), sortable("Категория", "kind"), "Должность / класс", sortable("Стаж", "experience"), "База", "Признаки"]}
      isEmpty={rows.length === 0}
      empty={empty}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            <Link href={detailHref(row.id)} className="font-medium text-brand-700 hover:underline">{fullName(row)}</Link>
          </Td>
          <Td>{KIND_LABELS[row.kind]}</Td>
          <Td>{row.className ?? row.position ?? "—"}</Td>
          <Td>{row.experienceYears ?? "—"}</Td>
          <Td>{[row.inMentorBase && "наставников", row.inMenteeBase && "наставляемых"].filter(Boolean).join(", ")}</Td>
          <Td>
            <div className="flex flex-wrap gap-1">
              {row.flags.map((flag) => (
                <Badge key={flag} tone={flag === "noConsent" ? "warning" : "info"}>{FLAG_LABELS[flag]}</Badge>
              ))}
            </div>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
