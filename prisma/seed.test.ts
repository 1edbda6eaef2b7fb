/**
 * The demo world: it loads on a fresh database, has what the README promises, keeps every rule
 * the schema holds (scoping ids consistent with the parent), and a second run changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "./seed/index";

let first: Record<string, number>;

beforeAll(async () => {
  first = await seedDemoData(db);
}, 300_000);

describe("the demo seed", () => {
  it("is idempotent and deterministic: a second run adds and changes nothing", async () => {
    const snapshot = async () =>
      Promise.all([
        db.participant.findMany({ orderBy: { id: "asc" } }),
        db.mentoringPair.findMany({ orderBy: { id: "asc" } }),
        db.planItem.findMany({ orderBy: { id: "asc" } }),
        db.user.findMany({ orderBy: { id: "asc" }, include: { roleAssignments: true } }),
      ]);
    const before = await snapshot();
    const second = await seedDemoData(db);
    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(before);
  }, 300_000);

  it("has the world the README describes", async () => {
    expect(first).toMatchObject(EXPECTED_COUNTS);
    const gymnasium = await db.school.findFirstOrThrow({ where: { name: { contains: "Гимназия №45" } } });
    const year = await db.academicYear.findFirstOrThrow({ where: { isCurrent: true } });
    expect(await db.participant.count({ where: { schoolId: gymnasium.id } })).toBe(27);
    const teacherForm = await db.mentoringForm.findFirstOrThrow({ where: { name: "учитель–учитель" } });
    expect(
      await db.mentoringPair.count({ where: { schoolId: gymnasium.id, academicYearId: year.id, formId: teacherForm.id } }),
    ).toBe(15);
    const altai = await db.municipality.findFirstOrThrow({ where: { name: { contains: "Онгудайский" } } });
    expect(await db.school.count({ where: { municipalityId: altai.id } })).toBe(7);
    for (const status of ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const) {
      expect(await db.planItem.count({ where: { status } }), status).toBeGreaterThan(0);
    }
    for (const direction of ["MENTOR_TO_MENTEE", "MENTEE_TO_MENTOR", "OPEN_LESSON"] as const) {
      expect(await db.lessonVisit.count({ where: { direction } }), direction).toBeGreaterThan(0);
    }
    for (const level of ["REGION", "MUNICIPALITY", "SCHOOL"] as const) {
      expect(await db.event.count({ where: { level } }), level).toBeGreaterThan(0);
    }
    expect(await db.questionnaireResponse.count()).toBeGreaterThan(0);
    expect(await db.training.count()).toBeGreaterThan(0);
    expect(await db.mentoringForm.count({ where: { pairs: { some: {} } } })).toBeGreaterThanOrEqual(5);
  });

  it("has one demo account per role that signs in with the README's password", async () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(
      new Set(["ADMIN", "REGIONAL_COORDINATOR", "MUNICIPAL_CURATOR", "SCHOOL_CURATOR", "MENTOR", "MENTEE"]),
    );
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email }, include: { roleAssignments: true } });
      expect(user.roleAssignments.map((r) => r.role)).toContain(account.role);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
    }
    const mentor = await db.user.findUniqueOrThrow({ where: { email: "mentor@nastavnik.example" }, include: { participants: true } });
    expect(await db.mentoringPair.count({ where: { mentorId: { in: mentor.participants.map((p) => p.id) }, status: "ACTIVE" } })).toBeGreaterThan(0);
  });

  it("keeps the scoping ids of every child row equal to its parent's", async () => {
    const mismatches = await db.$queryRawUnsafe<Array<{ check: string; n: number }>>(`
      SELECT 'pair/school' AS check, count(*)::int AS n FROM "MentoringPair" p JOIN "School" s ON s.id = p."schoolId"
        WHERE p."regionId" <> s."regionId" OR p."municipalityId" <> s."municipalityId"
      UNION ALL SELECT 'pairMentee/pair', count(*)::int FROM "PairMentee" m JOIN "MentoringPair" p ON p.id = m."pairId"
        WHERE m."regionId" <> p."regionId" OR m."municipalityId" <> p."municipalityId"
      UNION ALL SELECT 'plan/pair', count(*)::int FROM "DevelopmentPlan" d JOIN "MentoringPair" p ON p.id = d."pairId"
        WHERE d."schoolId" <> p."schoolId" OR d."regionId" <> p."regionId" OR d."municipalityId" <> p."municipalityId"
      UNION ALL SELECT 'item/plan', count(*)::int FROM "PlanItem" i JOIN "DevelopmentPlan" d ON d.id = i."planId"
        WHERE i."schoolId" <> d."schoolId" OR i."regionId" <> d."regionId" OR i."municipalityId" <> d."municipalityId"
      UNION ALL SELECT 'visit/pair', count(*)::int FROM "LessonVisit" v JOIN "MentoringPair" p ON p.id = v."pairId"
        WHERE v."schoolId" <> p."schoolId" OR v."regionId" <> p."regionId" OR v."municipalityId" <> p."municipalityId"
      UNION ALL SELECT 'meeting/pair', count(*)::int FROM "Meeting" m JOIN "MentoringPair" p ON p.id = m."pairId"
        WHERE m."schoolId" <> p."schoolId" OR m."regionId" <> p."regionId" OR m."municipalityId" <> p."municipalityId"
      UNION ALL SELECT 'document/school', count(*)::int FROM "Document" d JOIN "School" s ON s.id = d."schoolId"
        WHERE d."regionId" <> s."regionId" OR d."municipalityId" <> s."municipalityId"
      UNION ALL SELECT 'document/current version', count(*)::int FROM "Document" d JOIN "DocumentVersion" v ON v."documentId" = d.id
        WHERE v."versionNo" = (SELECT max(w."versionNo") FROM "DocumentVersion" w WHERE w."documentId" = d.id)
          AND (v."reviewStatus" <> d.status OR v."reviewComment" IS DISTINCT FROM d."reviewComment" OR v."reviewedAt" IS DISTINCT FROM d."reviewedAt"
               OR v.number IS DISTINCT FROM d.number OR v."issuedOn" IS DISTINCT FROM d."issuedOn")
      UNION ALL SELECT 'document version without decision before a newer one', count(*)::int FROM "DocumentVersion" v
        WHERE v."reviewStatus" = 'UPLOADED' AND EXISTS (SELECT 1 FROM "DocumentVersion" w WHERE w."documentId" = v."documentId" AND w."versionNo" > v."versionNo")
      UNION ALL SELECT 'program/school', count(*)::int FROM "MentoringProgram" p JOIN "School" s ON s.id = p."schoolId"
        WHERE p."regionId" <> s."regionId" OR p."municipalityId" <> s."municipalityId"
      UNION ALL SELECT 'stage/program', count(*)::int FROM "ProgramStage" t JOIN "MentoringProgram" p ON p.id = t."programId"
        WHERE t."schoolId" <> p."schoolId" OR t."regionId" <> p."regionId" OR t."municipalityId" <> p."municipalityId"
      UNION ALL SELECT 'response/school', count(*)::int FROM "QuestionnaireResponse" r JOIN "School" s ON s.id = r."schoolId"
        WHERE r."regionId" <> s."regionId" OR r."municipalityId" <> s."municipalityId"
      UNION ALL SELECT 'event/school', count(*)::int FROM "Event" e JOIN "School" s ON s.id = e."schoolId"
        WHERE e."regionId" <> s."regionId" OR e."municipalityId" <> s."municipalityId"
      UNION ALL SELECT 'minor pair without consent', count(*)::int FROM "PairMentee" m JOIN "Participant" p ON p.id = m."menteeId"
        WHERE p."isMinor" AND NOT p."consentGiven"`);
    expect(mismatches.filter((row) => row.n > 0)).toEqual([]);
  });
});

/** The figures the README quotes. */
const EXPECTED_COUNTS = {
  Region: 4,
  Municipality: 12,
  School: 15,
  Organization: 5,
  AcademicYear: 3,
  User: 13,
  RoleAssignment: 13,
  StoredFile: 102,
  Participant: 145,
  MentoringForm: 7,
  MentoringModel: 19,
  MentoringProgram: 17,
  ProgramStage: 119,
  MentoringPair: 69,
  PairMentee: 78,
  DevelopmentPlan: 58,
  PlanItem: 421,
  LessonVisit: 186,
  Meeting: 293,
  Event: 21,
  EventAttendance: 167,
  Training: 40,
  Award: 6,
  DocumentRequirement: 10,
  Document: 97,
  QuestionnaireResponse: 67,
};
