/**
 * The scan of a training certificate (удостоверение о повышении квалификации), attached to a
 * recorded training through the one upload path. A new scan replaces the link; the earlier file
 * stays stored and the change is in the audit log.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { findAccessibleOrThrow } from "@/lib/access/records";
import { recordAudit } from "@/lib/audit/record";
import { formDataSchema, zUploadFile } from "@/lib/files/form-data";
import { readUpload, storeUpload } from "@/lib/files/store";

export const ZTrainingCertificate = formDataSchema({
  trainingId: z.string().trim().min(1).max(64),
  file: zUploadFile,
});

export async function attachTrainingCertificate(
  principal: Principal,
  input: { trainingId: string; file: File },
  context: { ip?: string | null } = {},
) {
  const found = await findAccessibleOrThrow(principal, "update", "training", input.trainingId);
  const training = await db.training.findUniqueOrThrow({ where: { id: found.id } });
  const scope = { regionId: training.regionId, municipalityId: training.municipalityId, schoolId: training.schoolId };
  return storeUpload(
    { file: await readUpload(input.file), scope, uploadedById: principal.userId, allowed: ["pdf", "jpeg", "png"] },
    async (tx, file) => {
      await tx.training.update({ where: { id: training.id }, data: { certificateFileId: file.id } });
      await recordAudit(tx, { principal, ip: context.ip }, {
        action: "training.certificate",
        entity: "Training",
        entityId: training.id,
        scope,
        before: { certificateFileId: training.certificateFileId },
        after: { certificateFileId: file.id, name: file.originalName },
      });
      return { trainingId: training.id, schoolId: training.schoolId, fileId: file.id };
    },
  );
}
