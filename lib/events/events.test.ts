/**
 * Events at every level on a real database: the level comes from the organiser's role, each level
 * edits only its own events, sees those above it, and never another tenant's.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAcademicYear, createParticipant, createSchool } from "@/tests/factories";
import { createMunicipalityIn, createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { createEventRow, eventInput } from "@/tests/factories-programs";
import { saveEvent } from "./mutations";
import { getEvent, listEvents } from "./queries";
import { momentParts, splitDescription, ZSaveEvent } from "./schemas";

const yearPromise = createAcademicYear();

async function world() {
  const year = await yearPromise;
  const { region, municipality, school } = await createSchool();
  const neighbour = await createSchoolIn(municipality);
  const other = await createMunicipalityIn(region);
  const schoolCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  const neighbourCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
  const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id });
  const regional = await createUserWithRole("REGIONAL_COORDINATOR", { regionId: region.id });
  return { year, region, municipality, school, neighbour, other, schoolCurator, neighbourCurator, municipal, regional };
}

describe("events at every level", () => {
  it("derives the level and scope from the organiser's role, whatever the client sends", async () => {
    const w = await world();
    const forged = { ...eventInput(), level: "REGION", regionId: "x", schoolId: null } as never;
    const { id } = await saveEvent(w.schoolCurator.principal, forged);
    const event = await db.event.findUniqueOrThrow({ where: { id } });
    expect(event).toMatchObject({ level: "SCHOOL", regionId: w.region.id, municipalityId: w.municipality.id, schoolId: w.school.id, academicYearId: w.year.id, createdById: w.schoolCurator.user.id });

    const municipalEvent = await saveEvent(w.municipal.principal, eventInput({ type: "METHODOLOGICAL_ASSOCIATION" }));
    expect(await db.event.findUniqueOrThrow({ where: { id: municipalEvent.id } })).toMatchObject({ level: "MUNICIPALITY", municipalityId: w.municipality.id, schoolId: null });
    const regionalEvent = await saveEvent(w.regional.principal, eventInput({ type: "PROJECT_SESSION" }));
    expect(await db.event.findUniqueOrThrow({ where: { id: regionalEvent.id } })).toMatchObject({ level: "REGION", regionId: w.region.id, municipalityId: null, schoolId: null });
    expect(await db.auditEvent.count({ where: { action: "event.create" } })).toBeGreaterThanOrEqual(3);

    // A school curator cannot make a regional event: there is no way to ask, and no regional event can be edited by them.
    const mentor = await createUserWithRole("MENTOR", scopeOfSchool(w.school));
    await expect(saveEvent(mentor.principal, eventInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveEvent(w.schoolCurator.principal, eventInput({ eventId: regionalEvent.id, version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.event.findUniqueOrThrow({ where: { id: regionalEvent.id } })).type).toBe("PROJECT_SESSION");
  });

  it("keeps another school's event away from a curator: not found to edit, absent from lists", async () => {
    const w = await world();
    const victim = await saveEvent(w.neighbourCurator.principal, eventInput({ title: "Событие соседей" }));
    await expect(saveEvent(w.schoolCurator.principal, eventInput({ eventId: victim.id, version: 1, title: "Взлом" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getEvent(w.schoolCurator.principal, victim.id)).toBeNull();
    const own = await listEvents(w.schoolCurator.principal, { schoolId: w.school.id }, { academicYearId: w.year.id });
    expect(own.map((e) => e.title)).not.toContain("Событие соседей");
    // Asking for the neighbour's page gives only what the curator may see anyway.
    const peek = await listEvents(w.schoolCurator.principal, { schoolId: w.neighbour.id }, { academicYearId: w.year.id });
    expect(peek.map((e) => e.title)).not.toContain("Событие соседей");
    // The municipal curator reads it but does not edit a school's event.
    expect((await getEvent(w.municipal.principal, victim.id))?.editable).toBe(false);
    await expect(saveEvent(w.municipal.principal, eventInput({ eventId: victim.id, version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.event.findUniqueOrThrow({ where: { id: victim.id } })).title).toBe("Событие соседей");
  });

  it("shows each level its own events and those above it that concern it", async () => {
    const w = await world();
    const elsewhere = await createSchool();
    const rows = {
      region: await createEventRow({ level: "REGION", regionId: w.region.id, academicYearId: w.year.id, title: "Региональное" }),
      municipality: await createEventRow({ level: "MUNICIPALITY", regionId: w.region.id, municipalityId: w.municipality.id, academicYearId: w.year.id, title: "Муниципальное" }),
      otherMunicipality: await createEventRow({ level: "MUNICIPALITY", regionId: w.region.id, municipalityId: w.other.municipality.id, academicYearId: w.year.id, title: "Чужой муниципалитет" }),
      school: await createEventRow({ level: "SCHOOL", regionId: w.region.id, municipalityId: w.municipality.id, schoolId: w.school.id, academicYearId: w.year.id, title: "Школьное" }),
      neighbour: await createEventRow({ level: "SCHOOL", regionId: w.region.id, municipalityId: w.municipality.id, schoolId: w.neighbour.id, academicYearId: w.year.id, title: "Соседняя школа" }),
      otherRegion: await createEventRow({ level: "REGION", regionId: elsewhere.region.id, academicYearId: w.year.id, title: "Другой регион" }),
    };
    const titles = async (principal: typeof w.regional.principal, unit: Parameters<typeof listEvents>[1]) =>
      (await listEvents(principal, unit, { academicYearId: w.year.id })).map((e) => e.title).sort();
    expect(await titles(w.schoolCurator.principal, { schoolId: w.school.id })).toEqual(["Муниципальное", "Региональное", "Школьное"]);
    expect(await titles(w.municipal.principal, { municipalityId: w.municipality.id })).toEqual(["Муниципальное", "Региональное", "Соседняя школа", "Школьное"]);
    expect(await titles(w.regional.principal, { regionId: w.region.id })).toEqual(["Муниципальное", "Региональное", "Соседняя школа", "Чужой муниципалитет", "Школьное"]);
    expect(rows.otherRegion.id).toBeTruthy();
  });

  it("saves agenda, attendance and materials, edits them with optimistic locking", async () => {
    const w = await world();
    const teacher = await createParticipant(w.school, { lastName: "Игнатьева" });
    const input = eventInput({
      title: "Заседание ГМО",
      targetForms: ["учитель–учитель"],
      description: "Реализация дорожной карты",
      agenda: [{ title: "Нормативно-правовая база", speaker: "Игнатьева Е. И.", summary: "", recommendations: "Обновить положения о наставничестве" }],
      attendances: [
        { participantId: teacher.id, fullName: "", position: "", organization: "", municipalityId: "", schoolId: "", format: "IN_PERSON", role: "SPEAKER", attended: true },
        { participantId: "", fullName: "Гость Иван", position: "методист", organization: "ЯКласс", municipalityId: w.other.municipality.id, schoolId: "", format: "REMOTE", role: "LISTENER", attended: true },
      ],
      materials: [{ title: "Протокол", url: "https://example.ru/protokol" }],
    });
    const { id } = await saveEvent(w.schoolCurator.principal, input);
    const event = (await getEvent(w.schoolCurator.principal, id))!;
    expect(event.agenda).toMatchObject([{ position: 1, speaker: "Игнатьева Е. И.", recommendations: "Обновить положения о наставничестве" }]);
    expect(event.attendances.find((a) => a.participantId === teacher.id)).toMatchObject({ fullName: expect.stringContaining("Игнатьева"), schoolId: w.school.id, municipalityId: w.municipality.id });
    expect(splitDescription(event.description)).toEqual({ targetForms: ["учитель–учитель"], description: "Реализация дорожной карты" });
    expect(momentParts(event.startsAt)).toEqual({ date: "2026-11-20", time: "14:00" });
    expect(event.summary).toMatchObject({ attended: 2, municipalities: 2, remote: 1 });

    const held = { ...input, eventId: id, version: 1, status: "HELD" as const, report: "Проведено", agenda: [], materials: [] };
    expect(await saveEvent(w.schoolCurator.principal, held)).toEqual({ id, version: 2 });
    expect(await db.eventAgendaItem.count({ where: { eventId: id } })).toBe(0);
    await expect(saveEvent(w.schoolCurator.principal, held)).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "event.update", entityId: id } });
    expect(audit.after).toMatchObject({ status: "HELD", report: "Проведено", agendaItems: 0, materials: 0 });
  });

  it("rejects attendees from outside: another school's person, a municipality of another region", async () => {
    const w = await world();
    const elsewhere = await createSchool();
    const stranger = await createParticipant(w.neighbour);
    const row = { participantId: "", fullName: "", position: "", organization: "", municipalityId: "", schoolId: "", format: "IN_PERSON" as const, role: "LISTENER" as const, attended: true };
    await expect(saveEvent(w.schoolCurator.principal, eventInput({ attendances: [{ ...row, participantId: stranger.id }] }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "attendances.0.participantId": ["Участник не найден в базе школы"] },
    });
    await expect(saveEvent(w.regional.principal, eventInput({ attendances: [{ ...row, fullName: "Гость", municipalityId: elsewhere.municipality.id }] }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "attendances.0.municipalityId": ["Муниципалитет или школа не из этого региона"] },
    });
    await expect(saveEvent(w.schoolCurator.principal, eventInput({ startsOn: "2030-01-10" }))).rejects.toMatchObject({ fieldErrors: { startsOn: ["На эту дату нет учебного года в платформе"] } });
    const heldWithoutReport = ZSaveEvent.safeParse({ ...eventInput(), status: "HELD", report: "" });
    expect(heldWithoutReport.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["report", "Для проведённого мероприятия напишите краткий отчёт"]]);
  });
});
