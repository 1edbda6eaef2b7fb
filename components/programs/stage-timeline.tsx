import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import type { ProgramStageKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { STAGE_LABELS } from "@/lib/programs/schemas";
import { STAGE_STATE_LABELS, type ProgramProgress, type StageDates, type StageState } from "@/lib/programs/stages";

const TONE: Record<StageState, "success" | "info" | "danger" | "neutral"> = { done: "success", in_progress: "info", overdue: "danger", not_started: "neutral" };

function span(start: Date | null, end: Date | null): string {
  if (!start && !end) return "—";
  return `${start ? formatDate(start) : "…"} – ${end ? formatDate(end) : "…"}`;
}

/** Where the program stands: the current stage, the overdue ones, and each stage planned vs actual. */
export function StageTimeline({ stages, progress }: { stages: Array<StageDates & { id: string; note: string | null }>; progress: ProgramProgress }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="program-progress">
        {progress.current ? (
          <>
            Текущий этап: <strong>{STAGE_LABELS[progress.current]}</strong>. Завершено этапов: {progress.done} из 7.
          </>
        ) : (
          <>Все семь этапов завершены.</>
        )}
        {progress.overdue.length ? (
          <span className="ml-1 text-red-700">Просрочены: {progress.overdue.map((kind: ProgramStageKind) => STAGE_LABELS[kind]).join(", ")}.</span>
        ) : null}
      </p>
      <Table caption="Этапы программы: план и факт" head={["Этап", "План", "Факт", "Состояние", "Примечание"]}>
        {stages.map((stage, index) => (
          <tr key={stage.id} className={progress.current === stage.stage ? "bg-brand-50" : undefined}>
            <Td className="font-medium">
              {index + 1}. {STAGE_LABELS[stage.stage]}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{span(stage.plannedStart, stage.plannedEnd)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{span(stage.actualStart, stage.actualEnd)}</Td>
            <Td>
              <Badge tone={TONE[progress.states[stage.stage]]}>{STAGE_STATE_LABELS[progress.states[stage.stage]]}</Badge>
            </Td>
            <Td className="text-slate-600">{stage.note ?? ""}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
