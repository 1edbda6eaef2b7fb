import JSZip from "jszip";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createPairsWorld, createPerson, pairInput } from "@/tests/factories-pairs";
import { exportPairsXlsx } from "./export-xlsx";
import { registerPair, terminatePair } from "./mutations";
import { buildPairsOrderDocx } from "./order-docx";

/** The text of each table row of word/document.xml, cells joined by " | ". */
async function tableRows(buffer: Buffer): Promise<{ text: string; rows: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  const textOf = (fragment: string) => [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])).join(" | "),
  );
  return { text: textOf(xml), rows };
}

describe("the order on pairs as a Word file", () => {
  it("lists the school's active pairs of the year with the number, date, school and curator", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school, { lastName: "Орлова" });
    const [a, b] = [await createPerson(world.school, { lastName: "Павлова" }), await createPerson(world.school, { lastName: "Рябова" })];
    await registerPair(world.principal, pairInput(world, mentor.id, [a.id, b.id]));
    const ended = await registerPair(world.principal, pairInput(world, (await createPerson(world.school, { lastName: "Сидорова" })).id, [(await createPerson(world.school)).id]));
    await terminatePair(world.principal, { pairId: ended.id, version: 1, endedOn: "2026-10-01", reason: "Переезд" });
    const other = await createPairsWorld(); // another school's pair must not appear
    await registerPair(other.principal, pairInput(other, (await createPerson(other.school, { lastName: "Чужая" })).id, [(await createPerson(other.school)).id]));

    const buffer = await buildPairsOrderDocx(world.principal, world.school.id, { number: "112-о", date: "2026-09-12" });
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const { text, rows } = await tableRows(buffer);
    expect(text).toContain("Приказ".toUpperCase());
    expect(text).toContain("О закреплении наставнических пар (групп)");
    expect(text).toContain(world.school.name);
    expect(text).toContain("от 12.09.2026 № 112-о");
    expect(text).toContain("Кузнецова Елена Викторовна");
    expect(text).not.toContain("Чужая");
    expect(rows).toEqual([
      "№ | Наставник | Наставляемый(е) | Форма наставничества | Срок",
      `1 | Орлова Ольга Ивановна | Павлова Ольга Ивановна, Рябова Ольга Ивановна | ${world.form.name} | 15.09.2026 — 31.05.2027`,
    ]);
  });

  it("is not built for another school (cross-tenant)", async () => {
    const victim = await createPairsWorld();
    const attacker = await createPairsWorld();
    await expect(buildPairsOrderDocx(attacker.principal, victim.school.id, { number: "1", date: "2026-09-12" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the pair list in Excel", () => {
  it("exports the filtered pairs with Russian headers and dates", async () => {
    const world = await createPairsWorld();
    const mentor = await createPerson(world.school, { lastName: "Орлова" });
    await registerPair(world.principal, pairInput(world, mentor.id, [(await createPerson(world.school, { lastName: "Павлова" })).id]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportPairsXlsx(world.principal, { schoolId: world.school.id })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Пары и группы")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("Наставник");
    expect(sheet.getRow(2).getCell(2).value).toBe("Орлова Ольга Ивановна");
    expect(sheet.getRow(2).getCell(6).value).toBe("15.09.2026");
    expect(sheet.getRow(2).getCell(9).value).toBe("действует");
    const attacker = await createPairsWorld();
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load((await exportPairsXlsx(attacker.principal, { schoolId: world.school.id })) as unknown as ArrayBuffer);
    expect(empty.getWorksheet("Пары и группы")!.rowCount).toBe(1);
  });
});
