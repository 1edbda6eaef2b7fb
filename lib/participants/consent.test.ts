import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, NotFoundError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/queries";
import { createParticipant } from "@/tests/factories";
import { createSchoolWithCurator } from "@/tests/factories-participants";
import { attachConsentScan } from "./consent";

const pdf = (name = "согласие Петровой.pdf") => new File([Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], name, { type: "application/pdf" });

describe("the scan of a consent", () => {
  it("is stored under a generated key, linked to the participant, and audited", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const child = await createParticipant(school, { kind: "STUDENT", isMinor: true });
    const result = await attachConsentScan(curator, { participantId: child.id, file: pdf() }, { ip: "10.0.0.1" });

    const saved = await db.participant.findUniqueOrThrow({ where: { id: child.id }, include: { consentFile: true } });
    expect(saved.consentFileId).toBe(result.fileId);
    expect(saved.consentFile).toMatchObject({ originalName: "согласие Петровой.pdf", mimeType: "application/pdf", schoolId: school.id });
    expect(saved.consentFile?.storageKey).not.toContain("Петровой");
    expect((await readStoredFile(saved.consentFile!)).bytes.toString()).toContain("%PDF-1.4");
    expect(await db.auditEvent.count({ where: { entityId: child.id, action: "participant.consent_scan" } })).toBe(1);
  });

  it("refuses a file that is not a PDF or an image, next to the file field, storing nothing", async () => {
    const { school, curator } = await createSchoolWithCurator();
    const child = await createParticipant(school, { kind: "STUDENT", isMinor: true });
    const html = new File(["<html><script>alert(1)</script></html>"], "scan.pdf", { type: "application/pdf" });
    const error = await attachConsentScan(curator, { participantId: child.id, file: html }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors.file?.[0]).toMatch(/HTML/);
    expect(await db.storedFile.count({ where: { schoolId: school.id } })).toBe(0);
  });

  it("is not found for another school's curator", async () => {
    const victim = await createSchoolWithCurator();
    const attacker = await createSchoolWithCurator();
    const child = await createParticipant(victim.school, { kind: "STUDENT", isMinor: true });
    await expect(attachConsentScan(attacker.curator, { participantId: child.id, file: pdf() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.storedFile.count({ where: { schoolId: { in: [victim.school.id, attacker.school.id] } } })).toBe(0);
  });
});
