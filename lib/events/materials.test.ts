import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { openFileForDownload } from "@/lib/files/queries";
import { createAcademicYear, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { eventInput } from "@/tests/factories-programs";
import { addEventMaterialFile, removeEventMaterial } from "./materials";
import { saveEvent } from "./mutations";

const yearPromise = createAcademicYear();
const docx = () =>
  new File([Buffer.from("%PDF-1.7\nпрограмма семинара\n%%EOF\n")], "Программа семинара.pdf", { type: "application/pdf" });

async function world() {
  await yearPromise;
  const { region, municipality, school } = await createSchool();
  const neighbour = await createSchoolIn(municipality);
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  const neighbourCurator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
  const municipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: region.id, municipalityId: municipality.id });
  const { id } = await saveEvent(curator.principal, eventInput());
  return { school, curator, neighbourCurator, municipal, eventId: id };
}

describe("files of an event", () => {
  it("are uploaded by the organiser, audited, downloadable by who may read the event, and survive the event's edit", async () => {
    const w = await world();
    const { materialId } = await addEventMaterialFile(w.curator.principal, { eventId: w.eventId, title: "Программа", file: docx() });
    const material = await db.eventMaterial.findUniqueOrThrow({ where: { id: materialId }, include: { file: true } });
    expect(material.file).toMatchObject({ originalName: "Программа семинара.pdf", schoolId: w.school.id });
    expect(await db.auditEvent.count({ where: { entityId: w.eventId, action: "event.material_add" } })).toBe(1);
    expect(await openFileForDownload(w.curator.principal, material.fileId!)).toMatchObject({ name: "Программа семинара.pdf" });

    // Editing the event replaces its links, never its files.
    const event = await db.event.findUniqueOrThrow({ where: { id: w.eventId } });
    await saveEvent(w.curator.principal, { ...eventInput(), eventId: w.eventId, version: event.version, materials: [{ title: "Ссылка", url: "https://example.ru" }] });
    expect(await db.eventMaterial.count({ where: { eventId: w.eventId } })).toBe(2);

    await removeEventMaterial(w.curator.principal, { materialId });
    expect(await db.eventMaterial.count({ where: { eventId: w.eventId, fileId: { not: null } } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: material.fileId! } })).toBe(1); // the file itself is kept
  });

  it("is refused with a message for a bad title or file, and not found for someone who may not edit the event", async () => {
    const w = await world();
    const html = new File(["<svg onload=alert(1)>"], "программа.pdf");
    const bad = await addEventMaterialFile(w.curator.principal, { eventId: w.eventId, title: "Программа", file: html }).catch((e: unknown) => e);
    expect((bad as AppError).fieldErrors.file).toHaveLength(1);
    await expect(addEventMaterialFile(w.neighbourCurator.principal, { eventId: w.eventId, title: "Чужое", file: docx() })).rejects.toBeInstanceOf(NotFoundError);
    // The municipality sees the school's event but does not edit it.
    await expect(addEventMaterialFile(w.municipal.principal, { eventId: w.eventId, title: "Чужое", file: docx() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.eventMaterial.count({ where: { eventId: w.eventId } })).toBe(0);
    expect(await db.storedFile.count({ where: { schoolId: w.school.id } })).toBe(0);
  });
});
