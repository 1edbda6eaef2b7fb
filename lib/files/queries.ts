import "server-only";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { findAccessible } from "@/lib/access/records";
import { getObject, sha256Hex } from "@/lib/storage";

export class FileIntegrityError extends Error {}

/**
 * A stored file, if the principal may download it: through a document version (download of the
 * document), a plan item's evidence, a training certificate or an event material (read of that
 * record). Anything else is "not found". The content is checked against its SHA-256.
 */
export async function openFileForDownload(principal: Principal, fileId: string) {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    include: {
      documentVersions: { select: { documentId: true } },
      planItemEvidence: { select: { id: true } },
      trainingCertificates: { select: { id: true } },
      eventMaterials: { select: { eventId: true } },
    },
  });
  if (!file) return null;
  const routes = [
    ...file.documentVersions.map((v) => findAccessible(principal, "download", "document", v.documentId)),
    ...file.planItemEvidence.map((i) => findAccessible(principal, "read", "planItem", i.id)),
    ...file.trainingCertificates.map((t) => findAccessible(principal, "read", "training", t.id)),
    ...file.eventMaterials.map((m) => findAccessible(principal, "read", "event", m.eventId)),
  ];
  const allowed = (await Promise.all(routes)).some(Boolean);
  if (!allowed) return null;
  return readStoredFile(file);
}

/** The bytes of a stored file, verified against the SHA-256 recorded at upload. Callers decide access. */
export async function readStoredFile(file: { id: string; storageKey: string; sha256: string; originalName: string; mimeType: string }) {
  const bytes = await getObject(file.storageKey);
  if (sha256Hex(bytes) !== file.sha256) throw new FileIntegrityError(`File ${file.id} does not match its checksum`);
  return { name: file.originalName, mimeType: file.mimeType, bytes };
}
