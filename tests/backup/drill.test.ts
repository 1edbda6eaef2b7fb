/**
 * The backup drill, on real databases and real storages: a platform with data and stored files
 * (made by the factories and storeUpload) → `createBackup` → `restoreBackup` into a new, empty
 * database and a new storage → every table holds the same rows, every file the same bytes, and
 * the platform's own code serves them from there. Damaged archives and non-empty targets are
 * refused before anything is written.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBackup } from "@/lib/backup/create";
import { BackupError } from "@/lib/backup/errors";
import { orderByReferences, readTables } from "@/lib/backup/catalog";
import { restoreBackup } from "@/lib/backup/restore";
import type { TManifest } from "@/lib/backup/manifest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { downloadFileResponse } from "@/lib/files/download";
import { storeUpload } from "@/lib/files/store";
import { createLocalStorage, createS3Storage, sha256Hex, storage, type StorageDriver } from "@/lib/storage";
import { createParticipant } from "@/tests/factories";
import { createDashboardWorld } from "@/tests/factories-dashboards";
import { createDocumentsWorld } from "@/tests/factories-documents";
import { scopeOfSchool } from "@/tests/factories-users";
import { docx, pdf, png } from "@/tests/files/corpus";
import { startS3Server, type S3TestServer } from "@/tests/files/s3-server";
import { adminQuery, databaseUrl } from "@/tests/setup/databases";

const LONG = 240_000;

/** A new database with nothing in it, on the server the tests use (or a new embedded one). */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const source = inject("testDatabase");
  if (source.mode === "postgres") {
    const name = `nastavnik_restore_${randomBytes(4).toString("hex")}`;
    await adminQuery(source.adminUrl, `CREATE DATABASE "${name}"`);
    return { url: databaseUrl(source.adminUrl, name), drop: () => adminQuery(source.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
  return { url: embedded.url, drop: () => embedded.stop() };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.role', 'system', true)");
    return await run(client);
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
    await client.end();
  }
}

/** Every table's row count and a digest of all its rows' text, in a stable order. */
function fingerprint(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withClient(url, async (client) => {
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const table of await readTables(client)) {
      const { rows } = await client.query<{ n: string; lines: string | null }>(
        `SELECT count(*) AS n, string_agg(t::text, E'\\n' ORDER BY t::text) AS lines FROM "${table.name}" t`,
      );
      out[table.name] = { rows: Number(rows[0].n), digest: sha256Hex(Buffer.from(rows[0].lines ?? "")) };
    }
    return out;
  });
}

/** Whether the database was left as it was made: no migrations table, no tables at all. */
function tableCount(url: string): Promise<number> {
  return withClient(url, async (client) => (await readTables(client)).length);
}

async function objectDigests(driver: StorageDriver): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const object of driver.list()) out[object.key] = sha256Hex(await driver.get(object.key));
  return out;
}

/** Points the platform's `db` at another database for the length of `run`. */
async function withAppDatabase<T>(url: string, run: () => Promise<T>): Promise<T> {
  type Client = { $disconnect(): Promise<void> };
  const holder = globalThis as unknown as { nastavnikPrisma?: Client };
  const saved: { client: Client | undefined; url?: string; appUrl?: string } = { client: holder.nastavnikPrisma, url: process.env.DATABASE_URL, appUrl: process.env.APP_DATABASE_URL };
  delete holder.nastavnikPrisma;
  process.env.DATABASE_URL = url;
  if (saved.appUrl) process.env.APP_DATABASE_URL = url;
  try {
    return await run();
  } finally {
    await (holder.nastavnikPrisma as Client | undefined)?.$disconnect();
    holder.nastavnikPrisma = saved.client;
    process.env.DATABASE_URL = saved.url;
    if (saved.appUrl) process.env.APP_DATABASE_URL = saved.appUrl;
  }
}

let work: string;
let archive: string;
let manifest: TManifest;
let source: Awaited<ReturnType<typeof fingerprint>>;
let sourceFiles: Record<string, string>;
let curator: Awaited<ReturnType<typeof createDocumentsWorld>>["curator"];
const uploaded: Array<{ id: string; bytes: Uint8Array; name: string }> = [];
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "nastavnik-backup-test-"));
  await createDashboardWorld();
  const docs = await createDocumentsWorld();
  curator = docs.curator;
  const scope = scopeOfSchool(docs.school) as { regionId: string; municipalityId: string; schoolId: string };
  // Values whose text needs care: quotes, backslashes, line breaks, array punctuation, Cyrillic.
  await createParticipant(docs.school, {
    lastName: `О'Коннор "кавычки" \\ косая`,
    middleName: "строка\nвторая\tтаб",
    subjects: ["a,b", '"q"', "NULL", "{}", "", "\\"],
    position: null,
  });
  // A JSON null and an SQL NULL in one row: they must not come back as the same thing.
  await db.auditEvent.create({ data: { action: "backup.test", entity: "Test", before: Prisma.JsonNull, after: Prisma.DbNull } });
  const document = await db.document.create({ data: { ...scope, requirementId: docs.requirement.id, academicYearId: docs.year.id } });
  const files = [
    { name: "Приказ о закреплении пар.pdf", bytes: pdf() },
    { name: "скан согласия.png", bytes: png() },
    { name: "Положение о наставничестве.docx", bytes: await docx() },
  ];
  for (const [index, file] of files.entries()) {
    const row = await storeUpload({ file, scope, uploadedById: curator.user.id }, (tx, stored) =>
      tx.documentVersion.create({ data: { documentId: document.id, schoolId: scope.schoolId, versionNo: index + 1, fileId: stored.id } }).then(() => stored),
    );
    uploaded.push({ id: row.id, bytes: file.bytes, name: row.originalName });
  }

  source = await fingerprint(process.env.DATABASE_URL!);
  sourceFiles = await objectDigests(storage());
  archive = path.join(work, "backup.tar.gz");
  const summary = await createBackup({ databaseUrl: process.env.DATABASE_URL!, storage: storage(), out: archive });
  manifest = summary.manifest;
}, LONG);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a backup", () => {
  it("holds every table of the snapshot and every stored file, each part with its SHA-256", () => {
    expect(Object.keys(source).length).toBeGreaterThan(30);
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(Object.keys(source).sort());
    for (const table of manifest.tables) expect(table.rows, table.name).toBe(source[table.name].rows);
    expect(manifest.tables.some((t) => t.name === "_prisma_migrations")).toBe(false);
    expect(manifest.migrations.length).toBeGreaterThan(0);
    // Parents come before the tables that reference them.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf("Region")).toBeLessThan(order.indexOf("School"));
    expect(order.indexOf("StoredFile")).toBeLessThan(order.indexOf("DocumentVersion"));
    expect(Object.fromEntries(manifest.files.map((f) => [f.key, f.sha256]))).toEqual(sourceFiles);
    expect(manifest.files).toHaveLength(source.StoredFile.rows);
    for (const file of uploaded) expect(manifest.files.map((f) => f.sha256)).toContain(sha256Hex(file.bytes));
  });

  it("refuses to order tables that reference each other in a cycle", () => {
    const parents = new Map([
      ["A", new Set(["B"])],
      ["B", new Set(["A"])],
      ["C", new Set<string>()],
    ]);
    expect(() => orderByReferences(parents)).toThrow(/cycle.*A, B/);
    expect(orderByReferences(new Map([["B", new Set(["A"])], ["A", new Set<string>()]]))).toEqual(["A", "B"]);
  });
});

describe("a restore", () => {
  it("puts it into a new database and a new local storage: same rows, same files, served by the platform", async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const files = createLocalStorage(await mkdtemp(path.join(work, "files-")));
    const lines: string[] = [];
    const summary = await restoreBackup({ archive, databaseUrl: target.url, storage: files, log: (line) => lines.push(line) });

    expect(summary.rows).toBe(Object.values(source).reduce((sum, t) => sum + t.rows, 0));
    expect(await fingerprint(target.url)).toEqual(source);
    expect(await objectDigests(files)).toEqual(sourceFiles);
    expect(lines[0]).toMatch(/^Verifying /);

    // The platform's own download path, on the restored database and storage.
    await withAppDatabase(target.url, async () => {
      for (const file of uploaded) {
        const response = await downloadFileResponse(curator.principal, file.id, { storage: files });
        expect(response.status).toBe(200);
        expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(file.bytes))).toBe(0);
        expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(response.headers.get("content-disposition")!)![1])).toBe(file.name);
      }
      expect(await db.participant.count({ where: { lastName: `О'Коннор "кавычки" \\ косая` } })).toBe(1);
      const tricky = await db.participant.findFirstOrThrow({ where: { middleName: "строка\nвторая\tтаб" } });
      expect(tricky.subjects).toEqual(["a,b", '"q"', "NULL", "{}", "", "\\"]);
      const nulls = await db.auditEvent.findFirstOrThrow({ where: { action: "backup.test" } });
      expect(nulls.before).toBeNull(); // JSON null reads as null…
      expect(await db.auditEvent.count({ where: { action: "backup.test", before: { equals: Prisma.JsonNull } } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "backup.test", after: { equals: Prisma.DbNull } } })).toBe(1);
    });
  }, LONG);

  it("puts it into S3 as well, and a backup of the restored platform is the same archive, part for part", async () => {
    const s3: S3TestServer = await startS3Server();
    cleanups.push(() => s3.stop());
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const bucket = createS3Storage(s3.settings);
    await restoreBackup({ archive, databaseUrl: target.url, storage: bucket });
    expect(await objectDigests(bucket)).toEqual(sourceFiles);

    const again = await createBackup({ databaseUrl: target.url, storage: bucket, out: path.join(work, "again.tar.gz") });
    const parts = (m: TManifest) => [...m.tables, ...m.files].map(({ path: p, sha256, bytes }) => ({ p, sha256, bytes }));
    expect(parts(again.manifest)).toEqual(parts(manifest));
    expect(again.manifest.source.storage).toBe("s3");
    expect(again.manifest.migrations).toEqual(manifest.migrations);
  }, LONG);
});

describe("a restore cut short", () => {
  it("can be run again: the objects it wrote are the archive's own, and no row was loaded", async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const files = createLocalStorage(await mkdtemp(path.join(work, "files-")));
    let puts = 0;
    const failing: StorageDriver = {
      ...files,
      async put(key, bytes, options) {
        if (++puts > 2) throw new Error("disk full");
        return files.put(key, bytes, options);
      },
    };
    await expect(restoreBackup({ archive, databaseUrl: target.url, storage: failing })).rejects.toThrow("disk full");
    expect(Object.keys(await objectDigests(files))).toHaveLength(2);
    expect(Object.values(await fingerprint(target.url)).every((t) => t.rows === 0)).toBe(true);

    await restoreBackup({ archive, databaseUrl: target.url, storage: files });
    expect(await fingerprint(target.url)).toEqual(source);
    expect(await objectDigests(files)).toEqual(sourceFiles);
  }, LONG);
});

describe("a restore refuses", () => {
  async function refusal(archivePath: string, target: { url: string }, files: StorageDriver): Promise<BackupError> {
    const error = await restoreBackup({ archive: archivePath, databaseUrl: target.url, storage: files }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }

  it("an archive with one flipped byte, before it touches the target", async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const files = createLocalStorage(await mkdtemp(path.join(work, "files-")));
    const bytes = await readFile(archive);
    // Anywhere in the compressed body (the gzip header's time stamp is the one field no check covers).
    for (const at of [0.1, 0.35, 0.5, 0.75, 0.95].map((share) => Math.floor(bytes.length * share))) {
      const damaged = Buffer.from(bytes);
      damaged[at] ^= 0x01;
      const file = path.join(work, `flipped-${at}.tar.gz`);
      await writeFile(file, damaged);
      const error = await refusal(file, target, files);
      expect(error.message, `byte ${at}`).toMatch(/^The archive flipped-\d+\.tar\.gz is damaged.*Nothing was restored/s);
    }
    expect(await tableCount(target.url)).toBe(0);
    expect(await objectDigests(files)).toEqual({});
  }, LONG);

  it("an archive whose part was changed and packed again, naming the part", async () => {
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const files = createLocalStorage(await mkdtemp(path.join(work, "files-")));
    const unpacked = await mkdtemp(path.join(work, "unpacked-"));
    await tar.x({ file: archive, cwd: unpacked });
    const victim = manifest.files[0].path;
    const local = path.join(unpacked, ...victim.split("/"));
    const bytes = await readFile(local);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    await writeFile(local, bytes);
    const repacked = path.join(work, "repacked.tar.gz");
    await tar.c({ gzip: true, file: repacked, cwd: unpacked }, ["manifest.json", "manifest.sha256", "database", "files"]);

    const error = await refusal(repacked, target, files);
    expect(error.message).toContain(`${victim}: SHA-256 differs from the manifest`);
    expect(error.message).toMatch(/1 of its parts do not match the manifest/);

    // A manifest changed to match the damaged part does not match its own digest.
    const manifestPath = path.join(unpacked, "manifest.json");
    const edited = JSON.parse(await readFile(manifestPath, "utf8")) as TManifest;
    edited.files[0].sha256 = sha256Hex(bytes);
    await writeFile(manifestPath, JSON.stringify(edited));
    await tar.c({ gzip: true, file: repacked, cwd: unpacked }, ["manifest.json", "manifest.sha256", "database", "files"]);
    expect((await refusal(repacked, target, files)).message).toMatch(/manifest\.json does not match its SHA-256/);
    expect(await tableCount(target.url)).toBe(0);
  }, LONG);

  it("a database with rows, and a storage with objects of its own, leaving both as they were", async () => {
    const files = createLocalStorage(await mkdtemp(path.join(work, "files-")));
    const before = await fingerprint(process.env.DATABASE_URL!);
    const error = await refusal(archive, { url: process.env.DATABASE_URL! }, files);
    expect(error.message).toMatch(/^The target database is not empty: .* rows\. A restore never merges/);
    expect(await fingerprint(process.env.DATABASE_URL!)).toEqual(before);

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    await files.put("2026/01/someone-else.pdf", pdf());
    const storageError = await refusal(archive, target, files);
    expect(storageError.message).toMatch(/^The target storage \(local\) is not empty: .*2026\/01\/someone-else\.pdf/);
    expect(await tableCount(target.url)).toBe(0);
    expect(Object.keys(await objectDigests(files))).toEqual(["2026/01/someone-else.pdf"]);
  }, LONG);
});
