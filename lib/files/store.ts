/**
 * The one way an upload enters the platform: inspect it (./inspect.ts), put the object under a
 * generated key, then write the StoredFile row and whatever links it to a record — in one
 * transaction. If the transaction fails the object is removed again, so a failed upload leaves
 * neither a row nor an object.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma, StoredFile } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/errors";
import { deleteObject, newObjectKey, putObject } from "@/lib/storage";
import { ALL_FILE_KINDS, inspectUpload, type FileKind } from "./inspect";

export type UploadScope = { regionId: string; municipalityId?: string | null; schoolId?: string | null };

export type UploadedFile = { name: string; bytes: Uint8Array };

/** A File from FormData, read into memory (uploads are bounded by config.maxUploadBytes). */
export async function readUpload(file: File): Promise<UploadedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Stores `file` and calls `link(tx, row)` inside the transaction that creates its StoredFile row.
 * A rejected file throws a ValidationError on `field` with the Russian reason; nothing is stored.
 */
export async function storeUpload<T>(
  options: {
    file: UploadedFile;
    scope: UploadScope;
    uploadedById: string | null;
    allowed?: readonly FileKind[];
    field?: string;
  },
  link: (tx: Prisma.TransactionClient, file: StoredFile) => Promise<T>,
): Promise<T> {
  const { file, scope, uploadedById, allowed = ALL_FILE_KINDS, field = "file" } = options;
  const inspected = await inspectUpload(file.name, file.bytes, allowed);
  if (!inspected.ok) throw new ValidationError({ [field]: [inspected.message] }, inspected.message);

  const key = newObjectKey(inspected.extension);
  const stored = await putObject(key, file.bytes);
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
    await deleteObject(key).catch((cleanup) => console.error("[storage] could not remove", key, cleanup));
    throw error;
  }
}
