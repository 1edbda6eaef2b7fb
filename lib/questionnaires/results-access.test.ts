/**
 * Results through lib/access on a small world: one region with two municipalities (schools A and
 * B in the first, C in the second) and a second region with school D. Who sees whose answers, and
 * what an anonymous questionnaire never gives away — on the page or in the exports.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { AppError } from "@/lib/errors";
import { createForm, createSchool } from "@/tests/factories";
import { createMunicipalityIn, createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { ensureAcademicYear } from "@/tests/factories-pairs";
import { createQuestionnaire, createRespondent, EVERY_TYPE } from "@/tests/factories-questionnaires";
import { EXPORT_MESSAGES, exportRawAnswers, exportSummary } from "./export";
import type { QuestionnaireUnit } from "./owner";
import { getTemplate, listTemplates } from "./queries";
import { getResults } from "./results-queries";

type School = { id: string; regionId: string; municipalityId: string };
let A: School, B: School, C: School, D: School;
let formId: string;
const people: Record<string, Principal> = {};

async function answer(versionId: string, school: School, answers: object, extra: { name?: string; stage?: "ANY" | "BEFORE" | "AFTER"; anonymous?: boolean } = {}) {
  const respondent = extra.anonymous ? null : await db.participant.create({ data: { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id, kind: "TEACHER", lastName: extra.name ?? "Петрова", firstName: "Анна" } });
  await db.questionnaireResponse.create({
    data: {
      ...(extra.anonymous ? { id: crypto.randomUUID() } : {}),
      regionId: school.regionId,
      municipalityId: school.municipalityId,
      schoolId: school.id,
      versionId,
      respondentId: respondent?.id ?? null,
      answers,
      stage: extra.stage ?? "ANY",
      formId,
      respondentRole: "MENTEE",
      submittedAt: extra.anonymous ? new Date("2026-11-20T00:00:00Z") : new Date("2026-11-20T10:15:00Z"),
    },
  });
}

const unitOf = (s: School): QuestionnaireUnit => ({ level: "SCHOOL", regionId: s.regionId, municipalityId: s.municipalityId, schoolId: s.id });
const region = (s: School): QuestionnaireUnit => ({ level: "REGION", regionId: s.regionId });
const municipality = (s: School): QuestionnaireUnit => ({ level: "MUNICIPALITY", regionId: s.regionId, municipalityId: s.municipalityId });

async function sheetRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  const year = await ensureAcademicYear();
  const first = await createSchool();
  A = first.school;
  B = await createSchoolIn(first.municipality);
  C = (await createMunicipalityIn(first.region)).school;
  D = (await createSchool()).school;
  formId = (await createForm()).id;
  people.admin = (await createUserWithRole("ADMIN")).principal;
  people.region = (await createUserWithRole("REGIONAL_COORDINATOR", { regionId: A.regionId })).principal;
  people.municipality = (await createUserWithRole("MUNICIPAL_CURATOR", { regionId: A.regionId, municipalityId: A.municipalityId })).principal;
  people.curatorA = (await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(A))).principal;
  people.curatorB = (await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(B))).principal;
  people.curatorD = (await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(D))).principal;
  people.menteeA = (await createRespondent(A, "MENTEE", { formId, academicYearId: year.id })).principal;
}, 120_000);

describe("results at every level", () => {
  it("shows each level the answers of its own unit only, never another school's (not even a count)", async () => {
    const { template, version } = await createQuestionnaire({ audience: ["MENTEE"] });
    await answer(version.id, A, { name: "Ответ из школы А", overall: 5 }, { name: "Алексеева" });
    await answer(version.id, A, { name: "Ещё из школы А", overall: 4 }, { name: "Антонова" });
    await answer(version.id, B, { name: "Ответ из школы Б", overall: 2 }, { name: "Борисова" });
    await answer(version.id, C, { name: "Ответ из школы В", overall: 3 }, { name: "Васильева" });
    await answer(version.id, D, { name: "Ответ из другого региона", overall: 1 }, { name: "Дмитриева" });
    const texts = async (p: Principal, unit: QuestionnaireUnit) => {
      const results = await getResults(p, template.id, unit, {});
      const name = results?.sections.flatMap((s) => s.questions).find((q) => q.question.id === "name");
      return { answers: results?.answers, texts: name?.kind === "text" ? name.texts : undefined };
    };
    expect((await texts(people.admin, { level: "PLATFORM" })).answers).toBe(5);
    expect((await texts(people.region, region(A))).texts).toEqual(["Ответ из школы А", "Ещё из школы А", "Ответ из школы Б", "Ответ из школы В"]);
    expect((await texts(people.municipality, municipality(A))).texts).toEqual(["Ответ из школы А", "Ещё из школы А", "Ответ из школы Б"]);
    expect(await texts(people.curatorB, unitOf(B))).toEqual({ answers: 1, texts: ["Ответ из школы Б"] });
    // The curator of school B asking for school A's unit (the page would already be "not found"): nothing.
    const foreign = await getResults(people.curatorB, template.id, unitOf(A), {});
    expect(foreign?.answers).toBe(0);
    expect(JSON.stringify(foreign)).not.toContain("школы А");
    expect(foreign?.options.schools).toEqual([]);
    expect((await getResults(people.curatorD, template.id, unitOf(D), {}))?.answers).toBe(1);
    // The lists and the version history count the unit's answers only, too.
    expect((await listTemplates(people.curatorB, unitOf(B))).find((t) => t.id === template.id)?.answers).toBe(1);
    expect((await listTemplates(people.region, region(A))).find((t) => t.id === template.id)?.answers).toBe(4);
    expect((await getTemplate(people.curatorB, template.id))?.history.map((h) => h.answers)).toEqual([1]);
    // A filter naming a school outside one's scope finds nothing either.
    expect((await getResults(people.curatorB, template.id, unitOf(B), { schoolId: A.id }))?.answers).toBe(0);
    // A questionnaire of school A does not exist for school B's curator; respondents see no results.
    const own = await createQuestionnaire({ level: "SCHOOL", scope: scopeOfSchool(A) });
    expect(await getResults(people.curatorB, own.template.id, unitOf(B), {})).toBeNull();
    expect(await getResults(people.menteeA, template.id, unitOf(A), {})).toBeNull();

    // The named raw export: who answered and when, for the unit only.
    const raw = await sheetRows((await exportRawAnswers(people.curatorA, template.id, unitOf(A), {}))!.bytes);
    expect(raw[0].slice(0, 8)).toEqual(["№", "Дата", "Время", "Муниципалитет", "Школа", "Форма наставничества", "Роль", "ФИО"]);
    expect(raw.slice(1).map((row) => row[7])).toEqual(["Алексеева Анна", "Антонова Анна"]);
    expect(raw[1][1]).toBe("20.11.2026");
  });

  it("counts respondents against those who may answer", async () => {
    const { template, version } = await createQuestionnaire({ audience: ["MENTEE"], formIds: [formId] });
    await answer(version.id, A, { overall: 4 });
    const results = await getResults(people.curatorA, template.id, unitOf(A), {});
    // One mentee of school A with an account is in a pair of the form; one answer.
    expect(results).toMatchObject({ answers: 1, audience: 1, rates: [{ stage: "ANY", answers: 1, rate: 1 }] });
  });

  it("hides an anonymous questionnaire's small groups, and those one filter away from the rest", async () => {
    const { template, version } = await createQuestionnaire({ isAnonymous: true, audience: ["MENTEE"] });
    const write = async (school: School, n: number, overall: number) => {
      for (let i = 0; i < n; i++) await answer(version.id, school, { name: `Тайна ${school.id} ${i}`, overall, years: 3 + i, agree: { useful: 4, enough: 4 } }, { anonymous: true });
    };
    await write(A, 6, 5);
    await write(B, 3, 1);
    await write(C, 5, 3);
    const view = (p: Principal, unit: QuestionnaireUnit, filter = {}) => getResults(p, template.id, unit, filter);

    const all = await view(people.region, region(A));
    expect(all).toMatchObject({ answers: 14, suppressed: false });
    const overall = all!.sections.flatMap((s) => s.questions).find((q) => q.question.id === "overall");
    expect(overall).toMatchObject({ mean: (6 * 5 + 3 + 5 * 3) / 14 });
    const name = all!.sections.flatMap((s) => s.questions).find((q) => q.question.id === "name");
    expect(name).toMatchObject({ answered: 14, texts: null });
    expect(JSON.stringify(all)).not.toContain("Тайна");

    expect((await view(people.region, region(A), { schoolId: B.id }))?.suppressed).toBe(true);
    expect((await view(people.curatorB, unitOf(B)))?.suppressed).toBe(true);
    expect((await view(people.curatorA, unitOf(A)))?.suppressed).toBe(false);
    expect((await view(people.region, region(A), { municipalityId: A.municipalityId }))?.suppressed).toBe(false);
    // Municipality 1 (9 answers) and school A in it (6): the 3 of school B would show as the difference.
    const difference = await view(people.region, region(A), { municipalityId: A.municipalityId, schoolId: A.id });
    expect(difference).toMatchObject({ suppressed: true, sections: [] });
    expect((await view(people.municipality, municipality(A), { schoolId: A.id }))?.suppressed).toBe(true);

    // The raw export: no names, dates, ids, schools or texts; an order unrelated to time.
    const file = await exportRawAnswers(people.region, template.id, region(A), {});
    const rows = await sheetRows(file!.bytes);
    for (const header of ["Дата", "Время", "ФИО", "Школа", "Муниципалитет", "Форма наставничества", "Роль"]) expect(rows[0]).not.toContain(header);
    expect(rows[0].slice(0, 3)).toEqual(["№", "Стаж, лет", "Часов в неделю на наставничество"]);
    expect(rows[0]).not.toContain("Как к вам обращаться?");
    expect(rows).toHaveLength(15);
    const text = JSON.stringify(rows);
    expect(text).not.toContain("Тайна");
    expect(text).not.toContain("2026");
    for (const id of [A.id, B.id, C.id]) expect(text).not.toContain(id);
    const responseIds = (await db.questionnaireResponse.findMany({ where: { versionId: version.id }, select: { id: true } })).map((r) => r.id);
    for (const id of responseIds) expect(text).not.toContain(id);
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const again = await sheetRows((await exportRawAnswers(people.region, template.id, region(A), {}))!.bytes);
      orders.add(JSON.stringify(again.slice(1).map((row) => row.slice(1))));
    }
    expect(orders.size).toBeGreaterThan(1);

    // Where the page shows nothing, nothing is exported.
    const refused = await rejection(exportRawAnswers(people.curatorB, template.id, unitOf(B), {}));
    expect(refused.message).toBe(EXPORT_MESSAGES.suppressed);
    const summary = JSON.stringify(await sheetRows((await exportSummary(people.curatorB, template.id, unitOf(B), {}, "Школа Б"))!.bytes));
    expect(summary).toContain("выгрузка не формируется");
    expect(summary).not.toContain("Тайна");
  });

  it("summarises to Excel with the page's figures and compares before and after", async () => {
    const { template, version } = await createQuestionnaire({ audience: ["MENTEE"], definition: EVERY_TYPE });
    for (const [stage, overall] of [["BEFORE", 2], ["BEFORE", 3], ["AFTER", 4], ["AFTER", 5]] as const) await answer(version.id, A, { overall, format: "online" }, { stage });
    const results = await getResults(people.curatorA, template.id, unitOf(A), {});
    expect(results?.comparison?.find((c) => c.kind === "mean" && c.label === "Общая оценка")).toMatchObject({ before: 2.5, after: 4.5 });
    expect(results?.rates.map((r) => [r.stage, r.answers])).toEqual(expect.arrayContaining([["BEFORE", 2], ["AFTER", 2]]));
    const rows = await sheetRows((await exportSummary(people.curatorA, template.id, unitOf(A), {}, "Школа А"))!.bytes);
    expect(rows).toContainEqual(["Общая оценка", "среднее", "3.5"]);
    expect(rows).toContainEqual(["Общая оценка", "среднее", "2.5", "4.5"]);
    expect(rows).toContainEqual(["Формат встреч", "онлайн", "4", "100"]);
  });
});
