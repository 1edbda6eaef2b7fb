/**
 * File storage. Objects live under generated keys, never the user's file name; every write goes
 * to a temporary file that is flushed and then renamed into place, so a crash never leaves half a
 * file under a real key. (The S3 driver and the consistency check come with the documents work.)
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { config } from "./config";

export type StoredObject = { key: string; sha256: string; sizeBytes: number };

function filesRoot(): string {
  return path.join(config.dataDir, "files");
}

function objectPath(key: string): string {
  if (!/^[a-z0-9][a-z0-9/_-]*(\.[a-z0-9]+)?$/.test(key) || key.includes("..")) {
    throw new Error(`Invalid storage key: ${key}`);
  }
  return path.join(filesRoot(), key);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A fresh key: yyyy/mm/<uuid>.<ext>. */
export function newObjectKey(extension: string, now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}.${extension.replace(/^\./, "").toLowerCase()}`;
}

export async function putObject(key: string, bytes: Uint8Array): Promise<StoredObject> {
  const target = objectPath(key);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.tmp`;
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { key, sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength };
}

export async function getObject(key: string): Promise<Buffer> {
  return readFile(objectPath(key));
}

export async function deleteObject(key: string): Promise<void> {
  await rm(objectPath(key), { force: true });
}
