import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { ProgramStageKind, ProgramStatus } from "@/lib/generated/prisma/enums";
import { PROGRAM_STATUS_LABELS, STAGE_LABELS } from "@/lib/programs/schemas";
import type { ProgramProgress } from "@/lib/programs/stages";

type Row = { id: string; shortName: string; program: { id: string; title: string; status: ProgramStatus; progress: ProgramProgress } | null };

/** The municipality's view: each school's program of the year and where it stands. */
export function SchoolsProgramsTable({ rows, hrefFor }: { rows: Row[]; hrefFor: (schoolId: string) => string }) {
  return (
    <Table
      caption="Программы наставничества школ"
      head={["Школа", "Статус", "Текущий этап", "Завершено этапов", "Просрочено"]}
      isEmpty={rows.length === 0}
      empty="В муниципалитете пока нет школ."
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            <Link href={hrefFor(row.id)} className="font-medium text-brand-700 hover:underline">
              {row.shortName}
            </Link>
          </Td>
          {row.program ? (
            <>
              <Td>
                <Badge tone={row.program.status === "ACTIVE" ? "success" : "neutral"}>{PROGRAM_STATUS_LABELS[row.program.status]}</Badge>
              </Td>
              <Td>{row.program.progress.current ? STAGE_LABELS[row.program.progress.current] : "все этапы завершены"}</Td>
              <Td>{row.program.progress.done} из 7</Td>
              <Td>
                {row.program.progress.overdue.length ? (
                  <span className="text-red-700">{row.program.progress.overdue.map((kind: ProgramStageKind) => STAGE_LABELS[kind]).join(", ")}</span>
                ) : (
                  "—"
                )}
              </Td>
            </>
          ) : (
            <>
              <Td className="text-slate-600">программы нет</Td>
              <Td>—</Td>
              <Td>—</Td>
              <Td>—</Td>
            </>
          )}
        </tr>
      ))}
    </Table>
  );
}
