/**
 * A synthetic national data set for the dashboards' benchmark, generated inside PostgreSQL with
 * INSERT … SELECT over generate_series (no rows travel through Node). At SCALE 1: 89 regions,
 * 2,300 municipalities, 40,000 schools, 1,200,000 participants, 500,000 pairs, 2,000,000 plan
 * items, 2,000,000 lesson visits, 300,000 documents. Regions are skewed (the first is the largest),
 * as real ones are. Ids are short readable strings ('s123', 'pa4567'), not cuids.
 */
import type pg from "pg";

export type WorldSize = { regions: number; municipalities: number; schools: number };

export function sizeFor(scale: number): WorldSize {
  const schools = Math.max(4, Math.round(40_000 * scale));
  const municipalities = Math.max(2, Math.min(schools, Math.round(2_300 * scale)));
  const regions = Math.max(2, Math.min(municipalities, Math.round(89 * Math.min(1, scale * 10))));
  return { regions, municipalities, schools };
}

/** Per school: 30 participants (8 mentors, 4 young teachers, 3 teachers, 15 students), 12.5 pairs. */
export const PER_SCHOOL = { participants: 30, pairs: 12.5, documents: 7.5 } as const;
export const PER_PAIR = { items: 4, visits: 4, meetings: 0.5 } as const;

const FORMS = [
  ["f0", "STUDENT_STUDENT", "ученик–ученик", "{STUDENT}", "{STUDENT}"],
  ["f1", "TEACHER_TEACHER", "учитель–учитель", "{TEACHER}", "{TEACHER}"],
  ["f2", "COLLEGE_STUDENT", "студент–ученик", "{COLLEGE_STUDENT}", "{STUDENT}"],
  ["f3", "EMPLOYER_STUDENT", "работодатель–ученик", "{EMPLOYER_REPRESENTATIVE}", "{STUDENT}"],
  ["f4", "EMPLOYER_COLLEGE", "работодатель–студент", "{EMPLOYER_REPRESENTATIVE}", "{COLLEGE_STUDENT}"],
  ["f5", "TEACHER_STUDENT", "учитель–ученик", "{TEACHER}", "{STUDENT}"],
  ["f6", "EMPLOYER_TEACHER", "работодатель–учитель", "{EMPLOYER_REPRESENTATIVE}", "{TEACHER}"],
] as const;

/** The statements, in order; each returns how many rows it wrote. `$1…` are the parameters below. */
function statements(size: WorldSize, yearStart: string) {
  const { regions: R, municipalities: M, schools: S } = size;
  const P = Math.round(S * PER_SCHOOL.pairs);
  const steps: Array<[string, string, unknown[]]> = [
    ["учебные годы", `INSERT INTO "AcademicYear" (id, title, "startsOn", "endsOn", "isCurrent") VALUES
      ('y-cur', extract(year FROM $1::date)::int || '–' || (extract(year FROM $1::date)::int + 1), $1::date, $1::date + interval '1 year' - interval '1 day', true),
      ('y-prev', (extract(year FROM $1::date)::int - 1) || '–' || extract(year FROM $1::date)::int, $1::date - interval '1 year', $1::date - interval '1 day', false)`, [yearStart]],
    ["формы", `INSERT INTO "MentoringForm" (id, code, name, "mentorKinds", "menteeKinds", "sortOrder", "updatedAt")
      SELECT f[1], f[2], f[3], f[4]::"ParticipantKind"[], f[5]::"ParticipantKind"[], ord, now()
      FROM unnest($1::text[]) WITH ORDINALITY AS u(x, ord), LATERAL (SELECT string_to_array(x, '|') AS f) a`, [FORMS.map((f) => f.join("|"))]],
    ["регионы", `INSERT INTO "Region" (id, code, name, "updatedAt") SELECT 'r' || g, 'R' || g, 'Регион ' || g, now() FROM generate_series(0, $1::int - 1) g`, [R]],
    ["муниципалитеты", `INSERT INTO "Municipality" (id, "regionId", code, name, "updatedAt")
      SELECT 'm' || g, 'r' || least($1::int - 1, floor($1::int * power(g::float8 / $2::int, 1.3))::int), 'M' || g, 'Муниципалитет ' || g, now()
      FROM generate_series(0, $2::int - 1) g`, [R, M]],
    ["школы", `INSERT INTO "School" (id, "regionId", "municipalityId", code, slug, name, "shortName", "inRollout", "updatedAt")
      SELECT 's' || g, m."regionId", m.id, 'S' || g, 's' || g, 'МБОУ «СОШ №' || g || '»', 'СОШ №' || g, g % 20 <> 0, now()
      FROM generate_series(0, $1::int - 1) g JOIN "Municipality" m ON m.id = 'm' || (g::bigint * $2::int / $1::int)`, [S, M]],
    ["участники", `INSERT INTO "Participant" (id, "regionId", "municipalityId", "schoolId", kind, "lastName", "firstName", "experienceYears", "inMentorBase", "inMenteeBase", "consentGiven", "updatedAt")
      SELECT 'pa' || g, s."regionId", s."municipalityId", s.id,
        (CASE WHEN g % 30 < 15 THEN 'TEACHER' ELSE 'STUDENT' END)::"ParticipantKind", 'Фамилия' || g, 'Имя',
        CASE WHEN g % 30 < 8 THEN 10 + g % 20 WHEN g % 30 < 12 THEN g % 3 WHEN g % 30 < 15 THEN 5 + g % 10 END,
        g % 30 < 8, g % 30 >= 8, true, now()
      FROM generate_series(0, $1::int * 30 - 1) g JOIN "School" s ON s.id = 's' || (g / 30)`, [S]],
    ["программы", `INSERT INTO "MentoringProgram" (id, "regionId", "municipalityId", "schoolId", "academicYearId", title, "startsOn", "endsOn", status, "updatedAt")
      SELECT 'pr' || s.id, s."regionId", s."municipalityId", s.id, 'y-cur', 'Программа наставничества', $1::date, $1::date + 300,
        (CASE WHEN substr(s.id, 2)::int % 5 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END)::"ProgramStatus", now() FROM "School" s`, [yearStart]],
    ["пары", `INSERT INTO "MentoringPair" (id, "regionId", "municipalityId", "schoolId", "academicYearId", "formId", "mentorId", "startsOn", "plannedEndOn", "endedOn", status, "terminationReason", "updatedAt")
      SELECT 'p' || k, s."regionId", s."municipalityId", s.id, CASE WHEN k % 10 = 9 THEN 'y-prev' ELSE 'y-cur' END,
        CASE WHEN 8 + k / $1::int <= 14 THEN 'f1' ELSE (ARRAY['f0', 'f5', 'f3'])[1 + k % 3] END,
        'pa' || ((k % $1::int) * 30 + (k / $1::int) % 8),
        st, st + 270, CASE WHEN k % 10 IN (7, 8) THEN st + 100 END,
        (CASE k % 10 WHEN 7 THEN 'COMPLETED' WHEN 8 THEN 'TERMINATED' ELSE 'ACTIVE' END)::"PairStatus",
        CASE WHEN k % 10 = 8 THEN 'по собственному желанию' END, now()
      FROM generate_series(0, $2::int - 1) k
      JOIN "School" s ON s.id = 's' || (k % $1::int)
      CROSS JOIN LATERAL (SELECT ($3::date - CASE WHEN k % 10 = 9 THEN 365 ELSE 0 END + (k % 60))::date AS st) d`, [S, P, yearStart]],
    ["наставляемые в парах", `INSERT INTO "PairMentee" (id, "regionId", "municipalityId", "schoolId", "pairId", "mentorId", "formId", "pairStatus", "menteeId", "joinedOn")
      SELECT 'pm' || substr(p.id, 2), p."regionId", p."municipalityId", p."schoolId", p.id, p."mentorId", p."formId", p.status,
        'pa' || ((substr(p.id, 2)::int % $1::int) * 30 + 8 + substr(p.id, 2)::int / $1::int), p."startsOn"
      FROM "MentoringPair" p`, [S]],
    ["планы", `INSERT INTO "DevelopmentPlan" (id, "regionId", "municipalityId", "schoolId", "pairId", "menteeId", title, "startsOn", "endsOn", "updatedAt")
      SELECT 'pl' || substr(p.id, 2), p."regionId", p."municipalityId", p."schoolId", p.id, pm."menteeId", 'ИПР', p."startsOn", p."plannedEndOn", now()
      FROM "MentoringPair" p JOIN "PairMentee" pm ON pm."pairId" = p.id`, []],
    ["пункты планов", `INSERT INTO "PlanItem" (id, "regionId", "municipalityId", "schoolId", "planId", position, goal, "dueOn", status, "createdAt", "updatedAt")
      SELECT 'pi' || substr(pl.id, 3) || '-' || n, pl."regionId", pl."municipalityId", pl."schoolId", pl.id, n, 'Цель ' || n, pl."startsOn" + 30 * (n + 1),
        (CASE (substr(pl.id, 3)::int + n) % 5 WHEN 0 THEN 'DONE' WHEN 1 THEN 'DONE' WHEN 2 THEN 'IN_PROGRESS' WHEN 3 THEN 'PLANNED' ELSE 'CANCELLED' END)::"PlanItemStatus",
        pl."startsOn", pl."startsOn" + make_interval(days => substr(pl.id, 3)::int % 90)
      FROM "DevelopmentPlan" pl CROSS JOIN generate_series(0, 3) n`, []],
    ["посещения уроков", `INSERT INTO "LessonVisit" (id, "regionId", "municipalityId", "schoolId", "academicYearId", "pairId", direction, "visitedOn", "visitorId", "teacherId", subject, "updatedAt")
      SELECT 'v' || substr(p.id, 2) || '-' || n, p."regionId", p."municipalityId", p."schoolId", p."academicYearId", p.id,
        (CASE WHEN n % 2 = 0 THEN 'MENTOR_TO_MENTEE' ELSE 'MENTEE_TO_MENTOR' END)::"VisitDirection",
        p."startsOn" + 15 * (n + 1) + substr(p.id, 2)::int % 7,
        CASE WHEN n % 2 = 0 THEN p."mentorId" ELSE pm."menteeId" END, CASE WHEN n % 2 = 0 THEN pm."menteeId" ELSE p."mentorId" END, 'математика', now()
      FROM "MentoringPair" p JOIN "PairMentee" pm ON pm."pairId" = p.id CROSS JOIN generate_series(0, 3) n`, []],
    ["встречи", `INSERT INTO "Meeting" (id, "regionId", "municipalityId", "schoolId", "pairId", "heldOn", topic, "durationMinutes", "updatedAt")
      SELECT 'mt' || substr(p.id, 2), p."regionId", p."municipalityId", p."schoolId", p.id, p."startsOn" + substr(p.id, 2)::int % 80, 'Встреча пары', 45, now()
      FROM "MentoringPair" p WHERE substr(p.id, 2)::int % 2 = 0`, []],
    ["требования к документам", `INSERT INTO "DocumentRequirement" (id, level, code, title, period, "dueOn", "updatedAt")
      SELECT 'q' || q, 'PLATFORM', 'DOC' || q, 'Документ ' || q, (CASE WHEN q % 3 = 2 THEN 'STANDING' ELSE 'PER_YEAR' END)::"RequirementPeriod", $1::date + 30 * (q + 1), now()
      FROM generate_series(0, 7) q`, [yearStart]],
    ["документы", `INSERT INTO "Document" (id, "regionId", "municipalityId", "schoolId", "requirementId", "academicYearId", status, "reviewComment", "updatedAt")
      SELECT 'd' || substr(s.id, 2) || '-' || q, s."regionId", s."municipalityId", s.id, 'q' || q, CASE WHEN q % 3 = 2 THEN NULL ELSE 'y-cur' END,
        (CASE (substr(s.id, 2)::int + q) % 10 WHEN 0 THEN 'UPLOADED' WHEN 1 THEN 'RETURNED' ELSE 'ACCEPTED' END)::"DocumentStatus",
        CASE WHEN (substr(s.id, 2)::int + q) % 10 = 1 THEN 'Нет подписи' END, now()
      FROM "School" s CROSS JOIN generate_series(0, 7) q WHERE q < 7 + substr(s.id, 2)::int % 2`, []],
    ["обучение наставников", `INSERT INTO "Training" (id, "regionId", "municipalityId", "schoolId", "participantId", "courseTitle", provider, hours, "endsOn")
      SELECT 't' || substr(pa.id, 3), pa."regionId", pa."municipalityId", pa."schoolId", pa.id, 'Реализация технологий наставничества', 'ИРО', 36, $1::date
      FROM "Participant" pa WHERE pa."inMentorBase" AND substr(pa.id, 3)::int % 3 = 0`, [yearStart]],
    ["мероприятия", `INSERT INTO "Event" (id, level, "regionId", "municipalityId", "schoolId", "academicYearId", type, title, "startsAt", status, "updatedAt")
      SELECT 'er' || substr(r.id, 2), 'REGION'::"OrgLevel", r.id, NULL::text, NULL::text, 'y-cur', 'PROJECT_SESSION'::"EventType", 'Проектная сессия', ($1::date + 40)::timestamp, 'HELD'::"EventStatus", now() FROM "Region" r
      UNION ALL SELECT 'em' || substr(m.id, 2) || '-' || n, 'MUNICIPALITY'::"OrgLevel", m."regionId", m.id, NULL, 'y-cur', (ARRAY['SEMINAR', 'OPEN_LESSON_FESTIVAL']::"EventType"[])[n + 1],
        'Семинар', ($1::date + 50 + 60 * n)::timestamp, (ARRAY['HELD', 'PLANNED']::"EventStatus"[])[n + 1], now() FROM "Municipality" m CROSS JOIN generate_series(0, 1) n
      UNION ALL SELECT 'es' || substr(s.id, 2), 'SCHOOL'::"OrgLevel", s."regionId", s."municipalityId", s.id, 'y-cur', 'MASTER_CLASS'::"EventType", 'Мастер-класс', ($1::date + 70)::timestamp, 'HELD'::"EventStatus", now()
        FROM "School" s WHERE substr(s.id, 2)::int % 10 = 0`, [yearStart]],
    ["участие в мероприятиях", `INSERT INTO "EventAttendance" (id, "eventId", "fullName", format, attended)
      SELECT 'ea' || e.id || '-' || n, e.id, 'Участник ' || n, (CASE WHEN n % 4 = 0 THEN 'REMOTE' ELSE 'IN_PERSON' END)::"AttendanceFormat", n % 10 <> 9
      FROM "Event" e CROSS JOIN generate_series(0, 9) n WHERE e.status = 'HELD'`, []],
  ];
  return steps;
}

/** Writes the world into an empty, migrated database; calls `log` after each step with its time. */
export async function generateNationalWorld(client: pg.Client | pg.PoolClient, size: WorldSize, yearStart: string, log: (line: string) => void = () => {}) {
  const steps = statements(size, yearStart);
  const started = performance.now();
  for (const [label, sql, values] of steps) {
    const t = performance.now();
    const result = await client.query(sql, values);
    log(`  ${label}: ${(result.rowCount ?? 0).toLocaleString("ru-RU")} строк за ${Math.round(performance.now() - t)} мс`);
  }
  const t = performance.now();
  // What autovacuum does on a live server soon after such a load: statistics and the visibility map.
  await client.query("VACUUM ANALYZE");
  log(`  VACUUM ANALYZE: ${Math.round(performance.now() - t)} мс`);
  return Math.round(performance.now() - started);
}
