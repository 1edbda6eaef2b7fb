import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { openFileForDownload } from "@/lib/files/queries";
import { createAcademicYear, createParticipant, createSchool } from "@/tests/factories";
import { createSchoolIn, createUserWithRole, scopeOfSchool } from "@/tests/factories-users";
import { attachTrainingCertificate } from "./certificates";
import { addTraining } from "./mutations";
import { ZAddTraining } from "./schemas";

const yearPromise = createAcademicYear();
const scan = () => new File([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])], "Удостоверение.jpg", { type: "image/jpeg" });

async function world() {
  await yearPromise;
  const { school, municipality } = await createSchool();
  const neighbour = await createSchoolIn(municipality);
  const curator = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(school));
  const stranger = await createUserWithRole("SCHOOL_CURATOR", scopeOfSchool(neighbour));
  const mentor = await createParticipant(school);
  const training = await addTraining(
    curator.principal,
    ZAddTraining.parse({ schoolId: school.id, trainee: `participant:${mentor.id}`, courseTitle: "Наставничество в школе", provider: "ИРО", hours: 36, startsOn: "2026-03-16", endsOn: "2026-03-27", certificateNumber: "ПК-1" }),
  );
  return { school, curator, stranger, trainingId: training.id };
}

describe("the scan of a training certificate", () => {
  it("is attached to the training, audited and downloadable by who may read the training", async () => {
    const w = await world();
    const { fileId } = await attachTrainingCertificate(w.curator.principal, { trainingId: w.trainingId, file: scan() });
    expect((await db.training.findUniqueOrThrow({ where: { id: w.trainingId } })).certificateFileId).toBe(fileId);
    expect(await db.auditEvent.count({ where: { entityId: w.trainingId, action: "training.certificate" } })).toBe(1);
    expect(await openFileForDownload(w.curator.principal, fileId)).toMatchObject({ name: "Удостоверение.jpg", mimeType: "image/jpeg" });
    expect(await openFileForDownload(w.stranger.principal, fileId)).toBeNull();
  });

  it("refuses a Word file (scans only) and is not found for another school", async () => {
    const w = await world();
    const word = new File([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], "Удостоверение.doc");
    const error = await attachTrainingCertificate(w.curator.principal, { trainingId: w.trainingId, file: word }).catch((e: unknown) => e);
    expect((error as AppError).fieldErrors.file?.[0]).toMatch(/PDF, JPEG, PNG/);
    await expect(attachTrainingCertificate(w.stranger.principal, { trainingId: w.trainingId, file: scan() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.storedFile.count({ where: { schoolId: w.school.id } })).toBe(0);
  });
});
