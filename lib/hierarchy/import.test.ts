/**
 * The hierarchy import on a real database: the preview writes nothing and names every problem, the
 * confirmed import writes in one go, the same file twice updates rather than duplicates, and a
 * regional coordinator imports only into their own region.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { createSchool, unique } from "@/tests/factories";
import { createUserWithRole } from "@/tests/factories-users";
import { csvOf } from "@/tests/factories-participants";
import { HIERARCHY_COLUMNS, importHierarchy, previewHierarchyImport } from "./import";

const headers = HIERARCHY_COLUMNS.map((c) => c.header);
type Row = Partial<Record<(typeof HIERARCHY_COLUMNS)[number]["key"], string>>;
const file = (rows: Row[]) => csvOf(rows.map((row) => Object.fromEntries(HIERARCHY_COLUMNS.map((c) => [c.header, row[c.key] ?? ""]))), headers);

function world() {
  const r = unique("77");
  const m = unique("m");
  const rows: Row[] = [
    { regionCode: r, regionName: `Регион ${r}`, municipalityCode: `${m}-1`, municipalityName: "г. Первый", schoolCode: `${r}-s1`, name: "МБОУ «СОШ №1»", shortName: "СОШ №1", type: "школа", slug: `${r}-s1`.toLowerCase() },
    { regionCode: r, regionName: `Регион ${r}`, municipalityCode: `${m}-1`, municipalityName: "г. Первый", schoolCode: `${r}-g2`, name: "МБОУ «Гимназия №2»", shortName: "Гимназия №2", type: "гимназия", slug: `${r}-g2`.toLowerCase(), inn: String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)) },
    { regionCode: r, regionName: `Регион ${r}`, municipalityCode: `${m}-2`, municipalityName: "Второй район" },
  ];
  return { code: r, rows };
}

describe("importing the hierarchy", () => {
  it("previews without writing, imports in one go, and updates on the second import", async () => {
    const admin = await createUserWithRole("ADMIN", {});
    const w = world();
    const input = { regionId: null, fileName: "школы.csv", bytes: file(w.rows) };
    const preview = await previewHierarchyImport(admin.principal, input);
    expect(preview).toMatchObject({ total: 3, valid: 3, invalid: 0, creates: 3, updates: 0 });
    expect(await db.region.count({ where: { code: w.code } })).toBe(0);

    const result = await importHierarchy(admin.principal, input, { ip: "10.0.0.1" });
    expect(result).toMatchObject({ regions: 1, municipalities: 2, created: 2, updated: 0 });
    const region = await db.region.findUniqueOrThrow({ where: { code: w.code }, include: { municipalities: true, schools: true } });
    expect(region.municipalities).toHaveLength(2);
    expect(region.schools.map((s) => s.type).sort()).toEqual(["GYMNASIUM", "SCHOOL"]);
    expect(await db.auditEvent.count({ where: { action: "hierarchy.import" } })).toBeGreaterThan(0);

    const renamed = w.rows.map((row) => (row.shortName === "СОШ №1" ? { ...row, shortName: "СОШ №1 им. Гагарина" } : row));
    const again = await importHierarchy(admin.principal, { ...input, bytes: file(renamed) });
    expect(again).toMatchObject({ regions: 0, municipalities: 0, created: 0, updated: 2 });
    expect(await db.school.count({ where: { regionId: region.id } })).toBe(2);
    expect(await db.school.findFirst({ where: { code: `${w.code}-s1` } })).toMatchObject({ shortName: "СОШ №1 им. Гагарина" });
  });

  it("names every problem of a row in Russian and writes nothing while any is left", async () => {
    const admin = await createUserWithRole("ADMIN", {});
    const w = world();
    const taken = await createSchool();
    const bad: Row[] = [
      ...w.rows,
      { ...w.rows[0], schoolCode: `${w.code}-x`, slug: "Плохой адрес", type: "академия" },
      { ...w.rows[1] }, // the same school twice
      { ...w.rows[0], schoolCode: `${w.code}-z`, slug: `${w.code}-z`.toLowerCase(), municipalityName: "г. Иной" }, // one code, another name
      { ...w.rows[0], schoolCode: `${w.code}-y`, slug: taken.school.slug },
      { regionCode: w.code, regionName: `Регион ${w.code}` },
    ];
    const input = { regionId: null, fileName: "школы.csv", bytes: file(bad) };
    const preview = await previewHierarchyImport(admin.principal, input);
    const problems = (line: number) => preview.rows.find((r) => r.line === line)!.problems.join(" | ");
    expect(preview.invalid).toBe(5);
    expect(problems(5)).toMatch(/«Тип»: неизвестный тип «академия»/);
    expect(problems(5)).toMatch(/«Адрес страницы»: Только строчные латинские/);
    expect(problems(6)).toMatch(/уже есть в строке 3/);
    expect(problems(7)).toMatch(/Муниципалитет с кодом .* записан иначе/);
    expect(problems(8)).toMatch(/уже занят другой школой/);
    expect(problems(9)).toMatch(/«Код муниципалитета»: не заполнено/);
    const error = await importHierarchy(admin.principal, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/пока ничего не записано/);
    expect(await db.region.count({ where: { code: w.code } })).toBe(0);
  });

  it("lets a regional coordinator import only into their region, and only an admin create regions", async () => {
    const { region } = await createSchool();
    const coordinator = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
    const w = world();
    const own = w.rows.map((row) => ({ ...row, regionCode: region.code, regionName: region.name }));
    const foreign = { ...w.rows[0], schoolCode: `${w.code}-f`, slug: `${w.code}-f`.toLowerCase() };
    const preview = await previewHierarchyImport(coordinator.principal, { regionId: region.id, fileName: "f.csv", bytes: file([...own, foreign]) });
    expect(preview.rows.find((r) => r.line === 5)!.problems.join()).toMatch(/не ваш регион/);
    expect(preview.valid).toBe(3);

    const result = await importHierarchy(coordinator.principal, { regionId: region.id, fileName: "f.csv", bytes: file(own) });
    expect(result).toMatchObject({ regions: 0, municipalities: 2, created: 2 });

    const other = await createSchool();
    await expect(previewHierarchyImport(coordinator.principal, { regionId: other.region.id, fileName: "f.csv", bytes: file(own) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(previewHierarchyImport(coordinator.principal, { regionId: null, fileName: "f.csv", bytes: file(own) })).rejects.toBeInstanceOf(NotFoundError);
    const curator = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: (await db.municipality.findFirstOrThrow({ where: { regionId: region.id } })).id });
    await expect(importHierarchy(curator.principal, { regionId: region.id, fileName: "f.csv", bytes: file(own) })).rejects.toBeInstanceOf(NotFoundError);
  });
});
