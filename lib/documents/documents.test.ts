import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { openFileForDownload, readStoredFile } from "@/lib/files/queries";
import { createSchool } from "@/tests/factories";
import { createDocumentsWorld, createRequirement, pdfFile, uploadInput } from "@/tests/factories-documents";
import { createMunicipalityIn, createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { getChecklist, getDocument, listReviewQueue } from "./queries";
import { reviewDocument, uploadDocumentVersion } from "./mutations";
import { DOCUMENT_MESSAGES } from "./schemas";

const NOW = new Date("2026-11-26T09:00:00Z");

async function rowOf(world: Awaited<ReturnType<typeof createDocumentsWorld>>, requirementId = world.requirement.id) {
  const checklist = await getChecklist(world.curator.principal, world.school.id, world.year.id, NOW);
  return checklist!.rows.find((r) => r.requirement.id === requirementId)!;
}

describe("uploading a document", () => {
  it("creates the document with version 1, then adds a version on every upload and never overwrites", async () => {
    const world = await createDocumentsWorld();
    expect((await rowOf(world)).status).toBe("MISSING");

    const first = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { file: pdfFile("Приказ 152.pdf", "first") }), { ip: "10.0.0.1" });
    expect(first).toMatchObject({ versionNo: 1, version: 1 });
    let row = await rowOf(world);
    expect(row.status).toBe("UPLOADED");
    expect(row.document).toMatchObject({ number: "№ 152-о", status: "UPLOADED" });
    expect(row.document!.versions.map((v) => [v.versionNo, v.uploadedBy, v.file.originalName])).toEqual([[1, "Лебедева Татьяна Викторовна", "Приказ 152.pdf"]]);

    const second = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { documentVersion: 1, number: "№ 153-о", issuedOn: "2026-09-01", file: pdfFile("Приказ 153.pdf", "second") }));
    expect(second).toMatchObject({ id: first.id, versionNo: 2, version: 2 });
    row = await rowOf(world);
    expect(row.document).toMatchObject({ number: "№ 153-о", issuedOn: new Date("2026-09-01T00:00:00Z") });
    expect(row.document!.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    // Both files are still there, each with its own bytes.
    const [v2, v1] = row.document!.versions;
    const files = await db.storedFile.findMany({ where: { id: { in: [v1.file.id, v2.file.id] } } });
    const texts = await Promise.all(files.map(async (f) => Buffer.from((await readStoredFile(f)).bytes).toString("latin1")));
    expect(texts.some((t) => t.includes("(first)"))).toBe(true);
    expect(texts.some((t) => t.includes("(second)"))).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { entityId: first.id, action: "document.upload" }, orderBy: { at: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorUserId: world.curator.user.id, schoolId: world.school.id, municipalityId: world.municipality.id, ip: "10.0.0.1" });
  });

  it("keeps a standing requirement's document across years", async () => {
    const world = await createDocumentsWorld();
    const standing = await createRequirement({ period: "STANDING", title: "Положение о наставничестве" });
    const result = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: standing.id }));
    expect(await db.document.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ academicYearId: null });
  });

  it("rejects a requirement that does not apply to the school and a file that is not what it says, storing nothing", async () => {
    const world = await createDocumentsWorld();
    const other = await createSchool();
    const foreign = await createRequirement({ level: "MUNICIPALITY", regionId: other.region.id, municipalityId: other.municipality.id });
    await expect(uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: foreign.id }))).rejects.toMatchObject({
      fieldErrors: { requirementId: [DOCUMENT_MESSAGES.notApplicable] },
    });
    const files = await db.storedFile.count();
    const html = new File(["<html><script>alert(1)</script></html>"], "приказ.pdf", { type: "application/pdf" });
    const error = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { file: html })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as AppError).fieldErrors.file?.[0], "the inspector's Russian reason, next to the file field").toEqual(expect.any(String));
    expect(await db.storedFile.count()).toBe(files);
    expect(await db.document.count({ where: { schoolId: world.school.id } })).toBe(0);
  });

  it("answers a concurrent upload with a conflict and keeps one version per upload that won", async () => {
    const world = await createDocumentsWorld();
    await uploadDocumentVersion(world.curator.principal, uploadInput(world));
    const stale = uploadInput(world, { documentVersion: 1 });
    const results = await Promise.allSettled([
      uploadDocumentVersion(world.curator.principal, stale),
      uploadDocumentVersion(world.curator.principal, uploadInput(world, { documentVersion: 1 })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected.reason.message).toBe(DOCUMENT_MESSAGES.uploadConflict);
    const document = await db.document.findFirstOrThrow({ where: { schoolId: world.school.id }, include: { versions: true } });
    expect(document.versions.map((v) => v.versionNo).sort()).toEqual([1, 2]);
    // The loser's object was removed with its transaction: every stored file of the school is linked.
    const stored = await db.storedFile.findMany({ where: { schoolId: world.school.id }, include: { documentVersions: true } });
    expect(stored.every((f) => f.documentVersions.length === 1)).toBe(true);
  });

  it("answers two first uploads at once with one document and a conflict", async () => {
    const world = await createDocumentsWorld();
    const results = await Promise.allSettled([uploadDocumentVersion(world.curator.principal, uploadInput(world)), uploadDocumentVersion(world.curator.principal, uploadInput(world))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.document.count({ where: { schoolId: world.school.id } })).toBe(1);
  });
});

describe("reviewing a document", () => {
  it("returns with a required comment, the school sees it and uploads a corrected version, then it is accepted; each decision stays on its version", async () => {
    const world = await createDocumentsWorld();
    const uploaded = await uploadDocumentVersion(world.curator.principal, uploadInput(world));
    const queue = await listReviewQueue(world.municipal.principal, { municipalityId: world.municipality.id });
    expect(queue.map((d) => d.id)).toEqual([uploaded.id]);

    await expect(reviewDocument(world.municipal.principal, { documentId: uploaded.id, version: 1, decision: "RETURN", comment: "" })).rejects.toMatchObject({
      fieldErrors: { comment: [DOCUMENT_MESSAGES.commentRequired] },
    });
    const returned = await reviewDocument(world.municipal.principal, { documentId: uploaded.id, version: 1, decision: "RETURN", comment: "Нет подписи руководителя" }, { now: NOW });
    expect(returned).toMatchObject({ status: "RETURNED", version: 2 });
    let row = await rowOf(world);
    expect(row.status).toBe("RETURNED");
    expect(row.document).toMatchObject({ reviewComment: "Нет подписи руководителя" });
    expect(row.document!.versions[0]).toMatchObject({ reviewStatus: "RETURNED", reviewComment: "Нет подписи руководителя", reviewedBy: "Романова Ирина Сергеевна" });
    expect(await listReviewQueue(world.municipal.principal, { municipalityId: world.municipality.id })).toEqual([]);

    await uploadDocumentVersion(world.curator.principal, uploadInput(world, { documentVersion: 2 }));
    row = await rowOf(world);
    expect(row.status).toBe("UPLOADED");
    expect(row.document!.reviewComment).toBeNull();
    const accepted = await reviewDocument(world.regional.principal, { documentId: uploaded.id, version: 3, decision: "ACCEPT", comment: "" });
    expect(accepted.status).toBe("ACCEPTED");
    row = await rowOf(world);
    expect(row.status).toBe("ACCEPTED");
    expect(row.document!.versions.map((v) => [v.versionNo, v.reviewStatus, v.reviewComment])).toEqual([
      [2, "ACCEPTED", null],
      [1, "RETURNED", "Нет подписи руководителя"],
    ]);
    const actions = await db.auditEvent.findMany({ where: { entityId: uploaded.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, actorUserId: true } });
    expect(actions).toEqual([
      { action: "document.upload", actorUserId: world.curator.user.id },
      { action: "document.return", actorUserId: world.municipal.user.id },
      { action: "document.upload", actorUserId: world.curator.user.id },
      { action: "document.accept", actorUserId: world.regional.user.id },
    ]);
  });

  it("lists the queue oldest first and refuses a decision on a version nobody looked at", async () => {
    const world = await createDocumentsWorld();
    const second = await createRequirement();
    const older = await uploadDocumentVersion(world.curator.principal, uploadInput(world));
    const newer = await uploadDocumentVersion(world.curator.principal, uploadInput(world, { requirementId: second.id }));
    expect((await listReviewQueue(world.regional.principal, { regionId: world.region.id })).map((d) => d.id)).toEqual([older.id, newer.id]);

    // The school uploads a new version while the reviewer has the old one open.
    await uploadDocumentVersion(world.curator.principal, uploadInput(world, { documentVersion: 1 }));
    await expect(reviewDocument(world.municipal.principal, { documentId: older.id, version: 1, decision: "ACCEPT", comment: "" })).rejects.toThrow(DOCUMENT_MESSAGES.reviewConflict);
    // Two reviewers at once: one decision wins.
    const results = await Promise.allSettled([
      reviewDocument(world.municipal.principal, { documentId: older.id, version: 2, decision: "ACCEPT", comment: "" }),
      reviewDocument(world.regional.principal, { documentId: older.id, version: 2, decision: "RETURN", comment: "Исправьте дату приказа" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    // A school curator may not review at all.
    await expect(reviewDocument(world.curator.principal, { documentId: newer.id, version: 1, decision: "ACCEPT", comment: "" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("documents across tenants", () => {
  it("a curator of school B cannot see, upload to or download from school A; a municipal curator of another municipality cannot review", async () => {
    const victim = await createDocumentsWorld();
    const uploaded = await uploadDocumentVersion(victim.curator.principal, uploadInput(victim));
    const versionFile = (await db.documentVersion.findFirstOrThrow({ where: { documentId: uploaded.id } })).fileId;

    const sameMunicipality = await createSchoolIn(victim.municipality);
    const neighbour = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(sameMunicipality));
    const elsewhere = await createMunicipalityIn(victim.region);
    const otherMunicipal = await createUserWithRole("MUNICIPAL_CURATOR", { regionId: victim.region.id, municipalityId: elsewhere.municipality.id });
    const otherRegion = await createDocumentsWorld();

    for (const attacker of [neighbour.principal, otherRegion.curator.principal]) {
      expect(await getChecklist(attacker, victim.school.id, victim.year.id)).toBeNull();
      expect(await getDocument(attacker, uploaded.id)).toBeNull();
      expect(await openFileForDownload(attacker, versionFile)).toBeNull();
      await expect(uploadDocumentVersion(attacker, uploadInput(victim))).rejects.toBeInstanceOf(NotFoundError);
      await expect(uploadDocumentVersion(attacker, uploadInput(victim, { documentVersion: 1 }))).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const reviewer of [otherMunicipal.principal, otherRegion.municipal.principal, otherRegion.regional.principal]) {
      expect(await getDocument(reviewer, uploaded.id)).toBeNull();
      expect(await listReviewQueue(reviewer, { municipalityId: victim.municipality.id })).toEqual([]);
      expect(await listReviewQueue(reviewer, { regionId: victim.region.id })).toEqual([]);
      await expect(reviewDocument(reviewer, { documentId: uploaded.id, version: 1, decision: "ACCEPT", comment: "" })).rejects.toBeInstanceOf(NotFoundError);
    }
    // Nothing changed, and the owners still work.
    expect(await db.document.findUniqueOrThrow({ where: { id: uploaded.id } })).toMatchObject({ status: "UPLOADED", version: 1 });
    expect(await openFileForDownload(victim.municipal.principal, versionFile)).not.toBeNull();
    expect((await getDocument(victim.municipal.principal, uploaded.id))?.mayReview).toBe(true);
  });
});
