import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createForm, createPair, createParticipant as createRow, createSchool } from "@/tests/factories";
import { createSchoolWithCurator, teacherForm, studentForm } from "@/tests/factories-participants";
import { academicYearStart, FLAGS, flagsOf, flagWhere, isNewEmployee } from "./flags";
import { createParticipant } from "./mutations";
import { listParticipants } from "./queries";
import { PAGE_SIZE, ZCreateParticipant, ZParticipantFilter } from "./schemas";

const NOW = new Date("2026-11-26T12:00:00Z");
const filter = (input: Record<string, unknown> = {}) => ZParticipantFilter.parse(input);

describe("derived flags", () => {
  it("follows the target model's definitions", () => {
    const base = { kind: "TEACHER" as const, experienceYears: 2, ageBand: "FROM_25_TO_34" as const, hiredOn: new Date("2026-09-01"), consentGiven: true };
    expect(flagsOf(base, NOW)).toEqual(["youngSpecialist", "under35", "newEmployee"]);
    expect(flagsOf({ ...base, kind: "STUDENT", experienceYears: 0, ageBand: "FROM_35_TO_49", hiredOn: new Date("2026-08-31"), consentGiven: false }, NOW)).toEqual(["noConsent"]);
    expect(flagsOf({ ...base, experienceYears: 3, ageBand: null, hiredOn: null }, NOW)).toEqual([]);
    expect(academicYearStart(new Date("2027-03-01"))).toEqual(new Date("2026-09-01"));
    expect(isNewEmployee({ hiredOn: new Date("2025-09-01") }, new Date("2026-08-31"))).toBe(true);
  });

  it("filters in the database exactly as the pure functions decide", async () => {
    const { school } = await createSchool();
    const rows = [];
    for (const [experienceYears, ageBand, hiredOn, consentGiven, kind] of [
      [1, "UNDER_25", "2026-10-01", true, "TEACHER"],
      [2, "FROM_50", "2020-01-01", false, "STUDENT"],
      [7, "FROM_25_TO_34", null, true, "TEACHER"],
      [null, null, "2026-09-01", false, "TEACHER"],
    ] as const) {
      const row = await createRow(school, { kind, experienceYears, consentGiven });
      rows.push(await db.participant.update({ where: { id: row.id }, data: { ageBand, hiredOn: hiredOn ? new Date(hiredOn) : null } }));
    }
    for (const flag of FLAGS) {
      const found = await db.participant.findMany({ where: { AND: [{ schoolId: school.id }, flagWhere(flag, NOW)] }, select: { id: true } });
      const expected = rows.filter((row) => flagsOf(row, NOW).includes(flag)).map((row) => row.id);
      expect(found.map((row) => row.id).sort(), flag).toEqual(expected.sort());
    }
  });
});

describe("the list of participants", () => {
  it("searches, filters, sorts and pages on the server with counts", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const add = (values: ReturnType<typeof teacherForm>) => createParticipant(curator, ZCreateParticipant.parse({ schoolId: school.id, ...values }));
    await add(teacherForm({ lastName: "Абрамова", experienceYears: "1", inMentorBase: false, inMenteeBase: true }));
    await add(teacherForm({ lastName: "Борисов", firstName: "Пётр", experienceYears: "20", ageBand: "FROM_50", inMentorBase: true, inMenteeBase: false }));
    await add(studentForm({ lastName: "Васильев" }));
    const archived = await add(teacherForm({ lastName: "Громова", experienceYears: "5" }));
    await db.participant.update({ where: { id: archived.participantId }, data: { archivedAt: NOW } });
    for (let i = 0; i < PAGE_SIZE + 5; i += 1) await createRow(school, { lastName: `Яковлева${String(i).padStart(3, "0")}`, experienceYears: 30 });

    const all = await listParticipants(curator, school.id, filter(), NOW);
    expect(all).toMatchObject({ total: PAGE_SIZE + 8, pages: 2, counts: { mentors: PAGE_SIZE + 6, mentees: PAGE_SIZE + 7, archived: 1 } });
    expect(all.rows.slice(0, 3).map((row) => row.lastName)).toEqual(["Абрамова", "Борисов", "Васильев"]);
    expect((await listParticipants(curator, school.id, filter({ page: "2" }), NOW)).rows).toHaveLength(8);

    const names = async (input: Record<string, unknown>) => (await listParticipants(curator, school.id, filter(input), NOW)).rows.map((row) => row.lastName);
    expect(await names({ q: "абрам" })).toEqual(["Абрамова"]);
    expect(await names({ q: "Борисов пётр" })).toEqual(["Борисов"]);
    expect(await names({ q: "7б" })).toEqual(["Васильев"]);
    expect(await names({ kind: "STUDENT" })).toEqual(["Васильев"]);
    expect(await names({ base: "mentor", q: "а" })).not.toContain("Абрамова");
    expect(await names({ flags: "youngSpecialist" })).toEqual(["Абрамова"]);
    expect(await names({ flags: "youngSpecialist,under35" })).toEqual(["Абрамова"]);
    expect(await names({ flags: "noConsent" })).toEqual(["Васильев"]);
    expect(await names({ archived: "1" })).toEqual(["Громова"]);
    expect((await names({ sort: "experience", dir: "desc" }))[0]).toMatch(/^Яковлева/);
    expect((await names({ sort: "name", dir: "desc" }))[0]).toBe("Яковлева054");
    expect(filter({ sort: "drop table", page: "-3", flags: "x" })).toMatchObject({ sort: "name", page: 1, flags: [] });
  });

  it("filters by mentoring form through the pairs, and shows nothing of another school", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const year = await createAcademicYear();
    const form = await createForm();
    const mentor = await createRow(school, { lastName: "Наставникова" });
    const mentee = await createRow(school, { lastName: "Подопечная" });
    await createRow(school, { lastName: "Свободная" });
    await createPair({ school, academicYearId: year.id, formId: form.id, mentorId: mentor.id, menteeIds: [mentee.id] });
    const inForm = await listParticipants(curator, school.id, filter({ formId: form.id }), NOW);
    expect(inForm.rows.map((row) => row.lastName).sort()).toEqual(["Наставникова", "Подопечная"]);

    const other = await createSchool();
    await createRow(other.school, { lastName: "Чужая" });
    const foreign = await listParticipants(curator, other.school.id, filter(), NOW);
    expect(foreign).toMatchObject({ total: 0, rows: [], counts: { mentors: 0, mentees: 0, archived: 0 } });
  });
});
