/**
 * File storage: one interface (./driver.ts), two drivers chosen by configuration — the local disk
 * (default, <dataDir>/files) and any S3-compatible object store (STORAGE_DRIVER=s3). Objects live
 * under generated keys, never the user's file name. lib/files/* decides what is stored and who may
 * read it; this module only keeps bytes.
 */
import path from "node:path";
import { config } from "../config";
import type { StorageDriver, StoredObject } from "./driver";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";

export {
  assertValidKey,
  isValidKey,
  newObjectKey,
  ObjectIntegrityError,
  ObjectNotFoundError,
  sha256Hex,
  type ObjectInfo,
  type StorageDriver,
  type StoredObject,
} from "./driver";
export { createLocalStorage, type LocalFaults, type LocalStorage } from "./local";
export { createS3Storage, type S3Faults, type S3Settings } from "./s3";

/** The driver the configuration asks for. */
export function createConfiguredStorage(): StorageDriver {
  switch (config.storageDriver) {
    case "local":
      return createLocalStorage(path.join(config.dataDir, "files"));
    case "s3":
      return createS3Storage(config.s3);
    default:
      throw new Error(`STORAGE_DRIVER must be "local" or "s3", not ${JSON.stringify(config.storageDriver)}.`);
  }
}

// One driver (and so one S3 connection pool) per process, also across Next's hot reloads.
const holder = globalThis as unknown as { nastavnikStorage?: { key: string; driver: StorageDriver } };

/** The configured driver of this process. */
export function storage(): StorageDriver {
  // Keyed by the settings, so a test that points NASTAVNIK_DATA_DIR elsewhere gets a fresh driver.
  const key = JSON.stringify([config.storageDriver, config.dataDir, config.s3.endpoint, config.s3.bucket]);
  if (holder.nastavnikStorage?.key !== key) holder.nastavnikStorage = { key, driver: createConfiguredStorage() };
  return holder.nastavnikStorage.driver;
}

export function putObject(key: string, bytes: Uint8Array): Promise<StoredObject> {
  return storage().put(key, bytes);
}

export function getObject(key: string): Promise<Buffer> {
  return storage().get(key);
}

export function deleteObject(key: string): Promise<void> {
  return storage().delete(key);
}

export async function objectExists(key: string): Promise<boolean> {
  return (await storage().stat(key)) !== null;
}
