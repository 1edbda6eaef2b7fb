import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSchoolWithCurator, csvOf, teacherRow, xlsxOf, type SheetRow } from "@/tests/factories-participants";
import { createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { buildImportTemplate } from "./import-template";
import { importParticipants, previewImport } from "./import";

const GOOD: SheetRow[] = [
  teacherRow(1, { Фамилия: "Иванова", Имя: "Мария", Отчество: "Петровна", "Стаж, лет": 2, Возраст: "до 25" }),
  teacherRow(2, { Фамилия: "Сидоров", Имя: "Олег", Отчество: null, Категория: "представитель работодателя", База: "наставник" }),
  {
    Фамилия: "Петров",
    Имя: "Илья",
    Категория: "обучающийся",
    Класс: "7Б",
    База: "наставляемый",
    "Согласие на обработку ПД": "да",
    "Кто дал согласие": "Петрова Анна Сергеевна",
    "Дата согласия": "02.09.2025",
    "Дата рождения": new Date(Date.UTC(2013, 2, 14)),
  },
];

describe("import of participants", () => {
  it("previews a good file without writing, then imports it in one go with one audit event", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const bytes = await xlsxOf(GOOD);
    const preview = await previewImport(curator, { schoolId: school.id, fileName: "база.xlsx", bytes });
    expect(preview).toMatchObject({ total: 3, valid: 3, invalid: 0, creates: 3, updates: 0 });
    expect(preview.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(0);

    expect(await importParticipants(curator, { schoolId: school.id, fileName: "база.xlsx", bytes }, { ip: "10.1.1.1" })).toMatchObject({ created: 3, updated: 0 });
    const pupil = await db.participant.findFirstOrThrow({ where: { schoolId: school.id, lastName: "Петров" } });
    expect(pupil).toMatchObject({ kind: "STUDENT", isMinor: true, className: "7Б", consentGivenBy: "Петрова Анна Сергеевна", birthDate: new Date("2013-03-14") });
    const teacher = await db.participant.findFirstOrThrow({ where: { schoolId: school.id, lastName: "Иванова" } });
    expect(teacher).toMatchObject({ experienceYears: 2, ageBand: "UNDER_25", inMentorBase: true, inMenteeBase: false, hiredOn: new Date("2020-09-01") });
    const audit = await db.auditEvent.findMany({ where: { schoolId: school.id, action: "participant.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toEqual({ fileName: "база.xlsx", rows: 3, created: 3, updated: 0 });
  });

  it("names every problem of every bad row in Russian and writes nothing", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const rows: SheetRow[] = [
      teacherRow(1),
      teacherRow(2, { Фамилия: null }),
      teacherRow(3, { Категория: "директор" }),
      teacherRow(4, { "Дата приёма на работу": "31.02.2020" }),
      teacherRow(5, { "Стаж, лет": 75 }),
      teacherRow(1),
      teacherRow(6, { Возраст: "старый", База: "никакая", "E-mail": "не почта" }),
      { Фамилия: "Ученикова", Имя: "Вера", Категория: "обучающийся", Класс: "5А", База: "наставляемый", "Согласие на обработку ПД": "да", "Дата согласия": "01.09.2025" },
    ];
    const bytes = csvOf(rows);
    const preview = await previewImport(curator, { schoolId: school.id, fileName: "база.csv", bytes });
    const problems = Object.fromEntries(preview.rows.map((row) => [row.line, row.problems.join(" | ")]));
    expect(preview).toMatchObject({ total: 8, valid: 1, invalid: 7 });
    expect(problems[2]).toBe("");
    expect(problems[3]).toContain("«Фамилия»: Введите фамилию");
    expect(problems[4]).toContain("«Категория»: неизвестная категория «директор»");
    expect(problems[5]).toContain("«Дата приёма на работу»: не дата «31.02.2020»");
    expect(problems[6]).toContain("«Стаж, лет»: Стаж — не больше 60 лет");
    expect(problems[7]).toContain("Этот участник уже есть в строке 2 файла");
    expect(problems[8]).toContain("«Возраст»: неизвестное значение «старый»");
    expect(problems[8]).toContain("«База»: неизвестное значение «никакая»");
    expect(problems[8]).toContain("«E-mail»: Проверьте адрес");
    expect(problems[9]).toContain("«Кто дал согласие»: За несовершеннолетнего согласие даёт родитель");
    await expect(importParticipants(curator, { schoolId: school.id, fileName: "база.csv", bytes })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("первая — строка 3"),
    });
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(0);
  });

  it("explains a wrong file type, a missing column and an unreadable workbook", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const input = (fileName: string, bytes: Uint8Array) => previewImport(curator, { schoolId: school.id, fileName, bytes });
    await expect(input("база.xls", new Uint8Array([0xd0, 0xcf, 0x11]))).rejects.toMatchObject({ message: expect.stringContaining(".xlsx") });
    await expect(input("база.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).rejects.toMatchObject({ message: expect.stringContaining("Не удалось прочитать файл") });
    await expect(input("база.xlsx", await xlsxOf([{ Фамилия: "Иванова" }], ["Фамилия", "Имя"]))).rejects.toMatchObject({
      message: expect.stringContaining("«Категория», «База»"),
    });
    await expect(input("база.csv", new Uint8Array(6 * 1024 * 1024))).rejects.toMatchObject({ message: expect.stringContaining("5 МБ") });
  });

  it("reads a CSV that Excel saved in Windows-1251", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const text = "Фамилия;Имя;Категория;База\r\nЁлкина;Мария;педагог;обе\r\n";
    // Windows-1251: А–я at 0xC0–0xFF, Ё 0xA8, ё 0xB8.
    const cp1251 = Uint8Array.from([...text].map((ch) => (ch === "Ё" ? 0xa8 : ch === "ё" ? 0xb8 : ch >= "А" && ch <= "я" ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
    const preview = await previewImport(curator, { schoolId: school.id, fileName: "база.csv", bytes: cp1251 });
    expect(preview).toMatchObject({ total: 1, valid: 1 });
    expect(preview.rows[0].name).toBe("Ёлкина Мария");
  });

  it("updates instead of duplicating when the same file is imported again", async () => {
    const { school, curator } = await createSchoolWithCurator();
    await importParticipants(curator, { schoolId: school.id, fileName: "a.xlsx", bytes: await xlsxOf(GOOD) });
    const changed = [{ ...GOOD[0], "Стаж, лет": 3, Фамилия: "ИВАНОВА" }, ...GOOD.slice(1), teacherRow(9)];
    const bytes = await xlsxOf(changed);
    expect(await previewImport(curator, { schoolId: school.id, fileName: "a.xlsx", bytes })).toMatchObject({ creates: 1, updates: 3 });
    expect(await importParticipants(curator, { schoolId: school.id, fileName: "a.xlsx", bytes })).toMatchObject({ created: 1, updated: 3 });
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(4);
    const teacher = await db.participant.findFirstOrThrow({ where: { schoolId: school.id, externalKey: "TEACHER:иванова|мария|петровна" } });
    expect(teacher).toMatchObject({ lastName: "ИВАНОВА", experienceYears: 3, version: 2 });
  });

  it("reads the downloadable template, and refuses a mentor", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const preview = await previewImport(curator, { schoolId: school.id, fileName: "Шаблон.xlsx", bytes: new Uint8Array(await buildImportTemplate()) });
    expect(preview).toMatchObject({ total: 2, valid: 2 });
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(school));
    await expect(importParticipants(mentor.principal, { schoolId: school.id, fileName: "a.xlsx", bytes: await xlsxOf(GOOD) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("imports 5,000 rows", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const bytes = await xlsxOf(Array.from({ length: 5000 }, (_, i) => teacherRow(i)));
    expect(await previewImport(curator, { schoolId: school.id, fileName: "big.xlsx", bytes })).toMatchObject({ total: 5000, valid: 5000 });
    expect(await importParticipants(curator, { schoolId: school.id, fileName: "big.xlsx", bytes })).toMatchObject({ created: 5000 });
    expect(await importParticipants(curator, { schoolId: school.id, fileName: "big.xlsx", bytes })).toMatchObject({ updated: 5000 });
    // The timing target (under 10 s) is measured by `npm run bench` on an idle machine, not here.
    expect(await db.participant.count({ where: { schoolId: school.id } })).toBe(5000);
  }, 120_000);
});
