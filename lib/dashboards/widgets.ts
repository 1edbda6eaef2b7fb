/**
 * One aggregate SQL query per widget, grouped by the child unit (municipality of a region, school
 * of a municipality, region of the country), so the totals and the drill-down table come from the
 * same rows. Each query states the rule of its domain in SQL; dashboard.test.ts checks that it
 * agrees with the TypeScript rule it mirrors:
 * - documents: requirementApplies / documentYearOf / deriveChecklistStatus (lib/documents/status.ts),
 *   the public page: isPublicPageFilled (lib/documents/public-page.ts);
 * - young specialists: isYoungSpecialist (lib/participants/flags.ts);
 * - mentors' load and its cap: countActiveMentees / mentorCap (lib/pairs);
 * - plan progress: derivePlanProgress / dueState with SOON_DAYS (lib/plans/progress.ts);
 * - pairs with nothing logged: listQuietPairs with QUIET_DAYS (lib/visits/activity.ts).
 * Values come in as parameters only; identifiers come from lib/dashboards/unit.ts.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { YOUNG_SPECIALIST_MAX_YEARS } from "@/lib/participants/flags";
import { SOON_DAYS } from "@/lib/plans/progress";
import { QUIET_DAYS } from "@/lib/visits/activity";
import type { ResolvedUnit } from "./unit";

/** The year is an id, or (for queries started before the years are read) SQL that selects it. */
export type WidgetInput = { unit: Pick<ResolvedUnit, "where" | "child">; academicYearId: string | Prisma.Sql; formId: string | null; today: string };

/** SQL for the year a dashboard shows when none is asked for: the current one, else the newest (as getDashboard picks it). */
export const DEFAULT_YEAR_SQL = Prisma.sql`(SELECT y.id FROM "AcademicYear" y ORDER BY y."isCurrent" DESC, y."startsOn" DESC, y.id LIMIT 1)`;

/** `(formId IS NULL OR alias.formId = formId)` */
function formIs(alias: string, formId: string | null): Prisma.Sql {
  return formId ? Prisma.sql`${Prisma.raw(`${alias}."formId"`)} = ${formId}` : Prisma.sql`TRUE`;
}

export type SchoolRow = { unit: string | null; schools: number; inRollout: number; allAccepted: number; pageFilled: number; waiting: number; overdue: number };

export function schoolWidget({ unit, academicYearId, today }: WidgetInput) {
  return db.$queryRaw<SchoolRow[]>`
    WITH s AS (
      SELECT s.id, s."regionId", s."municipalityId", s."inRollout", ${unit.child("s", "school")} AS unit
      FROM "School" s WHERE ${unit.where("s", "school")}
    ), req AS (
      SELECT r.id, r.level, r."regionId", r."municipalityId", r.period, r."dueOn" FROM "DocumentRequirement" r
      WHERE r."isActive" AND (r.period = 'STANDING' OR r."academicYearId" IS NULL OR r."academicYearId" = ${academicYearId})
    ), cells AS (
      SELECT s.id AS school, count(*)::int AS total,
        count(*) FILTER (WHERE d.status = 'ACCEPTED')::int AS accepted,
        count(*) FILTER (WHERE (d.status IS NULL OR d.status = 'RETURNED') AND r."dueOn" < ${today}::date)::int AS overdue
      FROM s JOIN req r ON r.level = 'PLATFORM' OR (r.level = 'REGION' AND r."regionId" = s."regionId") OR (r.level = 'MUNICIPALITY' AND r."municipalityId" = s."municipalityId")
      LEFT JOIN (
        SELECT d."schoolId", d."requirementId", d."academicYearId", d.status FROM "Document" d
        WHERE ${unit.where("d")} AND (d."academicYearId" IS NULL OR d."academicYearId" = ${academicYearId})
      ) d ON d."schoolId" = s.id AND d."requirementId" = r.id
        AND d."academicYearId" IS NOT DISTINCT FROM (CASE WHEN r.period = 'STANDING' THEN NULL ELSE ${academicYearId} END)
      GROUP BY s.id
    ), docs AS (
      SELECT d."schoolId" AS school, count(*) FILTER (WHERE d.status = 'UPLOADED')::int AS waiting, count(*) FILTER (WHERE d.status = 'ACCEPTED')::int AS accepted
      FROM "Document" d WHERE ${unit.where("d")} AND (d."academicYearId" IS NULL OR d."academicYearId" = ${academicYearId})
      GROUP BY d."schoolId"
    ), programs AS (
      SELECT DISTINCT p."schoolId" AS school FROM "MentoringProgram" p
      WHERE ${unit.where("p")} AND p."academicYearId" = ${academicYearId} AND p.status <> 'DRAFT'
    )
    SELECT s.unit, count(*)::int AS schools,
      count(*) FILTER (WHERE s."inRollout")::int AS "inRollout",
      count(*) FILTER (WHERE c.total > 0 AND c.accepted = c.total)::int AS "allAccepted",
      count(*) FILTER (WHERE pr.school IS NOT NULL AND coalesce(docs.accepted, 0) > 0)::int AS "pageFilled",
      coalesce(sum(docs.waiting), 0)::int AS waiting,
      coalesce(sum(c.overdue), 0)::int AS overdue
    FROM s LEFT JOIN cells c ON c.school = s.id LEFT JOIN docs ON docs.school = s.id LEFT JOIN programs pr ON pr.school = s.id
    GROUP BY s.unit`;
}

export type ParticipantRow = {
  unit: string | null;
  mentorsInBase: number;
  menteesInBase: number;
  youngSpecialists: number;
  youngWithMentor: number;
  students: number;
  studentsCovered: number;
};

/** "Has a mentor": an active place in an active pair of the year (of the form, when filtered). */
export function participantWidget({ unit, academicYearId, formId }: WidgetInput) {
  return db.$queryRaw<ParticipantRow[]>`
    WITH covered AS (
      SELECT DISTINCT pm."menteeId" FROM "PairMentee" pm JOIN "MentoringPair" mp ON mp.id = pm."pairId"
      WHERE ${unit.where("pm")} AND ${unit.where("mp")} AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL AND mp."academicYearId" = ${academicYearId} AND ${formIs("pm", formId)}
    )
    SELECT ${unit.child("p")} AS unit,
      count(*) FILTER (WHERE p."inMentorBase")::int AS "mentorsInBase",
      count(*) FILTER (WHERE p."inMenteeBase")::int AS "menteesInBase",
      count(*) FILTER (WHERE p.kind = 'TEACHER' AND p."experienceYears" < ${YOUNG_SPECIALIST_MAX_YEARS})::int AS "youngSpecialists",
      count(*) FILTER (WHERE p.kind = 'TEACHER' AND p."experienceYears" < ${YOUNG_SPECIALIST_MAX_YEARS} AND c."menteeId" IS NOT NULL)::int AS "youngWithMentor",
      count(*) FILTER (WHERE p.kind = 'STUDENT')::int AS students,
      count(*) FILTER (WHERE p.kind = 'STUDENT' AND c."menteeId" IS NOT NULL)::int AS "studentsCovered"
    FROM "Participant" p LEFT JOIN covered c ON c."menteeId" = p.id
    WHERE ${unit.where("p")} AND p."archivedAt" IS NULL
    GROUP BY 1`;
}

export type PairRow = { unit: string | null; formId: string; status: "ACTIVE" | "COMPLETED" | "TERMINATED"; isGroup: boolean; pairs: number };

export function pairWidget({ unit, academicYearId, formId }: WidgetInput) {
  return db.$queryRaw<PairRow[]>`
    SELECT ${unit.child("mp")} AS unit, mp."formId", mp.status::text AS status, mp."isGroup", count(*)::int AS pairs
    FROM "MentoringPair" mp
    WHERE ${unit.where("mp")} AND mp."academicYearId" = ${academicYearId} AND ${formIs("mp", formId)}
    GROUP BY 1, 2, 3, 4`;
}

export type LoadRow = { unit: string | null; mentors: number; mentees: number; maxLoad: number; overCap: number; trained: number };

/**
 * Mentors with an active pair of the year (and form). Their load is what the cap limits: every
 * active place they hold (countActiveMentees), against mentorCap (the school's, else the region's).
 */
export function loadWidget({ unit, academicYearId, formId }: WidgetInput) {
  return db.$queryRaw<LoadRow[]>`
    WITH m AS (
      SELECT DISTINCT mp."mentorId", mp."schoolId", ${unit.child("mp")} AS unit FROM "MentoringPair" mp
      WHERE ${unit.where("mp")} AND mp."academicYearId" = ${academicYearId} AND mp.status = 'ACTIVE' AND ${formIs("mp", formId)}
    ), load AS (
      SELECT pm."mentorId", count(*)::int AS n FROM "PairMentee" pm
      WHERE ${unit.where("pm")} AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL AND pm."mentorId" IN (SELECT "mentorId" FROM m)
      GROUP BY pm."mentorId"
    ), trained AS (
      SELECT DISTINCT t."participantId" FROM "Training" t WHERE ${unit.where("t")} AND t."participantId" IS NOT NULL
    )
    SELECT m.unit, count(*)::int AS mentors, coalesce(sum(l.n), 0)::int AS mentees, coalesce(max(l.n), 0)::int AS "maxLoad",
      count(*) FILTER (WHERE coalesce(l.n, 0) > coalesce(s."maxMenteesPerMentor", r."maxMenteesPerMentor"))::int AS "overCap",
      count(*) FILTER (WHERE t."participantId" IS NOT NULL)::int AS trained
    FROM m LEFT JOIN load l ON l."mentorId" = m."mentorId"
      JOIN "School" s ON s.id = m."schoolId" JOIN "Region" r ON r.id = s."regionId"
      LEFT JOIN trained t ON t."participantId" = m."mentorId"
    GROUP BY m.unit`;
}

export type PlanRow = { unit: string | null; total: number; done: number; overdue: number; soon: number };

/** Items of the plans of the year's pairs: total without cancelled, done, overdue, due within SOON_DAYS. */
export function planWidget({ unit, academicYearId, formId, today }: WidgetInput) {
  return db.$queryRaw<PlanRow[]>`
    SELECT ${unit.child("pi")} AS unit,
      count(*) FILTER (WHERE pi.status <> 'CANCELLED')::int AS total,
      count(*) FILTER (WHERE pi.status = 'DONE')::int AS done,
      count(*) FILTER (WHERE pi.status IN ('PLANNED', 'IN_PROGRESS') AND pi."dueOn" < ${today}::date)::int AS overdue,
      count(*) FILTER (WHERE pi.status IN ('PLANNED', 'IN_PROGRESS') AND pi."dueOn" >= ${today}::date AND pi."dueOn" <= ${today}::date + ${SOON_DAYS}::int)::int AS soon
    FROM "PlanItem" pi JOIN "DevelopmentPlan" dp ON dp.id = pi."planId" JOIN "MentoringPair" mp ON mp.id = dp."pairId"
    WHERE ${unit.where("pi")} AND ${unit.where("dp")} AND ${unit.where("mp")} AND mp."academicYearId" = ${academicYearId} AND ${formIs("mp", formId)}
    GROUP BY 1`;
}

export type ActivityRow = { unit: string | null; month: string; visits: number; meetings: number; meetingMinutes: number };

/**
 * Lesson visits of the year (with a form filter, those of its pairs) and meetings of the year's
 * pairs, per unit and month: the units' figures and the trend by month from one pass.
 */
export function activityWidget({ unit, academicYearId, formId }: WidgetInput) {
  return db.$queryRaw<ActivityRow[]>`
    SELECT unit, month, sum(visits)::int AS visits, sum(meetings)::int AS meetings, sum(minutes)::int AS "meetingMinutes" FROM (
      SELECT ${unit.child("lv")} AS unit, to_char(lv."visitedOn", 'YYYY-MM') AS month, count(*) AS visits, 0 AS meetings, 0 AS minutes
      FROM "LessonVisit" lv ${formId ? Prisma.sql`JOIN "MentoringPair" mp ON mp.id = lv."pairId"` : Prisma.empty}
      WHERE ${unit.where("lv")} AND lv."academicYearId" = ${academicYearId} AND ${formId ? formIs("mp", formId) : Prisma.sql`TRUE`}
      GROUP BY 1, 2
      UNION ALL
      SELECT ${unit.child("m")}, to_char(m."heldOn", 'YYYY-MM'), 0, count(*), sum(m."durationMinutes")
      FROM "Meeting" m JOIN "MentoringPair" mp ON mp.id = m."pairId"
      WHERE ${unit.where("m")} AND ${unit.where("mp")} AND mp."academicYearId" = ${academicYearId} AND ${formIs("mp", formId)}
      GROUP BY 1, 2
    ) x GROUP BY unit, month`;
}

export type QuietRow = { unit: string | null; activePairs: number; quiet: number };

/**
 * Active pairs of the year and those with nothing logged for QUIET_DAYS: the last visit, meeting,
 * change of a plan item or comment on one, or the pair's start when later (listQuietPairs' rule).
 */
export function quietWidget({ unit, academicYearId, formId, today }: WidgetInput) {
  // Counted the other way round, which the indexes favour: a pair is quiet unless it started, or
  // something of it was logged, after the cut-off (the recent rows are few, found by date ranges).
  const cutoff = Prisma.sql`(${today}::date - ${QUIET_DAYS}::int)`;
  return db.$queryRaw<QuietRow[]>`
    WITH p AS (
      SELECT mp.id, mp."startsOn", ${unit.child("mp")} AS unit FROM "MentoringPair" mp
      WHERE ${unit.where("mp")} AND mp."academicYearId" = ${academicYearId} AND mp.status = 'ACTIVE' AND ${formIs("mp", formId)}
    ), recent AS (
      SELECT lv."pairId" FROM "LessonVisit" lv WHERE ${unit.where("lv")} AND lv."visitedOn" > ${cutoff} AND lv."pairId" IS NOT NULL
      UNION SELECT m."pairId" FROM "Meeting" m WHERE ${unit.where("m")} AND m."heldOn" > ${cutoff}
      UNION SELECT dp."pairId" FROM "PlanItem" pi JOIN "DevelopmentPlan" dp ON dp.id = pi."planId"
        WHERE ${unit.where("pi")} AND ${unit.where("dp")} AND pi."updatedAt" >= (${cutoff} + 1)::timestamp
      UNION SELECT dp."pairId" FROM "PlanItemComment" pc JOIN "PlanItem" pi ON pi.id = pc."itemId" JOIN "DevelopmentPlan" dp ON dp.id = pi."planId"
        WHERE ${unit.where("pc")} AND ${unit.where("dp")} AND pc."createdAt" >= (${cutoff} + 1)::timestamp
    )
    SELECT p.unit, count(*)::int AS "activePairs",
      count(*) FILTER (WHERE p."startsOn" <= ${cutoff} AND r."pairId" IS NULL)::int AS quiet
    FROM p LEFT JOIN (SELECT DISTINCT "pairId" FROM recent) r ON r."pairId" = p.id
    GROUP BY p.unit`;
}

export type EventRow = { unit: string | null; type: string; level: string; status: string; events: number; attended: number; remote: number };

/** Events organised within the unit in the year, by type, level and status, with attendance. */
export function eventWidget({ unit, academicYearId }: WidgetInput) {
  return db.$queryRaw<EventRow[]>`
    WITH e AS (
      SELECT e.id, ${unit.child("e")} AS unit, e.type, e.level, e.status FROM "Event" e WHERE ${unit.where("e")} AND e."academicYearId" = ${academicYearId}
    ), a AS (
      SELECT ea."eventId", count(*) FILTER (WHERE ea.attended) AS attended, count(*) FILTER (WHERE ea.attended AND ea.format = 'REMOTE') AS remote
      FROM "EventAttendance" ea WHERE ea."eventId" IN (SELECT id FROM e) GROUP BY ea."eventId"
    )
    SELECT e.unit, e.type::text AS type, e.level::text AS level, e.status::text AS status, count(*)::int AS events,
      coalesce(sum(a.attended), 0)::int AS attended, coalesce(sum(a.remote), 0)::int AS remote
    FROM e LEFT JOIN a ON a."eventId" = e.id
    GROUP BY 1, 2, 3, 4`;
}

export type UnitActivityRow = { unit: string | null; visits: number; meetings: number; meetingMinutes: number };
export type MonthRow = { month: string; visits: number; meetings: number };

/** Every widget's rows but the events' (always counted live: few rows), live or from the rollup. */
export type WidgetData = {
  schools: SchoolRow[];
  participants: ParticipantRow[];
  pairs: PairRow[];
  load: LoadRow[];
  plans: PlanRow[];
  /** Visits and meetings per unit. */
  activity: UnitActivityRow[];
  /** The trend by month of the whole dashboard. */
  months: MonthRow[];
  quiet: QuietRow[];
};

/** The widgets counted now from the rows themselves, in parallel. */
export async function liveWidgets(input: WidgetInput): Promise<WidgetData> {
  const [schools, participants, pairs, load, plans, activity, quiet] = await Promise.all([
    schoolWidget(input),
    participantWidget(input),
    pairWidget(input),
    loadWidget(input),
    planWidget(input),
    activityWidget(input),
    quietWidget(input),
  ]);
  const units = new Map<string | null, UnitActivityRow>();
  const months = new Map<string, MonthRow>();
  for (const r of activity) {
    const u = units.get(r.unit) ?? { unit: r.unit, visits: 0, meetings: 0, meetingMinutes: 0 };
    u.visits += r.visits;
    u.meetings += r.meetings;
    u.meetingMinutes += r.meetingMinutes;
    units.set(r.unit, u);
    const m = months.get(r.month) ?? { month: r.month, visits: 0, meetings: 0 };
    m.visits += r.visits;
    m.meetings += r.meetings;
    months.set(r.month, m);
  }
  return { schools, participants, pairs, load, plans, activity: [...units.values()], months: [...months.values()], quiet };
}
