/**
 * The one way an upload enters the platform: inspect it (./inspect.ts), put the object under a
 * generated key, then write the StoredFile row and whatever links it to a record — in one
 * transaction. The order makes the invariant: a row exists only for an object that was wholly
 * written. If anything after the write fails, the object is removed again, so a failed upload leaves
 * neither a row nor an object; only a process killed in between can leave an object without a row,
 * which `npm run files:check` lists and removes.
 */
import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma, StoredFile } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/errors";
import { newObjectKey, storage as configuredStorage, type StorageDriver } from "@/lib/storage";
import { ALL_FILE_KINDS, inspectUpload, type FileKind } from "./inspect";
import { tooLargeMessage } from "./kinds";

/** The tenant of a stored file; a platform-wide file (a requirement's template) has no region. */
export type UploadScope = { regionId: string | null; municipalityId?: string | null; schoolId?: string | null };

export type UploadedFile = { name: string; bytes: Uint8Array };

/** A File from FormData, read into memory (uploads are bounded by config.maxUploadBytes). */
export async function readUpload(file: File): Promise<UploadedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Stores `file` and calls `link(tx, row)` inside the transaction that creates its StoredFile row.
 * A rejected file throws a ValidationError on `field` with the Russian reason; nothing is stored.
 * `file` may be the File of a form (its size is checked before it is read) or bytes already read.
 */
export async function storeUpload<T>(
  options: {
    file: UploadedFile | File;
    scope: UploadScope;
    uploadedById: string | null;
    allowed?: readonly FileKind[];
    field?: string;
    /** Another driver than the configured one (tests of crashes inject faults through it). */
    storage?: StorageDriver;
  },
  link: (tx: Prisma.TransactionClient, file: StoredFile) => Promise<T>,
): Promise<T> {
  const { scope, uploadedById, allowed = ALL_FILE_KINDS, field = "file" } = options;
  const driver = options.storage ?? configuredStorage();
  const refuse = (message: string) => new ValidationError({ [field]: [message] }, message);

  if (options.file instanceof File && options.file.size > config.maxUploadBytes) {
    throw refuse(tooLargeMessage(options.file.size, config.maxUploadBytes));
  }
  const file = options.file instanceof File ? await readUpload(options.file) : options.file;
  const inspected = await inspectUpload(file.name, file.bytes, allowed);
  if (!inspected.ok) throw refuse(inspected.message);

  const key = newObjectKey(inspected.extension);
  let stored;
  try {
    stored = await driver.put(key, file.bytes, { contentType: inspected.mimeType });
  } catch (error) {
    // Some S3-compatible servers keep the part of a body that arrived before the connection broke.
    await driver.delete(key).catch(() => undefined);
    throw error;
  }
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.storedFile.create({
        data: {
          storageKey: stored.key,
          originalName: inspected.safeName,
          mimeType: inspected.mimeType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          regionId: scope.regionId,
          municipalityId: scope.municipalityId ?? null,
          schoolId: scope.schoolId ?? null,
          uploadedById,
        },
      });
      return link(tx, row);
    });
  } catch (error) {
    await removeUnclaimedObject(driver, key);
    throw error;
  }
}

/**
 * After a failed transaction: remove the object unless a row claims it after all (a commit whose
 * answer was lost). When the database cannot even say, the object stays for `files:check`:
 * an object without a row is harmless, a row without an object is a lost file.
 */
async function removeUnclaimedObject(driver: StorageDriver, key: string): Promise<void> {
  const row = await db.storedFile.findUnique({ where: { storageKey: key }, select: { id: true } }).then(
    (found) => (found ? "claimed" : "unclaimed"),
    () => "unknown" as const,
  );
  if (row === "unclaimed") {
    await driver.delete(key).catch((cleanup) => console.error("[storage] could not remove", key, cleanup));
  } else if (row === "unknown") {
    console.error("[storage] the database did not answer; left for `npm run files:check`:", key);
  }
}
