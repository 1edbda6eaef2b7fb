/**
 * The scan of a signed consent to personal-data processing (for a minor: the parent's or
 * guardian's). A new scan replaces the link on the participant; the earlier file stays stored and
 * the change is in the audit log.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { formDataSchema, zUploadFile } from "@/lib/files/form-data";
import { readUpload, storeUpload } from "@/lib/files/store";

export const CONSENT_SCAN_KINDS = ["pdf", "jpeg", "png"] as const;

export const ZConsentScan = formDataSchema({
  participantId: z.string().trim().min(1).max(64),
  file: zUploadFile,
});

export async function attachConsentScan(
  principal: Principal,
  input: { participantId: string; file: File },
  context: { ip?: string | null } = {},
) {
  const found = await findAccessibleOrThrow(principal, "update", "participant", input.participantId);
  const scope = await db.participant.findUniqueOrThrow({
    where: { id: found.id },
    select: { regionId: true, municipalityId: true, schoolId: true },
  });
  return storeUpload(
    { file: await readUpload(input.file), scope, uploadedById: principal.userId, allowed: CONSENT_SCAN_KINDS },
    async (tx, file) => {
      const before = await tx.participant.findUniqueOrThrow({ where: { id: found.id }, select: { consentFileId: true } });
      await tx.participant.update({ where: { id: found.id }, data: { consentFileId: file.id, version: { increment: 1 } } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "participant.consent_scan",
        entity: "Participant",
        entityId: found.id,
        scope,
        before: { consentFileId: before.consentFileId },
        after: { consentFileId: file.id, name: file.originalName },
      });
      return { participantId: found.id, schoolId: scope.schoolId, fileId: file.id, name: file.originalName };
    },
  );
}
