import { describe, expect, it } from "vitest";
import { programProgress, stageState } from "./stages";
import { STAGE_KINDS } from "./schemas";

const d = (value: string) => new Date(`${value}T00:00:00Z`);
const stage = (kind: (typeof STAGE_KINDS)[number], plannedEnd: string | null, actualStart: string | null, actualEnd: string | null) => ({
  stage: kind,
  plannedStart: null,
  plannedEnd: plannedEnd ? d(plannedEnd) : null,
  actualStart: actualStart ? d(actualStart) : null,
  actualEnd: actualEnd ? d(actualEnd) : null,
});

describe("where a program stands", () => {
  it("tells done, in progress, overdue and not started apart", () => {
    const today = d("2026-11-25");
    expect(stageState(stage("PREPARATION", "2026-09-05", "2026-08-25", "2026-09-06"), today)).toBe("done");
    expect(stageState(stage("PAIR_WORK", "2027-05-15", "2026-10-01", null), today)).toBe("in_progress");
    expect(stageState(stage("PAIR_FORMATION", "2026-10-01", "2026-09-15", null), today)).toBe("overdue");
    expect(stageState(stage("COMPLETION", "2027-05-31", null, null), today)).toBe("not_started");
    // The planned end day itself is not overdue yet.
    expect(stageState(stage("MENTEE_BASE", "2026-11-25", null, null), today)).toBe("not_started");
  });

  it("derives the current stage (the first one not finished) and the overdue ones", () => {
    const stages = [
      stage("PREPARATION", "2026-09-05", "2026-08-25", "2026-09-05"),
      stage("MENTEE_BASE", "2026-09-15", "2026-09-01", "2026-09-15"),
      stage("MENTOR_BASE", "2026-09-15", "2026-09-01", null),
      stage("MENTOR_SELECTION_TRAINING", "2026-09-30", "2026-09-10", "2026-09-30"),
      stage("PAIR_FORMATION", "2026-10-01", null, null),
      stage("PAIR_WORK", "2027-05-15", null, null),
      stage("COMPLETION", "2027-05-31", null, null),
    ];
    const progress = programProgress(stages, new Date("2026-11-25T10:00:00Z"));
    expect(progress.current).toBe("MENTOR_BASE");
    expect(progress.overdue).toEqual(["MENTOR_BASE", "PAIR_FORMATION"]);
    expect(progress.done).toBe(3);
    expect(progress.states.PAIR_WORK).toBe("not_started");
  });

  it("has no current stage when every stage is finished, and orders stages by the model, not by input", () => {
    const all = STAGE_KINDS.map((kind) => stage(kind, "2026-09-01", "2026-08-01", "2026-09-01")).reverse();
    expect(programProgress(all, d("2027-06-01"))).toMatchObject({ current: null, overdue: [], done: 7 });
    const none = programProgress([], d("2026-09-01"));
    expect(none.current).toBe("PREPARATION");
  });
});
