/**
 * The dashboard's figures written by hand, one plain SQL query per widget, the way an analyst
 * would count them from the raw tables (correlated subqueries, EXISTS), independent of
 * lib/dashboards. The benchmark times them next to ours and checks that both give the same numbers.
 * Parameters: $1 the unit's id (null for the whole country), $2 the academic year, $3 today.
 */
import type pg from "pg";

export type HandUnit = { column: "regionId" | "municipalityId" | "schoolId" | null; id: string | null };

/** `t."column" = $1`, or `$1 IS NULL` for the country; the column is one of three constants. */
function inUnit(alias: string, unit: HandUnit, table?: "school"): string {
  if (!unit.column) return "$1::text IS NULL";
  const column = table === "school" && unit.column === "schoolId" ? "id" : unit.column;
  return `${alias}."${column}" = $1`;
}

export type HandFigures = Record<string, number>;

export function handWrittenWidgets(unit: HandUnit): Record<string, string> {
  const applies = `r."isActive" AND (r.level = 'PLATFORM' OR (r.level = 'REGION' AND r."regionId" = s."regionId") OR (r.level = 'MUNICIPALITY' AND r."municipalityId" = s."municipalityId"))
    AND (r.period = 'STANDING' OR r."academicYearId" IS NULL OR r."academicYearId" = $2)`;
  const docOf = `d."schoolId" = s.id AND d."requirementId" = r.id AND d."academicYearId" IS NOT DISTINCT FROM (CASE WHEN r.period = 'STANDING' THEN NULL ELSE $2 END)`;
  return {
    schools: `SELECT count(*)::int AS schools, count(*) FILTER (WHERE s."inRollout")::int AS "inRollout",
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "DocumentRequirement" r WHERE ${applies})
          AND NOT EXISTS (SELECT 1 FROM "DocumentRequirement" r WHERE ${applies} AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE ${docOf} AND d.status = 'ACCEPTED')))::int AS "allDocumentsAccepted",
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MentoringProgram" p WHERE p."schoolId" = s.id AND p."academicYearId" = $2 AND p.status <> 'DRAFT')
          AND EXISTS (SELECT 1 FROM "Document" d WHERE d."schoolId" = s.id AND d.status = 'ACCEPTED' AND (d."academicYearId" IS NULL OR d."academicYearId" = $2)))::int AS "publicPageFilled",
        (SELECT count(*) FROM "Document" d WHERE ${inUnit("d", unit)} AND d.status = 'UPLOADED' AND (d."academicYearId" IS NULL OR d."academicYearId" = $2))::int AS "documentsWaiting",
        sum((SELECT count(*) FROM "DocumentRequirement" r WHERE ${applies} AND r."dueOn" < $3::date
          AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE ${docOf} AND d.status IN ('ACCEPTED', 'UPLOADED'))))::int AS "documentsOverdue"
      FROM "School" s WHERE ${inUnit("s", unit, "school")}`,
    participants: `SELECT count(*) FILTER (WHERE pa."inMentorBase")::int AS "mentorsInBase", count(*) FILTER (WHERE pa."inMenteeBase")::int AS "menteesInBase",
        count(*) FILTER (WHERE pa.kind = 'TEACHER' AND pa."experienceYears" < 3)::int AS "youngSpecialists",
        count(*) FILTER (WHERE pa.kind = 'TEACHER' AND pa."experienceYears" < 3 AND EXISTS (SELECT 1 FROM "PairMentee" pm JOIN "MentoringPair" p ON p.id = pm."pairId"
          WHERE pm."menteeId" = pa.id AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL AND p."academicYearId" = $2))::int AS "youngWithMentor",
        count(*) FILTER (WHERE pa.kind = 'STUDENT')::int AS students,
        count(*) FILTER (WHERE pa.kind = 'STUDENT' AND EXISTS (SELECT 1 FROM "PairMentee" pm JOIN "MentoringPair" p ON p.id = pm."pairId"
          WHERE pm."menteeId" = pa.id AND pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL AND p."academicYearId" = $2))::int AS "studentsCovered"
      FROM "Participant" pa WHERE ${inUnit("pa", unit)} AND pa."archivedAt" IS NULL AND $3::date IS NOT NULL`,
    pairs: `SELECT count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE p.status = 'COMPLETED')::int AS completed,
        count(*) FILTER (WHERE p.status = 'TERMINATED')::int AS terminated, count(*) FILTER (WHERE p."isGroup")::int AS groups
      FROM "MentoringPair" p WHERE ${inUnit("p", unit)} AND p."academicYearId" = $2 AND $3::date IS NOT NULL`,
    load: `WITH m AS (SELECT DISTINCT p."mentorId" FROM "MentoringPair" p WHERE ${inUnit("p", unit)} AND p."academicYearId" = $2 AND p.status = 'ACTIVE'),
        n AS (SELECT pm."mentorId", count(*) AS n FROM "PairMentee" pm JOIN m ON m."mentorId" = pm."mentorId" WHERE pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL GROUP BY 1)
      SELECT count(*)::int AS "activeMentors", coalesce(sum(n.n), 0)::int AS "mentorLoadSum", coalesce(max(n.n), 0)::int AS "maxLoad",
        count(*) FILTER (WHERE coalesce(n.n, 0) > coalesce(s."maxMenteesPerMentor", r."maxMenteesPerMentor"))::int AS "overCap",
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Training" t WHERE t."participantId" = m."mentorId"))::int AS "trainedMentors"
      FROM m LEFT JOIN n ON n."mentorId" = m."mentorId" JOIN "Participant" pa ON pa.id = m."mentorId" JOIN "School" s ON s.id = pa."schoolId" JOIN "Region" r ON r.id = s."regionId"
      WHERE $3::date IS NOT NULL`,
    plan: `SELECT count(*) FILTER (WHERE i.status <> 'CANCELLED')::int AS total, count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
        count(*) FILTER (WHERE i.status IN ('PLANNED', 'IN_PROGRESS') AND i."dueOn" < $3::date)::int AS overdue,
        count(*) FILTER (WHERE i.status IN ('PLANNED', 'IN_PROGRESS') AND i."dueOn" BETWEEN $3::date AND $3::date + 14)::int AS soon
      FROM "PlanItem" i WHERE ${inUnit("i", unit)} AND i."planId" IN (SELECT dp.id FROM "DevelopmentPlan" dp JOIN "MentoringPair" p ON p.id = dp."pairId" WHERE p."academicYearId" = $2)`,
    activity: `SELECT (SELECT count(*) FROM "LessonVisit" v WHERE ${inUnit("v", unit)} AND v."academicYearId" = $2)::int AS visits,
        (SELECT count(*) FROM "Meeting" m JOIN "MentoringPair" p ON p.id = m."pairId" WHERE ${inUnit("m", unit)} AND p."academicYearId" = $2)::int AS meetings,
        (SELECT coalesce(sum(m."durationMinutes"), 0) FROM "Meeting" m JOIN "MentoringPair" p ON p.id = m."pairId" WHERE ${inUnit("m", unit)} AND p."academicYearId" = $2)::int AS "meetingMinutes"
      WHERE $3::date IS NOT NULL`,
    quiet: `SELECT count(*) FILTER (WHERE greatest(p."startsOn",
          (SELECT max(v."visitedOn") FROM "LessonVisit" v WHERE v."pairId" = p.id),
          (SELECT max(m."heldOn") FROM "Meeting" m WHERE m."pairId" = p.id),
          (SELECT max(i."updatedAt")::date FROM "PlanItem" i JOIN "DevelopmentPlan" dp ON dp.id = i."planId" WHERE dp."pairId" = p.id),
          (SELECT max(c."createdAt")::date FROM "PlanItemComment" c JOIN "PlanItem" i ON i.id = c."itemId" JOIN "DevelopmentPlan" dp ON dp.id = i."planId" WHERE dp."pairId" = p.id)
        ) <= $3::date - 30)::int AS "quietPairs"
      FROM "MentoringPair" p WHERE ${inUnit("p", unit)} AND p."academicYearId" = $2 AND p.status = 'ACTIVE'`,
    events: `SELECT count(*) FILTER (WHERE e.status = 'HELD')::int AS "eventsHeld",
        coalesce(sum((SELECT count(*) FROM "EventAttendance" a WHERE a."eventId" = e.id AND a.attended)) FILTER (WHERE e.status = 'HELD'), 0)::int AS attendance
      FROM "Event" e WHERE ${inUnit("e", unit)} AND e."academicYearId" = $2 AND $3::date IS NOT NULL`,
  };
}

export async function runHandWritten(pool: pg.Pool, sql: string, unit: HandUnit, academicYearId: string, today: string): Promise<HandFigures> {
  const result = await pool.query(sql, [unit.id, academicYearId, today]);
  return result.rows[0] as HandFigures;
}
