import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/(public)/s/[slug]/documents/[documentId]/route";
import { createForm, createPair, createParticipant } from "@/tests/factories";
import { createDocumentsWorld, createRequirement, pdfFile, uploadInput, type DocumentsWorld } from "@/tests/factories-documents";
import { uploadDocumentVersion, reviewDocument } from "./mutations";
import { getPublicSchoolPage, isPublicPageFilled, openPublicDocument } from "./public-page";

const NOW = new Date("2026-11-26T09:00:00Z");

async function download(slug: string, documentId: string) {
  return GET(new Request(`http://localhost/s/${slug}/documents/${documentId}`), { params: Promise.resolve({ slug, documentId }) });
}

/** Uploads for a new requirement and takes the decisions given, in order. */
async function documentWith(world: DocumentsWorld, decisions: Array<"ACCEPT" | "RETURN" | "UPLOAD">, title = "Положение о наставничестве") {
  const requirement = await createRequirement({ title, period: "STANDING" });
  let state = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: requirement.id, file: pdfFile(`${title}.pdf`, title) }));
  let version = state.version;
  for (const decision of decisions) {
    if (decision === "UPLOAD") {
      state = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: requirement.id, documentVersion: version, file: pdfFile(`${title} (новая).pdf`) }));
      version = state.version;
    } else {
      version = (await reviewDocument(world.municipal.principal, { documentId: state.id, version, decision, comment: decision === "RETURN" ? "Исправьте номер" : "" })).version;
    }
  }
  return state.id;
}

describe("the public route of a school's documents", () => {
  it("serves only the current accepted version of a document of that school, as an attachment", async () => {
    const world = await createDocumentsWorld();
    const accepted = await documentWith(world, ["ACCEPT"], "Положение о наставничестве");
    const waiting = await documentWith(world, [], "Дорожная карта");
    const returned = await documentWith(world, ["RETURN"], "Программа наставничества");
    const reuploaded = await documentWith(world, ["ACCEPT", "UPLOAD"], "Приказ о внедрении");
    const other = await createDocumentsWorld();
    const foreign = await documentWith(other, ["ACCEPT"], "Чужое положение");

    const response = await download(world.school.slug, accepted);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("Положение о наставничестве.pdf")}`);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    for (const id of [waiting, returned, reuploaded]) expect((await download(world.school.slug, id)).status, id).toBe(404);
    // Another school's accepted document is not served under this school's address, nor by a made-up slug.
    expect((await download(world.school.slug, foreign)).status).toBe(404);
    expect((await download("no-such-school", accepted)).status).toBe(404);
    expect(await openPublicDocument(other.school.slug, foreign)).not.toBeNull();
  });
});

describe("the school's public page", () => {
  it("shows accepted documents, the program, pairs by form, events and only consenting adult mentors", async () => {
    const world = await createDocumentsWorld();
    await documentWith(world, ["ACCEPT"], "Положение о наставничестве");
    await documentWith(world, [], "Дорожная карта");
    const form = await createForm({ name: `учитель–учитель ${world.school.id}` });
    const consenting = await createParticipant(world.school, { lastName: "Кравцова", firstName: "Ольга", middleName: "Николаевна", position: "учитель математики" });
    const silent = await createParticipant(world.school, { lastName: "Скрытова" });
    const pupil = await createParticipant(world.school, { kind: "STUDENT", lastName: "Школьникова", isMinor: true });
    await db.participant.updateMany({ where: { id: { in: [consenting.id, pupil.id] } }, data: { publishName: true } });
    const mentee = await createParticipant(world.school, { lastName: "Молодова", experienceYears: 1 });
    const studentForm = await createForm({ name: `ученик–ученик ${world.school.id}`, mentorKinds: ["STUDENT"], menteeKinds: ["STUDENT"] });
    const younger = await createParticipant(world.school, { kind: "STUDENT", lastName: "Младшова", isMinor: true });
    await createPair({ school: world.school, academicYearId: world.year.id, formId: form.id, mentorId: consenting.id, menteeIds: [mentee.id] });
    await createPair({ school: world.school, academicYearId: world.year.id, formId: form.id, mentorId: silent.id, menteeIds: [(await createParticipant(world.school)).id] });
    await createPair({ school: world.school, academicYearId: world.year.id, formId: studentForm.id, mentorId: pupil.id, menteeIds: [younger.id] });
    const scope = { regionId: world.region.id, municipalityId: world.municipality.id, schoolId: world.school.id };
    await db.event.createMany({
      data: [
        { ...scope, level: "SCHOOL", academicYearId: world.year.id, type: "SEMINAR", title: "Школа молодого педагога", startsAt: new Date("2026-10-14T09:00:00Z"), status: "HELD" },
        { ...scope, level: "SCHOOL", academicYearId: world.year.id, type: "FINAL_EVENT", title: "Итоговое мероприятие", startsAt: new Date("2027-05-20T08:00:00Z") },
        { ...scope, level: "SCHOOL", academicYearId: world.year.id, type: "OTHER", title: "Отменённая встреча", startsAt: new Date("2026-12-01T08:00:00Z"), status: "CANCELLED" },
      ],
    });

    let page = (await getPublicSchoolPage(world.school.slug, NOW))!;
    expect(page.documents.map((d) => d.title)).toEqual(["Положение о наставничестве"]);
    expect(page.program).toBeNull();
    expect(page.filled).toBe(false);
    expect(page.pairsByForm.map((row) => [row.name, row.count]).sort()).toEqual([[form.name, 2], [studentForm.name, 1]].sort());
    expect(page.events.past.map((e) => e.title)).toEqual(["Школа молодого педагога"]);
    expect(page.events.coming.map((e) => e.title)).toEqual(["Итоговое мероприятие"]);
    expect(page.mentors).toEqual([{ name: "Кравцова Ольга Николаевна", position: "учитель математики", forms: [form.name] }]);
    const everything = JSON.stringify(page);
    for (const name of ["Скрытова", "Школьникова", "Молодова", "Младшова"]) expect(everything).not.toContain(name);

    await db.mentoringProgram.create({
      data: { ...scope, academicYearId: world.year.id, title: "Программа «Вместе к успеху»", startsOn: new Date("2026-09-01"), endsOn: new Date("2027-05-31"), status: "ACTIVE" },
    });
    page = (await getPublicSchoolPage(world.school.slug, NOW))!;
    expect(page.program?.title).toBe("Программа «Вместе к успеху»");
    expect(page.filled).toBe(true);
    expect(await getPublicSchoolPage("no-such-school")).toBeNull();
  });

  it("counts as filled with a published program and at least one accepted document", () => {
    expect(isPublicPageFilled({ programStatus: "ACTIVE", acceptedDocuments: 1 })).toBe(true);
    expect(isPublicPageFilled({ programStatus: "COMPLETED", acceptedDocuments: 3 })).toBe(true);
    expect(isPublicPageFilled({ programStatus: "DRAFT", acceptedDocuments: 3 })).toBe(false);
    expect(isPublicPageFilled({ programStatus: null, acceptedDocuments: 3 })).toBe(false);
    expect(isPublicPageFilled({ programStatus: "ACTIVE", acceptedDocuments: 0 })).toBe(false);
  });
});
