/**
 * Uploads interrupted at every point: errors injected into the storage driver (both drivers, and
 * a network that breaks mid-upload on the way to S3), the database write failing, and processes
 * killed outright. Afterwards there is never a StoredFile row without its object, never a partial
 * object under a real key, and whatever a killed process left (a temporary file, an object without
 * a row) is found and removed by `files:check --repair`.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runFilesCheck } from "@/lib/files/check";
import { storeUpload } from "@/lib/files/store";
import { createLocalStorage, createS3Storage, newObjectKey, type LocalFaults, type S3Faults, type StorageDriver } from "@/lib/storage";
import { createAcademicYear, createSchool } from "@/tests/factories";
import { pdf } from "./corpus";
import { startCuttingProxy } from "./cutting-proxy";
import { startS3Server, type S3TestServer } from "./s3-server";

let scope: { regionId: string; municipalityId: string; schoolId: string };
let documentId: string;

beforeAll(async () => {
  const { school } = await createSchool();
  scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
  const year = await createAcademicYear();
  const requirement = await db.documentRequirement.create({ data: { level: "PLATFORM", code: "REG", title: "Положение" } });
  documentId = (await db.document.create({ data: { ...scope, requirementId: requirement.id, academicYearId: year.id } })).id;
});

/** A 1 MB PDF: big enough to be cut in the middle. */
const bigPdf = () => {
  const bytes = new Uint8Array(1024 * 1024);
  bytes.set(pdf());
  return bytes;
};

const injected = () => {
  throw new Error("injected failure");
};

/** Nothing is wrong: no lost rows, no objects without rows, no temporary files, at once (no grace). */
async function expectConsistent(storage: StorageDriver) {
  const lines: string[] = [];
  const code = await runFilesCheck([], { db, storage, graceMs: 0, now: new Date(Date.now() + 5_000) }, (line) => lines.push(line));
  expect(lines.join("\n")).toMatch(/OK: every row has its object, every object its row\./);
  expect(code).toBe(0);
}

type Case = {
  label: string;
  storage: () => StorageDriver;
  link?: "throws" | "violates a constraint";
  /**
   * s3rver (the test's S3 server) may still write the part of a body it received after the client
   * gave up and removed the key — a real S3 PUT is all-or-nothing. Such a leftover is an object
   * without a row, which `files:check --repair` removes; the case checks that it is the only one.
   */
  serverMayLinger?: boolean;
};

function crashContract(cases: () => Case[], clean: () => StorageDriver) {
  it("leaves no row, no object and no temporary file, whichever step fails", async () => {
    for (const c of cases()) {
      const rowsBefore = await db.storedFile.count();
      const error = await storeUpload({ file: { name: "Приказ.pdf", bytes: bigPdf() }, scope, uploadedById: null, storage: c.storage() }, async (tx, row) => {
        if (c.link === "throws") throw new Error("injected failure in the link");
        if (c.link === "violates a constraint") {
          // The same version twice: the second insert breaks the unique constraint inside the transaction.
          for (let i = 0; i < 2; i++) await tx.documentVersion.create({ data: { documentId, schoolId: scope.schoolId, versionNo: 99, fileId: row.id } });
        }
        return row;
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, c.label).toBeInstanceOf(Error);
      expect(await db.storedFile.count(), c.label).toBe(rowsBefore);
      if (c.serverMayLinger) {
        // Give the server a few moments to finish what it received, removing what it leaves.
        for (let attempt = 0; attempt < 6; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const lines: string[] = [];
          const code = await runFilesCheck(["--repair"], { db, storage: clean(), graceMs: 0, now: new Date(Date.now() + 5_000) }, (line) => lines.push(line));
          expect(lines.filter((line) => line.startsWith("LOST")), c.label).toEqual([]);
          if (code === 0 && !lines.some((line) => line.startsWith("REMOVED"))) break;
        }
      }
      await expectConsistent(clean());
    }
  }, 120_000);

  it("stores the file whole when nothing fails, and the check agrees", async () => {
    const row = await storeUpload({ file: { name: "Приказ.pdf", bytes: bigPdf() }, scope, uploadedById: null, storage: clean() }, (tx, r) =>
      tx.documentVersion.create({ data: { documentId, schoolId: scope.schoolId, versionNo: 1, fileId: r.id } }).then(() => r),
    );
    try {
      expect((await clean().stat(row.storageKey))?.sizeBytes).toBe(1024 * 1024);
      await expectConsistent(clean());
    } finally {
      await db.documentVersion.deleteMany();
      await db.storedFile.deleteMany();
      await clean().delete(row.storageKey);
    }
  });
}

describe("failures inside the process, local disk", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "nastavnik-crash-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const local = (faults: LocalFaults = {}) => () => createLocalStorage(root, faults);

  crashContract(
    () => [
      { label: "the write breaks half way", storage: local({ duringWrite: injected }) },
      { label: "the write breaks after the flush, before the rename", storage: local({ beforeRename: injected }) },
      { label: "the link to the record throws", storage: local(), link: "throws" },
      { label: "the database refuses the link (unique constraint)", storage: local(), link: "violates a constraint" },
    ],
    () => createLocalStorage(root),
  );
});

describe("failures inside the process, S3 over HTTP", () => {
  let server: S3TestServer;
  let proxy: Awaited<ReturnType<typeof startCuttingProxy>>;
  beforeAll(async () => {
    server = await startS3Server();
    proxy = await startCuttingProxy({ host: "127.0.0.1", port: Number(new URL(server.settings.endpoint!).port) }, 256 * 1024);
  }, 30_000);
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
  });
  const s3 = (faults: S3Faults = {}) => () => createS3Storage(server.settings, faults);

  crashContract(
    () => [
      { label: "the driver fails before the PUT", storage: s3({ beforePut: injected }) },
      // s3rver keeps the part of a body that arrived before the cut; storeUpload removes it.
      { label: "the network breaks in the middle of the PUT", storage: () => createS3Storage({ ...server.settings, endpoint: proxy.endpoint }), serverMayLinger: true },
      { label: "the link to the record throws", storage: s3(), link: "throws" },
      { label: "the database refuses the link (unique constraint)", storage: s3(), link: "violates a constraint" },
    ],
    () => createS3Storage(server.settings),
  );
});

describe("processes killed in the middle of an upload (local disk)", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "nastavnik-kill-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  // Not spawnSync: without DATABASE_URL the test's embedded database is served by this very
  // process, which must keep answering the child.
  async function killedAt(mode: string, arg: string) {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/files/crash-child.ts", mode, root, arg], { env: process.env, timeout: 60_000 });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, signal) => resolve(signal)));
    expect(signal, stderr).toBe("SIGKILL");
  }

  async function repaired(storage: ReturnType<typeof createLocalStorage>, expected: RegExp) {
    const lines: string[] = [];
    expect(await runFilesCheck(["--repair"], { db, storage, graceMs: 0, now: new Date(Date.now() + 5_000) }, (line) => lines.push(line))).toBe(0);
    expect(lines.join("\n")).toMatch(expected);
    await expectConsistent(storage);
  }

  for (const mode of ["during-write", "before-rename"]) {
    it(`killed ${mode}: no object under the key, a temporary file the check removes`, async () => {
      const storage = createLocalStorage(root);
      const key = newObjectKey("pdf");
      await killedAt(mode, key);
      expect(await storage.stat(key)).toBeNull();
      const listed: string[] = [];
      for await (const object of storage.list()) listed.push(object.key);
      expect(listed).toEqual([]);
      const [temporary] = await storage.staleTemporary(new Date(Date.now() + 60_000));
      const content = await readFile(path.join(root, temporary.key));
      expect(content.subarray(0, 5).toString()).toBe("%PDF-");
      await repaired(storage, /REMOVED  \.tmp\/[0-9a-f-]+\.tmp: a write cut short/);
    }, 60_000);
  }

  it("killed inside the transaction: the row is rolled back, the object without a row is found and removed", async () => {
    const storage = createLocalStorage(root);
    const rowsBefore = await db.storedFile.count();
    await killedAt("in-transaction", JSON.stringify(scope));
    // PostgreSQL rolls back a transaction whose connection died; give it a moment to notice.
    for (let i = 0; i < 50 && (await db.storedFile.count()) !== rowsBefore; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await db.storedFile.count()).toBe(rowsBefore);
    const listed: string[] = [];
    for await (const object of storage.list()) listed.push(object.key);
    expect(listed).toHaveLength(1);
    await repaired(storage, new RegExp(`REMOVED  ${listed[0]} \\(\\d+ bytes`));
  }, 60_000);
});
