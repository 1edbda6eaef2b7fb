-- Dashboard rollups: the figures of the regional and national dashboards, precomputed
--   * per municipality × academic year × form ("formKey": a form's id, or '' for all forms),
--     in rows whose "month" is '';
--   * and the monthly trend of visits and meetings per municipality × academic year × form, in
--     rows whose "month" is 'YYYY-MM'.
-- Every row belongs to one municipality, so the scope of a row is that of its municipality.
-- Each figure mirrors one widget of lib/dashboards/widgets.ts (the live queries of the municipal
-- and school dashboards), grouped by the municipality of the row counted; lib/dashboards tests
-- check that both agree. Constants: young specialist < 3 years (lib/participants/flags.ts), plan
-- items due soon within 14 days (lib/plans/progress.ts), pairs quiet after 30 days
-- (lib/visits/activity.ts).
--
-- "today" is the platform's date, passed by the refresh in the setting app.dashboard_today
-- (the server's date when unset); "refreshedAt" says how fresh the rows are. lib/dashboards/rollup.ts
-- refreshes the view CONCURRENTLY (never blocking a reader) over the owner's connection when it is
-- older than its maximum age. Created WITH NO DATA: until the first refresh the dashboards count live.
CREATE MATERIALIZED VIEW "DashboardRollupData" AS
WITH t AS (
  SELECT coalesce(nullif(current_setting('app.dashboard_today', true), '')::date, current_date) AS today
), keys AS (
  SELECT ''::text AS "formKey" UNION ALL SELECT f.id FROM "MentoringForm" f
), grid AS (
  SELECT m."regionId", m.id AS "municipalityId", y.id AS year, k."formKey"
  FROM "Municipality" m CROSS JOIN "AcademicYear" y CROSS JOIN keys k
),
-- Schools, their documents and public pages (requirementApplies, deriveChecklistStatus, isPublicPageFilled).
req AS (
  SELECT r.id, r.level, r."regionId", r."municipalityId", r.period, r."dueOn", y.id AS year
  FROM "DocumentRequirement" r JOIN "AcademicYear" y ON r.period = 'STANDING' OR r."academicYearId" IS NULL OR r."academicYearId" = y.id
  WHERE r."isActive"
), cells AS (
  SELECT s.id AS school, r.year, count(*) AS total,
    count(*) FILTER (WHERE d.status = 'ACCEPTED') AS accepted,
    count(*) FILTER (WHERE (d.status IS NULL OR d.status = 'RETURNED') AND r."dueOn" < (SELECT today FROM t)) AS overdue
  FROM "School" s
  JOIN req r ON r.level = 'PLATFORM' OR (r.level = 'REGION' AND r."regionId" = s."regionId") OR (r.level = 'MUNICIPALITY' AND r."municipalityId" = s."municipalityId")
  LEFT JOIN "Document" d ON d."schoolId" = s.id AND d."requirementId" = r.id
    AND d."academicYearId" IS NOT DISTINCT FROM (CASE WHEN r.period = 'STANDING' THEN NULL ELSE r.year END)
  GROUP BY s.id, r.year
), docs AS (
  SELECT d."schoolId" AS school, y.id AS year, count(*) FILTER (WHERE d.status = 'UPLOADED') AS waiting, count(*) FILTER (WHERE d.status = 'ACCEPTED') AS accepted
  FROM "Document" d JOIN "AcademicYear" y ON d."academicYearId" IS NULL OR d."academicYearId" = y.id
  GROUP BY 1, 2
), programs AS (
  SELECT DISTINCT p."schoolId" AS school, p."academicYearId" AS year FROM "MentoringProgram" p WHERE p.status <> 'DRAFT'
), schools AS (
  SELECT s."municipalityId", y.id AS year, count(*) AS schools,
    count(*) FILTER (WHERE s."inRollout") AS "inRollout",
    count(*) FILTER (WHERE c.total > 0 AND c.accepted = c.total) AS "allAccepted",
    count(*) FILTER (WHERE pr.school IS NOT NULL AND coalesce(docs.accepted, 0) > 0) AS "pageFilled",
    coalesce(sum(docs.waiting), 0) AS waiting,
    coalesce(sum(c.overdue), 0) AS overdue
  FROM "School" s CROSS JOIN "AcademicYear" y
  LEFT JOIN cells c ON c.school = s.id AND c.year = y.id
  LEFT JOIN docs ON docs.school = s.id AND docs.year = y.id
  LEFT JOIN programs pr ON pr.school = s.id AND pr.year = y.id
  GROUP BY 1, 2
),
-- Participants (isYoungSpecialist); "has a mentor": an active place in an active pair of the year and form.
bases AS (
  SELECT p."municipalityId",
    count(*) FILTER (WHERE p."inMentorBase") AS "mentorsInBase",
    count(*) FILTER (WHERE p."inMenteeBase") AS "menteesInBase",
    count(*) FILTER (WHERE p.kind = 'TEACHER' AND p."experienceYears" < 3) AS "youngSpecialists",
    count(*) FILTER (WHERE p.kind = 'STUDENT') AS students
  FROM "Participant" p WHERE p."archivedAt" IS NULL
  GROUP BY 1
), covered AS (
  SELECT DISTINCT pm."menteeId", mp."academicYearId" AS year, k."formKey"
  FROM "PairMentee" pm JOIN "MentoringPair" mp ON mp.id = pm."pairId"
  CROSS JOIN LATERAL (VALUES (''::text), (pm."formId")) k("formKey")
  WHERE pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL
), cov AS (
  SELECT p."municipalityId", c.year, c."formKey",
    count(*) FILTER (WHERE p.kind = 'TEACHER' AND p."experienceYears" < 3) AS "youngWithMentor",
    count(*) FILTER (WHERE p.kind = 'STUDENT') AS "studentsCovered"
  FROM covered c JOIN "Participant" p ON p.id = c."menteeId"
  WHERE p."archivedAt" IS NULL
  GROUP BY 1, 2, 3
),
-- Pairs and groups by status.
pairs AS (
  SELECT mp."municipalityId", mp."academicYearId" AS year, k."formKey",
    count(*) FILTER (WHERE mp.status = 'ACTIVE') AS "pairsActive",
    count(*) FILTER (WHERE mp.status = 'COMPLETED') AS "pairsCompleted",
    count(*) FILTER (WHERE mp.status = 'TERMINATED') AS "pairsTerminated",
    count(*) FILTER (WHERE mp."isGroup" AND mp.status = 'ACTIVE') AS "groupsActive",
    count(*) FILTER (WHERE mp."isGroup" AND mp.status = 'COMPLETED') AS "groupsCompleted",
    count(*) FILTER (WHERE mp."isGroup" AND mp.status = 'TERMINATED') AS "groupsTerminated"
  FROM "MentoringPair" mp CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  GROUP BY 1, 2, 3
),
-- Mentors' load (countActiveMentees) against their cap (mentorCap), and training.
mentors AS (
  SELECT DISTINCT mp."mentorId", mp."schoolId", mp."municipalityId", mp."academicYearId" AS year, k."formKey"
  FROM "MentoringPair" mp CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  WHERE mp.status = 'ACTIVE'
), load AS (
  SELECT pm."mentorId", count(*) AS n FROM "PairMentee" pm
  WHERE pm."pairStatus" = 'ACTIVE' AND pm."leftOn" IS NULL
  GROUP BY 1
), trained AS (
  SELECT DISTINCT tr."participantId" FROM "Training" tr WHERE tr."participantId" IS NOT NULL
), loads AS (
  SELECT m."municipalityId", m.year, m."formKey", count(*) AS mentors,
    coalesce(sum(l.n), 0) AS "mentorLoadSum", coalesce(max(l.n), 0) AS "maxLoad",
    count(*) FILTER (WHERE coalesce(l.n, 0) > coalesce(s."maxMenteesPerMentor", r."maxMenteesPerMentor")) AS "overCap",
    count(*) FILTER (WHERE tr."participantId" IS NOT NULL) AS trained
  FROM mentors m LEFT JOIN load l ON l."mentorId" = m."mentorId"
  JOIN "School" s ON s.id = m."schoolId" JOIN "Region" r ON r.id = s."regionId"
  LEFT JOIN trained tr ON tr."participantId" = m."mentorId"
  GROUP BY 1, 2, 3
),
-- Plan progress (derivePlanProgress, dueState with SOON_DAYS = 14).
plans AS (
  SELECT pi."municipalityId", mp."academicYearId" AS year, k."formKey",
    count(*) FILTER (WHERE pi.status <> 'CANCELLED') AS "planTotal",
    count(*) FILTER (WHERE pi.status = 'DONE') AS "planDone",
    count(*) FILTER (WHERE pi.status IN ('PLANNED', 'IN_PROGRESS') AND pi."dueOn" < t.today) AS "planOverdue",
    count(*) FILTER (WHERE pi.status IN ('PLANNED', 'IN_PROGRESS') AND pi."dueOn" >= t.today AND pi."dueOn" <= t.today + 14) AS "planSoon"
  FROM "PlanItem" pi JOIN "DevelopmentPlan" dp ON dp.id = pi."planId" JOIN "MentoringPair" mp ON mp.id = dp."pairId"
  CROSS JOIN t CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  GROUP BY 1, 2, 3
),
-- Lesson visits of the year (with a form: those of its pairs) and meetings of the year's pairs, by month.
activity AS (
  SELECT lv."regionId", lv."municipalityId", lv."academicYearId" AS year, k."formKey", to_char(lv."visitedOn", 'YYYY-MM') AS month,
    count(*) AS visits, 0::bigint AS meetings, 0::bigint AS minutes
  FROM "LessonVisit" lv LEFT JOIN "MentoringPair" mp ON mp.id = lv."pairId"
  CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  WHERE k."formKey" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT m."regionId", m."municipalityId", mp."academicYearId", k."formKey", to_char(m."heldOn", 'YYYY-MM'),
    0, count(*), coalesce(sum(m."durationMinutes"), 0)
  FROM "Meeting" m JOIN "MentoringPair" mp ON mp.id = m."pairId"
  CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  GROUP BY 1, 2, 3, 4, 5
), activity_units AS (
  SELECT "municipalityId", year, "formKey", sum(visits) AS visits, sum(meetings) AS meetings, sum(minutes) AS "meetingMinutes"
  FROM activity GROUP BY 1, 2, 3
),
-- Active pairs with nothing logged for 30 days (listQuietPairs): quiet unless it started, or
-- something of it was logged, after the cut-off.
recent AS (
  SELECT lv."pairId" FROM "LessonVisit" lv, t WHERE lv."visitedOn" > t.today - 30 AND lv."pairId" IS NOT NULL
  UNION SELECT m."pairId" FROM "Meeting" m, t WHERE m."heldOn" > t.today - 30
  UNION SELECT dp."pairId" FROM "PlanItem" pi JOIN "DevelopmentPlan" dp ON dp.id = pi."planId", t
    WHERE pi."updatedAt" >= (t.today - 30 + 1)::timestamp
  UNION SELECT dp."pairId" FROM "PlanItemComment" pc JOIN "PlanItem" pi ON pi.id = pc."itemId" JOIN "DevelopmentPlan" dp ON dp.id = pi."planId", t
    WHERE pc."createdAt" >= (t.today - 30 + 1)::timestamp
), quiet AS (
  SELECT mp."municipalityId", mp."academicYearId" AS year, k."formKey", count(*) AS "activePairs",
    count(*) FILTER (WHERE mp."startsOn" <= t.today - 30 AND r."pairId" IS NULL) AS quiet
  FROM "MentoringPair" mp CROSS JOIN t LEFT JOIN recent r ON r."pairId" = mp.id
  CROSS JOIN LATERAL (VALUES (''::text), (mp."formId")) k("formKey")
  WHERE mp.status = 'ACTIVE'
  GROUP BY 1, 2, 3
)
SELECT g."regionId", g."municipalityId", g.year AS "academicYearId", g."formKey", ''::text AS month, now() AS "refreshedAt", t.today,
  coalesce(s.schools, 0)::int AS schools, coalesce(s."inRollout", 0)::int AS "inRollout", coalesce(s."allAccepted", 0)::int AS "allAccepted",
  coalesce(s."pageFilled", 0)::int AS "pageFilled", coalesce(s.waiting, 0)::int AS waiting, coalesce(s.overdue, 0)::int AS overdue,
  coalesce(b."mentorsInBase", 0)::int AS "mentorsInBase", coalesce(b."menteesInBase", 0)::int AS "menteesInBase",
  coalesce(b."youngSpecialists", 0)::int AS "youngSpecialists", coalesce(c."youngWithMentor", 0)::int AS "youngWithMentor",
  coalesce(b.students, 0)::int AS students, coalesce(c."studentsCovered", 0)::int AS "studentsCovered",
  coalesce(p."pairsActive", 0)::int AS "pairsActive", coalesce(p."pairsCompleted", 0)::int AS "pairsCompleted", coalesce(p."pairsTerminated", 0)::int AS "pairsTerminated",
  coalesce(p."groupsActive", 0)::int AS "groupsActive", coalesce(p."groupsCompleted", 0)::int AS "groupsCompleted", coalesce(p."groupsTerminated", 0)::int AS "groupsTerminated",
  coalesce(l.mentors, 0)::int AS mentors, coalesce(l."mentorLoadSum", 0)::int AS "mentorLoadSum", coalesce(l."maxLoad", 0)::int AS "maxLoad",
  coalesce(l."overCap", 0)::int AS "overCap", coalesce(l.trained, 0)::int AS trained,
  coalesce(pl."planTotal", 0)::int AS "planTotal", coalesce(pl."planDone", 0)::int AS "planDone",
  coalesce(pl."planOverdue", 0)::int AS "planOverdue", coalesce(pl."planSoon", 0)::int AS "planSoon",
  coalesce(a.visits, 0)::int AS visits, coalesce(a.meetings, 0)::int AS meetings, coalesce(a."meetingMinutes", 0)::int AS "meetingMinutes",
  coalesce(q."activePairs", 0)::int AS "activePairs", coalesce(q.quiet, 0)::int AS quiet
FROM grid g CROSS JOIN t
LEFT JOIN schools s ON s."municipalityId" = g."municipalityId" AND s.year = g.year
LEFT JOIN bases b ON b."municipalityId" = g."municipalityId"
LEFT JOIN cov c ON c."municipalityId" = g."municipalityId" AND c.year = g.year AND c."formKey" = g."formKey"
LEFT JOIN pairs p ON p."municipalityId" = g."municipalityId" AND p.year = g.year AND p."formKey" = g."formKey"
LEFT JOIN loads l ON l."municipalityId" = g."municipalityId" AND l.year = g.year AND l."formKey" = g."formKey"
LEFT JOIN plans pl ON pl."municipalityId" = g."municipalityId" AND pl.year = g.year AND pl."formKey" = g."formKey"
LEFT JOIN activity_units a ON a."municipalityId" = g."municipalityId" AND a.year = g.year AND a."formKey" = g."formKey"
LEFT JOIN quiet q ON q."municipalityId" = g."municipalityId" AND q.year = g.year AND q."formKey" = g."formKey"
UNION ALL
SELECT a."regionId", a."municipalityId", a.year, a."formKey", a.month, now(), t.today,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  sum(a.visits)::int, sum(a.meetings)::int, sum(a.minutes)::int, 0, 0
FROM activity a CROSS JOIN t
GROUP BY a."regionId", a."municipalityId", a.year, a."formKey", a.month, t.today
WITH NO DATA;

-- REFRESH … CONCURRENTLY needs a unique index on plain columns covering every row.
CREATE UNIQUE INDEX "DashboardRollupData_key" ON "DashboardRollupData" ("regionId", "municipalityId", "academicYearId", "formKey", month);
-- The dashboards' reads: a year and form of the country (all regions) or of one region.
CREATE INDEX "DashboardRollupData_read_idx" ON "DashboardRollupData" ("academicYearId", "formKey", "regionId", month);

-- A materialized view has no row-level security: nobody but its owner reads it directly (also
-- not the app role, which the default privileges of 20261126090000_row_level_security would give
-- it). The app (role nastavnik_app) reads it through the view "DashboardRollup", which admits only
-- the rows of the request's scope (app_admits of that migration, the municipality's chain), and
-- none to a school's staff or a public page (their dashboards count live).
REVOKE ALL ON "DashboardRollupData" FROM PUBLIC;

DO $$
BEGIN
  IF to_regprocedure('app_admits(text, text, text)') IS NOT NULL AND to_regprocedure('app_setting(text)') IS NOT NULL THEN
    EXECUTE 'CREATE VIEW "DashboardRollup" WITH (security_barrier) AS SELECT * FROM "DashboardRollupData"
      WHERE app_admits("regionId", "municipalityId", NULL) AND app_setting(''app.school_id'') IS NULL';
  ELSE
    -- Without row-level security there is no app role: the view is its owner's alone.
    EXECUTE 'CREATE VIEW "DashboardRollup" WITH (security_barrier) AS SELECT * FROM "DashboardRollupData"';
  END IF;
  REVOKE ALL ON "DashboardRollup" FROM PUBLIC;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nastavnik_app') THEN
    REVOKE ALL ON "DashboardRollupData" FROM nastavnik_app;
    REVOKE ALL ON "DashboardRollup" FROM nastavnik_app;
    GRANT SELECT ON "DashboardRollup" TO nastavnik_app;
  END IF;
END $$;
