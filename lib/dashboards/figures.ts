/** The figures of one unit of a dashboard, and what is derived from them (shares, averages). */

export type UnitFigures = {
  schools: number;
  inRollout: number;
  allDocumentsAccepted: number;
  publicPageFilled: number;
  documentsWaiting: number;
  documentsOverdue: number;
  mentorsInBase: number;
  menteesInBase: number;
  youngSpecialists: number;
  youngWithMentor: number;
  students: number;
  studentsCovered: number;
  pairs: { active: number; completed: number; terminated: number };
  groups: number;
  activeMentors: number;
  /** Active places held by those mentors (the sum of their loads). */
  mentorLoadSum: number;
  maxLoad: number;
  overCap: number;
  trainedMentors: number;
  plan: { total: number; done: number; overdue: number; soon: number };
  visits: number;
  meetings: number;
  meetingMinutes: number;
  quietPairs: number;
  eventsHeld: number;
  attendance: number;
};

/** The federal target: 70 % of students covered by mentoring. */
export const STUDENT_COVERAGE_TARGET = 70;

export function emptyFigures(): UnitFigures {
  return {
    schools: 0,
    inRollout: 0,
    allDocumentsAccepted: 0,
    publicPageFilled: 0,
    documentsWaiting: 0,
    documentsOverdue: 0,
    mentorsInBase: 0,
    menteesInBase: 0,
    youngSpecialists: 0,
    youngWithMentor: 0,
    students: 0,
    studentsCovered: 0,
    pairs: { active: 0, completed: 0, terminated: 0 },
    groups: 0,
    activeMentors: 0,
    mentorLoadSum: 0,
    maxLoad: 0,
    overCap: 0,
    trainedMentors: 0,
    plan: { total: 0, done: 0, overdue: 0, soon: 0 },
    visits: 0,
    meetings: 0,
    meetingMinutes: 0,
    quietPairs: 0,
    eventsHeld: 0,
    attendance: 0,
  };
}

export function addFigures(a: UnitFigures, b: UnitFigures): UnitFigures {
  const out = emptyFigures();
  for (const key of Object.keys(out) as Array<keyof UnitFigures>) {
    const x = a[key];
    const y = b[key];
    if (typeof x === "number" && typeof y === "number") (out[key] as number) = key === "maxLoad" ? Math.max(x, y) : x + y;
  }
  out.pairs = { active: a.pairs.active + b.pairs.active, completed: a.pairs.completed + b.pairs.completed, terminated: a.pairs.terminated + b.pairs.terminated };
  out.plan = { total: a.plan.total + b.plan.total, done: a.plan.done + b.plan.done, overdue: a.plan.overdue + b.plan.overdue, soon: a.plan.soon + b.plan.soon };
  return out;
}

/** Whole per cent, rounded down (as plan progress is); null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part * 100) / whole);
}

/** Average load of a mentor, to one decimal; null without mentors. */
export function averageLoad(f: Pick<UnitFigures, "mentorLoadSum" | "activeMentors">): number | null {
  return f.activeMentors === 0 ? null : Math.round((f.mentorLoadSum * 10) / f.activeMentors) / 10;
}
