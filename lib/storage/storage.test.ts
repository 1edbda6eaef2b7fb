/**
 * The storage contract: the same tests, word for word, for the local driver and for the S3 driver
 * talking over real HTTP to an S3-compatible server (s3rver) that this file starts on 127.0.0.1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startS3Server, type S3TestServer } from "@/tests/files/s3-server";
import {
  createLocalStorage,
  createS3Storage,
  newObjectKey,
  ObjectIntegrityError,
  ObjectNotFoundError,
  sha256Hex,
  type StorageDriver,
} from "@/lib/storage";

/** Bytes with every value 0–255, so that no encoding step can go unnoticed. */
function bytesOf(size: number, seed = 7): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function keysOf(driver: StorageDriver): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of driver.list()) keys.push(object.key);
  return keys.sort();
}

type Make = (faults?: { failBeforeCommit?: boolean }) => StorageDriver;

function storageContract(make: () => Make) {
  let driver: StorageDriver;

  beforeEach(async () => {
    driver = make()();
    for (const key of await keysOf(driver)) await driver.delete(key);
  });

  it("stores the bytes exactly and reads them back, with size and time", async () => {
    const key = newObjectKey("pdf");
    const bytes = bytesOf(70_000);
    const stored = await driver.put(key, bytes, { contentType: "application/pdf" });
    expect(stored).toEqual({ key, sha256: sha256Hex(bytes), sizeBytes: 70_000 });
    expect(Buffer.compare(await driver.get(key), Buffer.from(bytes))).toBe(0);
    const info = await driver.stat(key);
    expect(info?.sizeBytes).toBe(70_000);
    expect(Math.abs(info!.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("keeps a file of the full upload limit (20 MB) intact", async () => {
    const key = newObjectKey("pdf");
    const bytes = bytesOf(20 * 1024 * 1024, 3);
    await driver.put(key, bytes);
    expect(sha256Hex(await driver.get(key))).toBe(sha256Hex(bytes));
  }, 60_000);

  it("refuses bytes that are not the recorded object", async () => {
    const key = newObjectKey("pdf");
    await driver.put(key, bytesOf(100));
    await expect(driver.get(key, { sha256: sha256Hex(bytesOf(100, 8)) })).rejects.toBeInstanceOf(ObjectIntegrityError);
    expect((await driver.get(key, { sha256: sha256Hex(bytesOf(100)) })).byteLength).toBe(100);
  });

  it("answers a missing object with ObjectNotFoundError, null and a quiet delete", async () => {
    const key = newObjectKey("pdf");
    await expect(driver.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await driver.stat(key)).toBeNull();
    await expect(driver.delete(key)).resolves.toBeUndefined();
  });

  it("deletes an object", async () => {
    const key = newObjectKey("png");
    await driver.put(key, bytesOf(10));
    await driver.delete(key);
    expect(await driver.stat(key)).toBeNull();
    await expect(driver.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("lists every object with its size, across pages", async () => {
    const keys = Array.from({ length: 5 }, (_, i) => newObjectKey(i % 2 ? "pdf" : "docx"));
    for (const [i, key] of keys.entries()) await driver.put(key, bytesOf(100 + i));
    const listed: Record<string, number> = {};
    for await (const object of driver.list()) listed[object.key] = object.sizeBytes;
    expect(listed).toEqual(Object.fromEntries(keys.map((key, i) => [key, 100 + i])));
  });

  it("refuses keys it did not generate: paths out, absolute paths, dots, upper case, spaces", async () => {
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b.pdf", ".tmp/x.tmp", "A/B.pdf", "a b.pdf", "a//b.pdf", "", "a/"]) {
      await expect(driver.put(key, bytesOf(1)), key).rejects.toThrow(/Invalid storage key/);
      await expect(driver.get(key), key).rejects.toThrow(/Invalid storage key/);
      await expect(driver.delete(key), key).rejects.toThrow(/Invalid storage key/);
    }
  });

  it("never hands a reader part of an object while it is written", async () => {
    // The platform reads a file with the digest recorded at upload; the driver refuses anything else.
    const key = newObjectKey("pdf");
    const bytes = bytesOf(8 * 1024 * 1024, 11);
    const digest = sha256Hex(bytes);
    let done = false;
    const writing = driver.put(key, bytes).finally(() => (done = true));
    const seen = new Set<string>();
    while (!done) {
      // Not there yet, or a read the driver itself reports as cut short: both are "no object".
      const got = await driver.get(key, { sha256: digest }).catch((error) =>
        error instanceof ObjectNotFoundError || error instanceof ObjectIntegrityError ? null : Promise.reject(error),
      );
      seen.add(got === null ? "absent" : sha256Hex(got) === digest ? "whole" : "PARTIAL");
    }
    await writing;
    expect(seen.has("PARTIAL")).toBe(false);
    expect(sha256Hex(await driver.get(key))).toBe(digest);
  }, 60_000);

  it("leaves no object when a write fails before it is committed", async () => {
    const failing = make()({ failBeforeCommit: true });
    const key = newObjectKey("pdf");
    await expect(failing.put(key, bytesOf(5000))).rejects.toThrow("injected");
    expect(await driver.stat(key)).toBeNull();
    expect(await keysOf(driver)).toEqual([]);
  });
}

const injected = async () => {
  throw new Error("injected storage failure");
};

describe("local disk driver", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "nastavnik-storage-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  storageContract(() => (faults) => createLocalStorage(root, faults?.failBeforeCommit ? { beforeRename: injected } : {}));

  it("keeps temporary files out of the listing and out of every key's place", async () => {
    const driver = createLocalStorage(root, { beforeRename: injected });
    const key = newObjectKey("pdf");
    await expect(driver.put(key, bytesOf(100))).rejects.toThrow("injected");
    // The failed write cleaned up after itself: nothing stale is left.
    expect(await driver.staleTemporary(new Date(Date.now() + 60_000))).toEqual([]);
  });
});

describe("S3 driver over HTTP (s3rver on 127.0.0.1)", () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server();
  }, 30_000);
  afterAll(() => server?.stop());

  storageContract(() => (faults) => createS3Storage({ ...server.settings, listPageSize: 2 }, faults?.failBeforeCommit ? { beforePut: injected } : {}));

  it("talks to a real server: the object is a file of s3rver's, not a mock's memory", async () => {
    const driver = createS3Storage(server.settings);
    const key = newObjectKey("pdf");
    await driver.put(key, bytesOf(1234));
    const other = createS3Storage(server.settings); // a second client, as a second app instance
    expect((await other.stat(key))?.sizeBytes).toBe(1234);
  });
});
