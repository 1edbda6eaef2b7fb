/**
 * The program of the year on a real database: creation with its seven stages and an audit event,
 * optimistic locking on `version`, references checked, and the school's tenancy kept.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createForm, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { programInput } from "@/tests/factories-programs";
import { saveProgram } from "./mutations";
import { getSchoolProgram, listProgramsOfSchools } from "./queries";
import { ZSaveProgram } from "./schemas";

const yearPromise = createAcademicYear();

async function setup() {
  const year = await yearPromise;
  const { school, municipality } = await createSchool();
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  return { year, school, municipality, curator };
}

describe("the program of the year", () => {
  it("creates a program with its seven stages in one transaction with an audit event", async () => {
    const { year, school, curator } = await setup();
    const form = await createForm();
    const input = programInput(school.id, year.id, { status: "ACTIVE", formIds: [form.id], curatorUserId: curator.user.id });
    const { id, version } = await saveProgram(curator.principal, input);
    expect(version).toBe(1);
    const program = await getSchoolProgram(curator.principal, school.id, year.id, new Date("2026-09-03T09:00:00Z"));
    expect(program).toMatchObject({ id, status: "ACTIVE", schoolId: school.id, municipalityId: school.municipalityId, curator: { id: curator.user.id } });
    expect(program!.stages.map((s) => s.stage)).toEqual(["PREPARATION", "MENTEE_BASE", "MENTOR_BASE", "MENTOR_SELECTION_TRAINING", "PAIR_FORMATION", "PAIR_WORK", "COMPLETION"]);
    expect(program!.stages.every((s) => s.schoolId === school.id)).toBe(true);
    expect(program!.forms.map((f) => f.form.id)).toEqual([form.id]);
    expect(program!.progress.current).toBe("PREPARATION");
    expect(await db.auditEvent.count({ where: { action: "program.create", entityId: id, schoolId: school.id } })).toBe(1);
  });

  it("records a stage's actual dates and bumps the version; the audit keeps only what changed", async () => {
    const { year, school, curator } = await setup();
    const input = programInput(school.id, year.id);
    const { id } = await saveProgram(curator.principal, input);
    const stages = input.stages.map((s) => (s.stage === "PREPARATION" ? { ...s, actualStart: "2026-08-26", actualEnd: "2026-09-04" } : s));
    const saved = await saveProgram(curator.principal, { ...input, programId: id, version: 1, stages });
    expect(saved.version).toBe(2);
    const program = await getSchoolProgram(curator.principal, school.id, year.id, new Date("2026-09-20T09:00:00Z"));
    expect(program!.stages[0].actualEnd).toEqual(new Date("2026-09-04T00:00:00Z"));
    expect(program!.progress.current).toBe("MENTEE_BASE");
    expect(program!.progress.overdue).toEqual(["MENTEE_BASE", "MENTOR_BASE"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "program.update", entityId: id } });
    expect(Object.keys(audit.after as object)).toEqual(["stages"]);
  });

  it("refuses a save over a version someone else has changed, with a Russian message, and writes nothing", async () => {
    const { year, school, curator } = await setup();
    const other = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
    const input = programInput(school.id, year.id);
    const { id } = await saveProgram(curator.principal, input);
    await saveProgram(other.principal, { ...input, programId: id, version: 1, title: "Изменено коллегой" });
    await expect(saveProgram(curator.principal, { ...input, programId: id, version: 1, title: "Моё название" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("изменил другой пользователь"),
    });
    const program = await db.mentoringProgram.findUniqueOrThrow({ where: { id } });
    expect(program).toMatchObject({ title: "Изменено коллегой", version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });

  it("validates dates and stages in the schema with Russian messages beside their fields", () => {
    const bad = ZSaveProgram.safeParse({
      ...programInput("s", "y"),
      endsOn: "2026-08-01",
      status: "ACTIVE",
      stages: programInput("s", "y").stages.map((s, i) => (i === 1 ? { ...s, actualEnd: "2026-09-10" } : i === 2 ? { ...s, plannedEnd: "2026-08-01" } : s)),
    });
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toMatchObject({
      endsOn: "Окончание программы раньше её начала",
      formIds: "Отметьте хотя бы одну форму наставничества",
      "stages.1.actualStart": "Укажите, когда этап фактически начался",
      "stages.2.plannedEnd": "Плановое окончание раньше планового начала",
    });
  });

  it("accepts as curator only a curator of this school", async () => {
    const { year, school, municipality, curator } = await setup();
    const neighbour = await createSchoolIn(municipality);
    const foreignCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
    await expect(saveProgram(curator.principal, programInput(school.id, year.id, { curatorUserId: foreignCurator.user.id }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { curatorUserId: ["Выберите куратора из кураторов этой школы"] },
    });
  });

  it("keeps each school to its own program: another school's program is not found, another school is forbidden", async () => {
    const { year, school, municipality, curator } = await setup();
    const neighbour = await createSchoolIn(municipality);
    const victim = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
    const victimInput = programInput(neighbour.id, year.id, { title: "Программа соседей" });
    const { id } = await saveProgram(victim.principal, victimInput);

    await expect(saveProgram(curator.principal, { ...victimInput, programId: id, version: 1, title: "Взлом" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveProgram(curator.principal, programInput(neighbour.id, year.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getSchoolProgram(curator.principal, neighbour.id, year.id)).toBeNull();
    expect((await db.mentoringProgram.findUniqueOrThrow({ where: { id } })).title).toBe("Программа соседей");

    const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: school.regionId, municipalityId: school.municipalityId });
    await expect(saveProgram(municipal.principal, { ...victimInput, programId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await listProgramsOfSchools(municipal.principal, { municipalityId: municipality.id, academicYearId: year.id });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.program?.title ?? null]))).toEqual({ [school.id]: null, [neighbour.id]: "Программа соседей" });
  });
});
