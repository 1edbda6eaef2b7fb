import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createForm, createPair, createParticipant } from "@/tests/factories";
import { createDocumentsWorld } from "@/tests/factories-documents";
import { buildGeneratedOrder } from "./orders";

/** The text of word/document.xml and of each table row (cells joined by " | "). */
async function wordText(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  const textOf = (fragment: string) => [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])).join(" | "));
  return { text: textOf(xml), rows };
}

describe("generated orders", () => {
  it("drafts the order on the curator with the school, number, date, year and the program's curator", async () => {
    const world = await createDocumentsWorld();
    const { bytes, fileName } = await buildGeneratedOrder(world.curator.principal, world.school.id, { kind: "curator", academicYearId: world.year.id, number: "151-о", date: "2026-08-31" });
    expect(fileName).toBe("Приказ о назначении куратора № 151-о.docx");
    const { text } = await wordText(bytes);
    expect(text).toContain(world.school.name);
    expect(text).toContain("ПРИКАЗ");
    expect(text).toContain("от 31.08.2026 № 151-о");
    expect(text).toContain("О назначении куратора внедрения целевой модели наставничества");
    expect(text).toContain(`Назначить куратором внедрения целевой модели наставничества в ${world.school.name} на ${world.year.title} учебный год Лебедева Татьяна Викторовна.`);
    expect(text).toContain("ПРИКАЗЫВАЮ:");
    expect(text).toContain("Руководитель образовательной организации");

    const scope = { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id };
    await db.mentoringProgram.create({
      data: { ...scope, academicYearId: world.year.id, title: "Программа", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-05-31"), curatorUserId: world.municipal.user.id },
    });
    const named = await wordText((await buildGeneratedOrder(world.curator.principal, world.school.id, { kind: "curator", academicYearId: world.year.id, number: "152-о", date: "2026-09-01" })).bytes);
    expect(named.text).toContain("учебный год Романова Ирина Сергеевна.");
  });

  it("drafts the order on the final event from the school's FINAL_EVENT of the year, with its agenda and the pairs by form", async () => {
    const world = await createDocumentsWorld();
    const scope = { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id };
    const blank = await wordText((await buildGeneratedOrder(world.curator.principal, world.school.id, { kind: "final-event", academicYearId: world.year.id, number: "88", date: "2027-04-20" })).bytes);
    expect(blank.text).toContain("О проведении итогового мероприятия программы наставничества");
    expect(blank.text).toContain("«___» ____________ 20___ г.");

    const event = await db.event.create({
      data: { ...scope, level: "SCHOOL", academicYearId: world.year.id, type: "FINAL_EVENT", title: "«Вместе к успеху»", startsAt: new Date("2027-05-20T10:00:00Z"), place: "Актовый зал", organizer: "Лебедева Т.В., куратор" },
    });
    await db.eventAgendaItem.create({ data: { eventId: event.id, position: 1, title: "Итоги работы пар", speaker: "Кравцова О.Н." } });
    const form = await createForm({ name: `учитель–учитель ${world.school.id}` });
    await createPair({ school: world.school, academicYearId: world.year.id, formId: form.id, mentorId: (await createParticipant(world.school)).id, menteeIds: [(await createParticipant(world.school)).id] });

    const { text, rows } = await wordText((await buildGeneratedOrder(world.curator.principal, world.school.id, { kind: "final-event", academicYearId: world.year.id, number: "89-о", date: "2027-04-20" })).bytes);
    expect(text).toContain("от 20.04.2027 № 89-о");
    expect(text).toContain(`Провести 20.05.2027 в 13:00 итоговое мероприятие программы наставничества «Вместе к успеху» на ${world.year.title} учебный год.`);
    expect(text).toContain("Место проведения: Актовый зал.");
    expect(text).toContain("Ответственный за подготовку и проведение итогового мероприятия: Лебедева Т.В., куратор.");
    expect(rows).toEqual(["Форма наставничества | Пар и групп", `${form.name} | 1`, "№ | Вопрос | Выступающий", "1 | Итоги работы пар | Кравцова О.Н."]);
  });

  it("drafts the order on pairs through the same generator, and none of them for another school", async () => {
    const world = await createDocumentsWorld();
    const pairs = await wordText((await buildGeneratedOrder(world.curator.principal, world.school.id, { kind: "pairs", academicYearId: world.year.id, number: "112-о", date: "2026-09-12" })).bytes);
    expect(pairs.text).toContain("О закреплении наставнических пар (групп)");
    expect(pairs.rows[0]).toBe("№ | Наставник | Наставляемый(е) | Форма наставничества | Срок");

    const attacker = await createDocumentsWorld();
    for (const kind of ["curator", "pairs", "final-event"] as const) {
      await expect(buildGeneratedOrder(attacker.curator.principal, world.school.id, { kind, academicYearId: world.year.id, number: "1", date: "2026-09-12" })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
