/**
 * `npm run files:check` on both drivers (the same tests, the S3 one against s3rver over HTTP), and
 * once as the real command in its own process.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { createLocalStorage, createS3Storage, newObjectKey, storage as configuredStorage, type StorageDriver } from "@/lib/storage";
import { startS3Server, type S3TestServer } from "@/tests/files/s3-server";
import { pdf } from "@/tests/files/corpus";
import { createSchool } from "@/tests/factories";
import { runFilesCheck } from "./check";
import { storeUpload } from "./store";

let scope: { regionId: string; municipalityId: string; schoolId: string };

beforeAll(async () => {
  const { school } = await createSchool();
  scope = { regionId: school.regionId, municipalityId: school.municipalityId, schoolId: school.id };
});

function checkContract(make: () => StorageDriver) {
  let storage: StorageDriver;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    // No grace, and "now" a little ahead: an object written this very millisecond (or stamped by a
    // coarse file-system clock) must already count as old here.
    const now = new Date(Date.now() + 5_000);
    const code = await runFilesCheck(argv, { db, storage, graceMs: 0, now }, (line) => lines.push(line));
    return { code, output: lines.join("\n") };
  };
  const upload = (name = "Приказ.pdf") =>
    storeUpload({ file: { name, bytes: pdf() }, scope, uploadedById: null, storage }, async (_tx, row) => row);

  beforeEach(async () => {
    storage = make();
    await db.storedFile.deleteMany();
    for await (const object of storage.list()) await storage.delete(object.key);
  });

  it("passes when every row has its object and every object its row", async () => {
    await upload();
    await upload("Положение.pdf");
    const { code, output } = await run("--verify");
    expect(code).toBe(0);
    expect(output).toContain("2 rows, 2 objects.");
    expect(output).toContain("OK: every row has its object with the recorded SHA-256, every object its row.");
  });

  it("fails on a row whose object is gone, and never repairs it", async () => {
    const kept = await upload();
    const lost = await upload();
    await storage.delete(lost.storageKey);
    const { code, output } = await run("--repair");
    expect(code).toBe(1);
    expect(output).toContain(`LOST     row ${lost.id} has no object ${lost.storageKey}`);
    expect(output).not.toContain(kept.id);
    expect(await db.storedFile.count()).toBe(2);
  });

  it("fails on an object without a row, and removes it with --repair", async () => {
    const row = await upload();
    const orphan = newObjectKey("pdf");
    await storage.put(orphan, pdf());
    const before = await run();
    expect(before.code).toBe(1);
    expect(before.output).toContain(`ORPHAN   ${orphan}`);
    expect(before.output).toContain("Run with --repair");
    // A young orphan may be an upload in flight: with the default grace period it is left alone.
    const lines: string[] = [];
    expect(await runFilesCheck([], { db, storage }, (line) => lines.push(line))).toBe(0);
    expect(lines.join("\n")).toContain("1 recent objects without rows left alone");

    const repaired = await run("--repair");
    expect(repaired.code).toBe(0);
    expect(repaired.output).toContain(`REMOVED  ${orphan}`);
    expect(await storage.stat(orphan)).toBeNull();
    expect(await storage.stat(row.storageKey)).not.toBeNull();
    expect((await run()).code).toBe(0);
  });

  it("finds an object of another size, and with --verify one changed in place", async () => {
    const resized = await upload();
    await storage.put(resized.storageKey, new Uint8Array(10));
    expect((await run()).output).toContain(`SIZE     ${resized.storageKey}: row says ${resized.sizeBytes} bytes, object has 10`);
    await storage.put(resized.storageKey, pdf());

    const changed = await upload();
    const same = pdf();
    same[same.length - 2] ^= 1;
    await storage.put(changed.storageKey, same);
    expect((await run()).code).toBe(0);
    const verified = await run("--verify");
    expect(verified.code).toBe(1);
    expect(verified.output).toContain(`CHANGED  ${changed.storageKey} (row ${changed.id}) does not match its SHA-256`);
  });

  it("refuses arguments it does not know", async () => {
    const { code, output } = await run("--fix");
    expect(code).toBe(2);
    expect(output).toContain("Unknown argument(s): --fix");
  });
}

describe("files:check on the local disk", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "nastavnik-check-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  checkContract(() => createLocalStorage(root));

  it("reports a temporary file a crash left behind and removes it with --repair", async () => {
    const storage = createLocalStorage(root);
    await mkdir(path.join(root, ".tmp"), { recursive: true });
    const temporary = path.join(root, ".tmp", "0b5e5c1e-1111-4222-8333-444455556666.tmp");
    await writeFile(temporary, "%PDF-1.4 half of a fi");
    const anHourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(temporary, anHourAgo, anHourAgo);
    const lines: string[] = [];
    expect(await runFilesCheck([], { db, storage }, (line) => lines.push(line))).toBe(1);
    expect(lines.join("\n")).toContain("TEMP     .tmp/0b5e5c1e-1111-4222-8333-444455556666.tmp: a write cut short");
    expect(await runFilesCheck(["--repair"], { db, storage }, () => undefined)).toBe(0);
    expect(await storage.staleTemporary(new Date())).toEqual([]);
  });
});

describe("files:check on S3 (s3rver over HTTP)", () => {
  let server: S3TestServer;
  beforeAll(async () => {
    server = await startS3Server();
  }, 30_000);
  afterAll(() => server?.stop());

  checkContract(() => createS3Storage({ ...server.settings, listPageSize: 2 }));
});

describe("npm run files:check", () => {
  it("is the real command: exit code 1 with a problem, 0 without", async () => {
    await db.storedFile.deleteMany();
    const storage = configuredStorage(); // <NASTAVNIK_DATA_DIR>/files, as the command will use
    for await (const object of storage.list()) await storage.delete(object.key);
    const row = await storeUpload({ file: { name: "Приказ.pdf", bytes: pdf() }, scope, uploadedById: null }, async (_tx, r) => r);
    await storage.delete(row.storageKey);
    // Not spawnSync: without DATABASE_URL the test's embedded database is served by this very
    // process, which must keep answering while the command runs.
    const command = () =>
      new Promise<{ stdout: string; status: number | null }>((resolve) => {
        const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/files-check.ts"], {
          env: { ...process.env, NASTAVNIK_DATA_DIR: config.dataDir, DATABASE_URL: process.env.DATABASE_URL },
          timeout: 60_000,
        });
        let stdout = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
        child.on("close", (status) => resolve({ stdout, status }));
      });
    const failing = await command();
    expect(failing.stdout).toContain(`LOST     row ${row.id}`);
    expect(failing.status).toBe(1);
    await db.storedFile.delete({ where: { id: row.id } });
    const passing = await command();
    expect(passing.stdout).toContain("OK: every row has its object, every object its row.");
    expect(passing.status).toBe(0);
  }, 90_000);
});
