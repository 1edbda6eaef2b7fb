/**
 * A small world with known dashboard figures: region R with municipalities M1 (schools A and B, B
 * outside the rollout) and M2 (school C), and a foreign region R2 (school D) that no figure of R may
 * count. Dates are relative to today so the "overdue", "due soon" and "quiet" figures hold any day.
 */
import { db } from "@/lib/db";
import { addDays, todayDate } from "@/lib/plans/dates";
import { academicYearStart } from "@/lib/participants/flags";
import type { DocumentStatus, PlanItemStatus } from "@/lib/generated/prisma/enums";
import { createForm, createPair, createParticipant, createSchool, unique } from "./factories";
import { createSchoolIn, createMunicipalityIn } from "./factories-users";

type Scope = { id: string; regionId: string; municipalityId: string };

export async function createDashboardWorld() {
  const today = todayDate();
  const startYear = academicYearStart(new Date()).getUTCFullYear();
  const year = await db.academicYear.create({
    data: { title: unique("год"), startsOn: new Date(Date.UTC(startYear, 8, 1)), endsOn: new Date(Date.UTC(startYear + 1, 7, 31)), isCurrent: false },
  });
  const previous = await db.academicYear.create({
    data: { title: unique("прошлый год"), startsOn: new Date(Date.UTC(startYear - 1, 8, 1)), endsOn: new Date(Date.UTC(startYear, 7, 31)), isCurrent: false },
  });
  const { region, municipality: m1, school: a } = await createSchool();
  await db.school.update({ where: { id: a.id }, data: { maxMenteesPerMentor: 2 } });
  const b = await createSchoolIn(m1);
  await db.school.update({ where: { id: b.id }, data: { inRollout: false } });
  const { municipality: m2, school: c } = await createMunicipalityIn(region);
  const { region: r2, municipality: m3, school: d } = await createSchool();
  const [f1, f2, f3] = await Promise.all([createForm(), createForm(), createForm()]);

  const teacher = (s: Scope, exp: number, base: "mentor" | "mentee") =>
    createParticipant(s, { kind: "TEACHER", experienceYears: exp, inMentorBase: base === "mentor", inMenteeBase: base === "mentee" });
  const student = (s: Scope) => createParticipant(s, { kind: "STUDENT", experienceYears: null, inMentorBase: false, inMenteeBase: true });

  // School A: two mentors, three young specialists, two students and an archived teacher.
  const m1a = await teacher(a, 12, "mentor");
  const m2a = await teacher(a, 20, "mentor");
  const [y1, y2, y3] = [await teacher(a, 1, "mentee"), await teacher(a, 0, "mentee"), await teacher(a, 2, "mentee")];
  const [s1, s2] = [await student(a), await student(a)];
  await createParticipant(a, { kind: "TEACHER", experienceYears: 1, archived: true, inMentorBase: true, inMenteeBase: true });
  const p1 = await createPair({ school: a, academicYearId: year.id, formId: f1.id, mentorId: m1a.id, menteeIds: [y1.id] });
  const p2 = await createPair({ school: a, academicYearId: year.id, formId: f1.id, mentorId: m1a.id, menteeIds: [y2.id, s1.id] });
  const p3 = await createPair({ school: a, academicYearId: year.id, formId: f2.id, mentorId: m2a.id, menteeIds: [s2.id], status: "COMPLETED" });
  const p4 = await createPair({ school: a, academicYearId: year.id, formId: f2.id, mentorId: m2a.id, menteeIds: [y3.id], status: "TERMINATED", terminationReason: "переезд" });
  const old = await createPair({ school: a, academicYearId: previous.id, formId: f2.id, mentorId: m2a.id, menteeIds: [y3.id] });

  // School B: one mentor and a student in a pair with nothing logged.
  const m3b = await teacher(b, 8, "mentor");
  const s3 = await student(b);
  const p5 = await createPair({ school: b, academicYearId: year.id, formId: f1.id, mentorId: m3b.id, menteeIds: [s3.id] });

  // School C: a mentor and a young specialist, quiet too.
  const m4c = await teacher(c, 15, "mentor");
  const y4 = await teacher(c, 1, "mentee");
  const p6 = await createPair({ school: c, academicYearId: year.id, formId: f1.id, mentorId: m4c.id, menteeIds: [y4.id] });

  // School D of the other region: everything that must never be counted in R.
  const md = await teacher(d, 9, "mentor");
  const yd = await teacher(d, 1, "mentee");
  const pd = await createPair({ school: d, academicYearId: year.id, formId: f3.id, mentorId: md.id, menteeIds: [yd.id] });

  const started = addDays(today, -60);
  await db.mentoringPair.updateMany({ where: { id: { in: [p1.id, p2.id, p3.id, p4.id, p5.id, p6.id, pd.id] } }, data: { startsOn: started } });

  // A plan for y1 in P1: done, overdue, due soon, cancelled, undated.
  const scope = (s: Scope) => ({ regionId: s.regionId, municipalityId: s.municipalityId, schoolId: s.id });
  const items: Array<[PlanItemStatus, Date | null]> = [
    ["DONE", addDays(today, -20)],
    ["PLANNED", addDays(today, -3)],
    ["IN_PROGRESS", addDays(today, 5)],
    ["CANCELLED", addDays(today, -9)],
    ["PLANNED", null],
  ];
  const plan = await db.developmentPlan.create({
    data: {
      ...scope(a),
      pairId: p1.id,
      menteeId: y1.id,
      title: "ИПР",
      startsOn: started,
      endsOn: addDays(today, 200),
      items: { create: items.map(([status, dueOn], i) => ({ ...scope(a), position: i + 1, goal: `Пункт ${i + 1}`, status, dueOn })) },
    },
  });
  await db.developmentPlan.create({
    data: { ...scope(d), pairId: pd.id, menteeId: yd.id, title: "ИПР", startsOn: started, endsOn: addDays(today, 200), items: { create: [{ ...scope(d), position: 1, goal: "чужой", status: "PLANNED", dueOn: addDays(today, -3) }] } },
  });

  // Visits: two in P1, an open lesson without a pair in C, one in D; a meeting of P2 35 days ago.
  const visit = (s: Scope, pairId: string | null, visitorId: string, teacherId: string, daysAgo: number) =>
    db.lessonVisit.create({
      data: { ...scope(s), academicYearId: year.id, pairId, direction: pairId ? "MENTOR_TO_MENTEE" : "OPEN_LESSON", visitedOn: addDays(today, -daysAgo), visitorId, teacherId, subject: "математика" },
    });
  await visit(a, p1.id, m1a.id, y1.id, 40);
  await visit(a, p1.id, y1.id, m1a.id, 10);
  await visit(c, null, m4c.id, y4.id, 12);
  await visit(d, pd.id, md.id, yd.id, 2);
  await db.meeting.create({ data: { ...scope(a), pairId: p2.id, heldOn: addDays(today, -35), topic: "Знакомство", durationMinutes: 45 } });
  await db.meeting.create({ data: { ...scope(d), pairId: pd.id, heldOn: addDays(today, -1), topic: "чужая", durationMinutes: 30 } });

  // Documents: two regional requirements of R, a municipal one of M2, and R2's own.
  const requirement = (data: { level: "REGION" | "MUNICIPALITY"; regionId: string; municipalityId?: string; period: "PER_YEAR" | "STANDING"; dueOn: Date | null }) =>
    db.documentRequirement.create({ data: { ...data, code: unique("DOC"), title: unique("Положение") } });
  const req1 = await requirement({ level: "REGION", regionId: region.id, period: "PER_YEAR", dueOn: addDays(today, -10) });
  const req2 = await requirement({ level: "REGION", regionId: region.id, period: "STANDING", dueOn: null });
  await requirement({ level: "MUNICIPALITY", regionId: region.id, municipalityId: m2.id, period: "PER_YEAR", dueOn: addDays(today, -1) });
  const reqD = await requirement({ level: "REGION", regionId: r2.id, period: "PER_YEAR", dueOn: addDays(today, -10) });
  const document = (s: Scope, requirementId: string, academicYearId: string | null, status: DocumentStatus) =>
    db.document.create({ data: { ...scope(s), requirementId, academicYearId, status, reviewComment: status === "RETURNED" ? "Нет подписи" : null } });
  await document(a, req1.id, year.id, "ACCEPTED");
  await document(a, req2.id, null, "ACCEPTED");
  await document(b, req1.id, year.id, "UPLOADED");
  await document(c, req1.id, year.id, "RETURNED");
  await document(d, reqD.id, year.id, "UPLOADED");
  // Programs: A's is active (its public page is filled), B's a draft.
  const program = (s: Scope, status: "ACTIVE" | "DRAFT") =>
    db.mentoringProgram.create({ data: { ...scope(s), academicYearId: year.id, title: unique("Программа"), startsOn: started, endsOn: addDays(today, 200), status } });
  await program(a, "ACTIVE");
  await program(b, "DRAFT");
  await program(d, "ACTIVE");
  await document(d, reqD.id, previous.id, "ACCEPTED");

  // A training of m1a; events: a regional session, a seminar of M1, a planned school event of A, one in R2.
  await db.training.create({ data: { ...scope(a), participantId: m1a.id, courseTitle: "36 часов", provider: "ИРО", hours: 36, endsOn: addDays(today, -30) } });
  await db.training.create({ data: { ...scope(d), participantId: md.id, courseTitle: "36 часов", provider: "ИРО", hours: 36, endsOn: addDays(today, -30) } });
  const event = (data: { level: "REGION" | "MUNICIPALITY" | "SCHOOL"; regionId: string; municipalityId?: string; schoolId?: string; type: "PROJECT_SESSION" | "SEMINAR" | "OTHER"; status: "HELD" | "PLANNED" }, attendances: Array<{ attended: boolean; format: "IN_PERSON" | "REMOTE" }> = []) =>
    db.event.create({
      data: {
        ...data,
        academicYearId: year.id,
        title: unique("Событие"),
        startsAt: addDays(today, data.status === "HELD" ? -5 : 5),
        attendances: { create: attendances.map((x, i) => ({ ...x, fullName: `Участник ${i}` })) },
      },
    });
  await event({ level: "REGION", regionId: region.id, type: "PROJECT_SESSION", status: "HELD" }, [
    { attended: true, format: "IN_PERSON" },
    { attended: true, format: "REMOTE" },
    { attended: false, format: "IN_PERSON" },
  ]);
  await event({ level: "MUNICIPALITY", regionId: region.id, municipalityId: m1.id, type: "SEMINAR", status: "HELD" }, [{ attended: true, format: "IN_PERSON" }]);
  await event({ level: "SCHOOL", regionId: region.id, municipalityId: m1.id, schoolId: a.id, type: "OTHER", status: "PLANNED" });
  await event({ level: "REGION", regionId: r2.id, type: "SEMINAR", status: "HELD" }, [{ attended: true, format: "IN_PERSON" }]);

  return { year, previous, region, m1, m2, a, b, c, r2, m3, d, forms: { f1, f2, f3 }, pairs: { p1, p2, p3, p4, p5, p6, old, pd }, plan };
}
export type DashboardWorld = Awaited<ReturnType<typeof createDashboardWorld>>;
