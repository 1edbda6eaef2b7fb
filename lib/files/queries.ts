import "server-only";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { findAccessible } from "@/lib/access/records";
import { auditMinorReads } from "@/lib/participants/minors";
import { ObjectIntegrityError, ObjectNotFoundError, storage as configuredStorage, type StorageDriver } from "@/lib/storage";

/** The stored bytes are not what was uploaded (damaged or replaced behind the platform's back). */
export class FileIntegrityError extends Error {}
/** The row exists but its object does not: see `npm run files:check`. */
export class FileMissingError extends Error {}

type Minor = { id: string; isMinor: boolean; regionId: string; municipalityId: string; schoolId: string };
const MINOR = { select: { id: true, isMinor: true, regionId: true, municipalityId: true, schoolId: true } } as const;

/**
 * A file id alone grants nothing: a file is downloadable through the record it belongs to, with
 * the right that record's page would need —
 *   document version            → download of the document
 *   requirement's template       → read of the requirement
 *   plan item's evidence         → read of the plan item
 *   training's certificate       → read of the training
 *   event material               → read of the event
 *   participant's consent scan   → update of the participant (the school's curator: a pair partner
 *                                  reads the person, not their guardian's signed consent)
 * Anything else (an unlinked file, a foreign school's file) is "not found", like a missing one.
 * Returns the row and the minors whose data the download reveals (their reads are audited).
 */
export async function findDownloadableFile(principal: Principal, fileId: string) {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    include: {
      documentVersions: { select: { documentId: true } },
      requirementTemplates: { select: { id: true } },
      planItemEvidence: { select: { id: true, plan: { select: { mentee: MINOR } } } },
      trainingCertificates: { select: { id: true } },
      eventMaterials: { select: { eventId: true } },
      consents: MINOR,
    },
  });
  if (!file) return null;
  const routes: Array<{ allowed: Promise<unknown>; minor?: Minor }> = [
    ...file.documentVersions.map((v) => ({ allowed: findAccessible(principal, "download", "document", v.documentId) })),
    ...file.requirementTemplates.map((r) => ({ allowed: findAccessible(principal, "read", "documentRequirement", r.id) })),
    ...file.planItemEvidence.map((i) => ({ allowed: findAccessible(principal, "read", "planItem", i.id), minor: i.plan.mentee })),
    ...file.trainingCertificates.map((t) => ({ allowed: findAccessible(principal, "read", "training", t.id) })),
    ...file.eventMaterials.map((m) => ({ allowed: findAccessible(principal, "read", "event", m.eventId) })),
    ...file.consents.map((p) => ({ allowed: findAccessible(principal, "update", "participant", p.id), minor: p })),
  ];
  const granted = await Promise.all(routes.map(async (route) => ((await route.allowed) ? route : null)));
  const through = granted.filter((route) => route !== null);
  if (through.length === 0) return null;
  const minors = through.flatMap((route) => (route.minor?.isMinor ? [route.minor] : []));
  const { storageKey, sha256, originalName, mimeType, sizeBytes, id } = file;
  return { file: { id, storageKey, sha256, originalName, mimeType, sizeBytes }, minors };
}

/**
 * A stored file, if the principal may download it (see findDownloadableFile), with its bytes
 * verified against the SHA-256 recorded at upload. Null when not found or not theirs; throws
 * FileMissingError or FileIntegrityError when the storage lost or changed it.
 */
export async function openFileForDownload(principal: Principal, fileId: string, options: { storage?: StorageDriver } = {}) {
  const found = await findDownloadableFile(principal, fileId);
  if (!found) return null;
  const content = await readStoredFile(found.file, options);
  // Unique minors: a file may reach the same pupil through two records.
  const minors = [...new Map(found.minors.map((m) => [m.id, m])).values()];
  await auditMinorReads(principal, minors, `file:${found.file.id}`);
  return content;
}

/** The bytes of a stored file, verified against the SHA-256 recorded at upload. Callers decide access. */
export async function readStoredFile(
  file: { id: string; storageKey: string; sha256: string; originalName: string; mimeType: string },
  options: { storage?: StorageDriver } = {},
) {
  const driver = options.storage ?? configuredStorage();
  const read = () => driver.get(file.storageKey, { sha256: file.sha256 });
  try {
    // A read cut short on the way is worth one more try; damage at rest fails twice.
    const bytes = await read().catch((error) => (error instanceof ObjectIntegrityError ? read() : Promise.reject(error)));
    return { name: file.originalName, mimeType: file.mimeType, bytes };
  } catch (error) {
    if (error instanceof ObjectNotFoundError) throw new FileMissingError(`File ${file.id}: no object under ${file.storageKey}`);
    if (error instanceof ObjectIntegrityError) throw new FileIntegrityError(`File ${file.id} does not match its checksum: ${error.message}`);
    throw error;
  }
}
