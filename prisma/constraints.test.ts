/**
 * The rules the database itself holds (prisma/migrations/*_init: CHECKs, composite keys, the
 * partial unique index, the append-only audit table). Each is proven by a write that must fail.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownerDb } from "@/tests/owner-db";
import { createAcademicYear, createForm, createPair, createParticipant, createSchool } from "@/tests/factories";

let school: Awaited<ReturnType<typeof createSchool>>["school"];
let yearId: string;
let formId: string;

beforeAll(async () => {
  ({ school } = await createSchool());
  yearId = (await createAcademicYear()).id;
  formId = (await createForm()).id;
});

describe("pairs", () => {
  it("a mentee is in at most one active pair of a form, and is free again when that pair ends", async () => {
    const [mentorA, mentorB, mentee] = await Promise.all([
      createParticipant(school),
      createParticipant(school),
      createParticipant(school, { experienceYears: 1 }),
    ]);
    const first = await createPair({ school, academicYearId: yearId, formId, mentorId: mentorA.id, menteeIds: [mentee.id] });
    await expect(
      createPair({ school, academicYearId: yearId, formId, mentorId: mentorB.id, menteeIds: [mentee.id] }),
    ).rejects.toThrow(/Unique constraint/);

    // In another form the same mentee may have a pair.
    const otherForm = await createForm();
    await createPair({ school, academicYearId: yearId, formId: otherForm.id, mentorId: mentorB.id, menteeIds: [mentee.id] });

    // Completing the first pair cascades its status to its mentees (composite FK), freeing the mentee.
    await db.mentoringPair.update({ where: { id: first.id }, data: { status: "COMPLETED", endedOn: new Date("2027-05-31") } });
    const copy = await db.pairMentee.findFirstOrThrow({ where: { pairId: first.id } });
    expect(copy.pairStatus).toBe("COMPLETED");
    await createPair({ school, academicYearId: yearId, formId, mentorId: mentorB.id, menteeIds: [mentee.id] });
  });

  it("nobody mentors themselves", async () => {
    const teacher = await createParticipant(school);
    await expect(
      createPair({ school, academicYearId: yearId, formId, mentorId: teacher.id, menteeIds: [teacher.id] }),
    ).rejects.toThrow(/PairMentee_not_self_check/);
  });

  it("a mentee from another school cannot join a pair", async () => {
    const other = await createSchool();
    const [mentor, foreignMentee] = await Promise.all([createParticipant(school), createParticipant(other.school)]);
    await expect(
      createPair({ school, academicYearId: yearId, formId, mentorId: mentor.id, menteeIds: [foreignMentee.id] }),
    ).rejects.toThrow(/Foreign key constraint/);
  });

  it("a terminated pair names its reason, and a pair ends after it starts", async () => {
    const [mentor, mentee] = await Promise.all([createParticipant(school), createParticipant(school)]);
    await expect(
      createPair({ school, academicYearId: yearId, formId, mentorId: mentor.id, menteeIds: [mentee.id], status: "TERMINATED" }),
    ).rejects.toThrow(/MentoringPair_termination_check/);
    const pair = await createPair({ school, academicYearId: yearId, formId, mentorId: mentor.id, menteeIds: [mentee.id] });
    await expect(
      db.mentoringPair.update({ where: { id: pair.id }, data: { plannedEndOn: new Date("2026-01-01") } }),
    ).rejects.toThrow(/MentoringPair_dates_check/);
  });
});

describe("participants and scopes", () => {
  it("experience is never negative", async () => {
    await expect(createParticipant(school, { experienceYears: -1 })).rejects.toThrow(/Participant_experience_check/);
  });

  it("a role assignment carries exactly the scope of its role", async () => {
    const user = await db.user.create({ data: { email: `u${Date.now()}@example.test`, fullName: "Тест Тестов" } });
    await expect(
      db.roleAssignment.create({ data: { userId: user.id, role: "SCHOOL_CURATOR", regionId: school.regionId } }),
    ).rejects.toThrow(/RoleAssignment_scope_check/);
    await expect(
      db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", regionId: school.regionId } }),
    ).rejects.toThrow(/RoleAssignment_scope_check/);
    const ok = await db.roleAssignment.create({
      data: { userId: user.id, role: "SCHOOL_CURATOR", regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id },
    });
    expect(ok.role).toBe("SCHOOL_CURATOR");
  });

  it("a school's municipality belongs to the school's region", async () => {
    const other = await createSchool();
    await expect(
      db.school.create({
        data: { regionId: school.regionId, municipalityId: other.municipality.id, code: `x${Date.now()}`, slug: `x${Date.now()}`, name: "Школа", shortName: "Школа" },
      }),
    ).rejects.toThrow(/Foreign key constraint/);
  });
});

describe("the audit log", () => {
  it("accepts new events and refuses to change or delete them", async () => {
    const event = await db.auditEvent.create({ data: { action: "test.write", entity: "Test", entityId: "1" } });
    // The application's role has no right to change or delete an event at all…
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(/permission denied|denied/i);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/permission denied|denied/i);
    // …and the table's trigger refuses even its owner.
    await expect(ownerDb().auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(ownerDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.write");
  });
});
