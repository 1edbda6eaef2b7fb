/**
 * Where a program stands, derived from its stages' dates (never stored): each stage is done,
 * in progress, overdue (its planned end has passed without an actual end) or not started; the
 * current stage is the first one not finished.
 */
import type { ProgramStageKind } from "@/lib/generated/prisma/enums";
import { STAGE_KINDS } from "./schemas";

export type StageDates = {
  stage: ProgramStageKind;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  actualStart: Date | null;
  actualEnd: Date | null;
};

export type StageState = "done" | "in_progress" | "overdue" | "not_started";

/** Today as a calendar date (UTC midnight), to compare with `@db.Date` columns. */
export function calendarToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function stageState(stage: StageDates, today: Date): StageState {
  if (stage.actualEnd) return "done";
  if (stage.plannedEnd && stage.plannedEnd < today) return "overdue";
  return stage.actualStart ? "in_progress" : "not_started";
}

export type ProgramProgress = {
  /** The first stage not finished, in the order of the target model; null when all are done. */
  current: ProgramStageKind | null;
  overdue: ProgramStageKind[];
  done: number;
  states: Record<ProgramStageKind, StageState>;
};

export function programProgress(stages: readonly StageDates[], now = new Date()): ProgramProgress {
  const today = calendarToday(now);
  const byKind = new Map(stages.map((stage) => [stage.stage, stage]));
  const states = {} as Record<ProgramStageKind, StageState>;
  let current: ProgramStageKind | null = null;
  for (const kind of STAGE_KINDS) {
    const stage = byKind.get(kind);
    states[kind] = stage ? stageState(stage, today) : "not_started";
    if (current === null && states[kind] !== "done") current = kind;
  }
  return {
    current,
    overdue: STAGE_KINDS.filter((kind) => states[kind] === "overdue"),
    done: STAGE_KINDS.filter((kind) => states[kind] === "done").length,
    states,
  };
}

export const STAGE_STATE_LABELS: Record<StageState, string> = {
  done: "завершён",
  in_progress: "идёт",
  overdue: "просрочен",
  not_started: "не начат",
};
