import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { formatDate, PAIR_STATUS_LABELS, shortPersonName } from "@/lib/format";
import type { listPairs } from "@/lib/pairs/queries";

type PairRow = Awaited<ReturnType<typeof listPairs>>[number];

export function PairList({ pairs, hrefFor, empty }: { pairs: PairRow[]; hrefFor: (id: string) => string; empty: string }) {
  return (
    <Table
      caption="Наставнические пары и группы"
      head={["Наставник", "Наставляемые", "Форма", "С", "План", "Статус"]}
      isEmpty={pairs.length === 0}
      empty={empty}
    >
      {pairs.map((pair) => (
        <tr key={pair.id}>
          <Td>
            <Link href={hrefFor(pair.id)} className="font-medium text-brand-700 hover:underline">
              {shortPersonName(pair.mentor)}
            </Link>
          </Td>
          <Td>{pair.mentees.map((m) => shortPersonName(m.mentee)).join(", ")}</Td>
          <Td>{pair.form.name}</Td>
          <Td>{formatDate(pair.startsOn)}</Td>
          <Td>
            {pair.progress.total ? `${pair.progress.done} из ${pair.progress.total}` : "—"}
            {pair.progress.overdue ? (
              <span className="ml-2">
                <Badge tone="danger">просрочено: {pair.progress.overdue}</Badge>
              </span>
            ) : null}
          </Td>
          <Td>
            <Badge tone={pair.status === "ACTIVE" ? "success" : pair.status === "TERMINATED" ? "warning" : "neutral"}>
              {PAIR_STATUS_LABELS[pair.status]}
            </Badge>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
