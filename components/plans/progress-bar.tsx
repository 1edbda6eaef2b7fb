import { cn } from "@/components/ui/cn";
import type { PlanProgress } from "@/lib/plans/progress";

/** The plan's progress as a bar with its figures in words (the bar alone says nothing to a screen reader). */
export function ProgressBar({ progress, label = "Выполнение плана", className }: { progress: PlanProgress; label?: string; className?: string }) {
  const summary = progress.total ? `${progress.done} из ${progress.total} пунктов выполнено (${progress.percent} %)` : "в плане пока нет пунктов";
  return (
    <div className={className}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="text-slate-700">{label}</span>
        <span className="whitespace-nowrap font-semibold tabular-nums text-slate-900">{progress.percent} %</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={summary}
        className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400"
      >
        <div className={cn("h-full rounded-full", progress.percent === 100 ? "bg-emerald-600" : "bg-brand-600")} style={{ width: `${progress.percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {summary}
        {progress.cancelled ? `, отменено ${progress.cancelled}` : ""}
        {progress.overdue ? (
          <span className="font-semibold text-red-700">, просрочено {progress.overdue}</span>
        ) : null}
      </p>
    </div>
  );
}
