/**
 * Files on the local disk (the default, under <dataDir>/files). A write goes to a temporary file
 * in <root>/.tmp, is flushed to disk, and only then renamed to its key — a rename within one file
 * system is atomic, so a crash at any point leaves either no object or the whole object, never a
 * part of one under a real key. Leftover temporary files are not objects: the consistency check
 * reports and removes them.
 */
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { assertValidKey, ObjectNotFoundError, sha256Hex, verifyDigest, type ObjectInfo, type StorageDriver, type StoredObject } from "./driver";

/** Points where the tests of a crash stop or break a write. Never set outside tests. */
export type LocalFaults = {
  /** Called after half of the bytes are in the temporary file. */
  duringWrite?: () => void | Promise<void>;
  /** Called after the temporary file is complete and flushed, before it is renamed to its key. */
  beforeRename?: () => void | Promise<void>;
};

const TEMPORARY_DIR = ".tmp";

export type LocalStorage = StorageDriver & {
  readonly root: string;
  /** Temporary files older than `olderThan` (left by a crash mid-write). */
  staleTemporary(olderThan: Date): Promise<ObjectInfo[]>;
  removeTemporary(name: string): Promise<void>;
};

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

/** fsync of a directory makes the entries created or renamed in it durable. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createLocalStorage(root: string, faults: LocalFaults = {}): LocalStorage {
  const temporaryDir = path.join(root, TEMPORARY_DIR);
  const pathOf = (key: string) => path.join(root, ...assertValidKey(key).split("/"));

  async function ensureDirectory(dir: string): Promise<void> {
    const created = await mkdir(dir, { recursive: true });
    if (!created) return;
    // New directories must survive a crash too: flush each one's entry in its parent.
    for (let d = dir; d.length >= created.length; d = path.dirname(d)) await syncDirectory(path.dirname(d));
  }

  async function put(key: string, bytes: Uint8Array): Promise<StoredObject> {
    const target = pathOf(key);
    await Promise.all([ensureDirectory(path.dirname(target)), ensureDirectory(temporaryDir)]);
    const temporary = path.join(temporaryDir, `${randomUUID()}.tmp`);
    try {
      const handle = await open(temporary, "wx", 0o640);
      try {
        if (faults.duringWrite) {
          const half = Math.floor(bytes.byteLength / 2);
          await handle.write(bytes.subarray(0, half));
          await faults.duringWrite();
          await handle.write(bytes.subarray(half));
        } else {
          await handle.writeFile(bytes);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      await faults.beforeRename?.();
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncDirectory(path.dirname(target));
    return { key, sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength };
  }

  async function* walk(dir: string, prefix: string): AsyncGenerator<ObjectInfo> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (!prefix && entry.name === TEMPORARY_DIR) continue;
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* walk(full, key);
      } else {
        const info = await stat(full).catch(() => null);
        if (info) yield { key, sizeBytes: info.size, modifiedAt: info.mtime };
      }
    }
  }

  return {
    kind: "local",
    root,
    put,
    async get(key, expected) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) throw new ObjectNotFoundError(key);
        throw error;
      }
      verifyDigest(key, bytes, expected?.sha256);
      return bytes;
    },
    async stat(key) {
      try {
        const info = await stat(pathOf(key));
        return info.isFile() ? { sizeBytes: info.size, modifiedAt: info.mtime } : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    list: () => walk(root, ""),
    async staleTemporary(olderThan) {
      const out: ObjectInfo[] = [];
      for await (const file of walk(temporaryDir, TEMPORARY_DIR)) {
        if (file.modifiedAt < olderThan) out.push(file);
      }
      return out;
    },
    async removeTemporary(name) {
      const base = path.basename(name);
      if (!/^[0-9a-f-]{36}\.tmp$/.test(base)) throw new Error(`Not a temporary file: ${name}`);
      await rm(path.join(temporaryDir, base), { force: true });
    },
  };
}
