/**
 * `npm run backup`: one archive (./manifest.ts) with the database and the stored files as they
 * were at one moment.
 *
 * The rows are read in one REPEATABLE READ, READ ONLY transaction, so every table is seen at the
 * same snapshot; the files are those the StoredFile rows of that snapshot name, read after it
 * (objects under a key never change, so a later read gives the bytes the snapshot meant) and each
 * checked against the SHA-256 recorded at upload. Reading them after the commit keeps the
 * transaction short: the embedded database serves one transaction at a time.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, open, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import pg from "pg";
import * as tar from "tar";
import { ObjectIntegrityError, ObjectNotFoundError, type StorageDriver } from "@/lib/storage";
import { ident, readAppliedMigrations, readSequences, readTables, type Table } from "./catalog";
import { BackupError } from "./errors";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, filePartPath, MANIFEST, MANIFEST_DIGEST, tablePartPath, type TManifest } from "./manifest";
import { sessionSettings, sha256Of, type Log } from "./shared";

/** Rows fetched from the cursor at a time. */
const FETCH = 2000;

export type BackupOptions = {
  databaseUrl: string;
  storage: StorageDriver;
  /** The archive to write (a .tar.gz); it appears only when complete. */
  out: string;
  log?: Log;
};

export type BackupSummary = { out: string; tables: number; rows: number; files: number; bytes: number; manifest: TManifest };

type StoredFileRow = { key: string; sha256: string; bytes: number; mimeType: string };

export async function createBackup(options: BackupOptions): Promise<BackupSummary> {
  const log = options.log ?? (() => {});
  const out = path.resolve(options.out);
  await mkdir(path.dirname(out), { recursive: true });
  // Parts are written next to the archive (where the operator made room), then packed.
  const staging = await mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}.parts-`));
  try {
    const snapshot = await dumpDatabase(options.databaseUrl, staging, log);
    const files = await copyFiles(options.storage, snapshot.storedFiles, staging, log);
    const manifest: TManifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: new Date().toISOString(),
      source: { server: snapshot.server, storage: options.storage.kind },
      migrations: snapshot.migrations,
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      files,
    };
    const manifestText = JSON.stringify(manifest, null, 1) + "\n";
    await writeFile(path.join(staging, MANIFEST), manifestText);
    await writeFile(path.join(staging, MANIFEST_DIGEST), `${sha256Of(manifestText)}  ${MANIFEST}\n`);

    const partial = `${out}.partial`;
    const entries = [MANIFEST, MANIFEST_DIGEST, "database", ...(files.length ? ["files"] : [])];
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    await syncFile(partial);
    await rename(partial, out);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    return { out, tables: manifest.tables.length, rows, files: files.length, bytes: (await stat(out)).size, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every table's rows at one snapshot, each into its part, with the StoredFile rows of that snapshot. */
async function dumpDatabase(databaseUrl: string, staging: string, log: Log) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Row-level security, once forced on the tables, lets the "system" context read every row.
    await client.query("SELECT set_config('app.role', 'system', true)");
    await client.query(sessionSettings);
    const server = (await client.query<{ version: string }>("SELECT version()")).rows[0].version;
    const migrations = await readAppliedMigrations(client);
    if (!migrations.length) throw new BackupError("The database has no migrations applied: there is nothing of the platform's to back up.");
    const catalog = await readTables(client);
    const tables: TManifest["tables"] = [];
    for (const [index, table] of catalog.entries()) {
      const partPath = tablePartPath(index, table.name);
      const dumped = await dumpTable(client, table, path.join(staging, partPath));
      tables.push({ name: table.name, columns: table.columns, rows: dumped.rows, path: partPath, sha256: dumped.sha256, bytes: dumped.bytes });
      log(`  ${table.name}: ${dumped.rows} rows`);
    }
    const sequences = await readSequences(client);
    const storedFiles = catalog.some((t) => t.name === "StoredFile")
      ? (
          await client.query<StoredFileRow>(
            `SELECT "storageKey" AS key, sha256, "sizeBytes" AS bytes, "mimeType" FROM "StoredFile" ORDER BY "storageKey"`,
          )
        ).rows
      : [];
    await client.query("COMMIT");
    return { server, migrations, tables, sequences, storedFiles };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Streams one table through a cursor into JSON lines; returns the row count and the part's digest. */
async function dumpTable(client: pg.Client, table: Table, file: string) {
  await mkdir(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const hash = createHash("sha256");
  let rows = 0;
  let bytes = 0;
  const write = async (text: string) => {
    hash.update(text);
    bytes += Buffer.byteLength(text);
    if (!stream.write(text)) await once(stream, "drain");
  };
  try {
    const values = table.columns.map((c) => `${ident(c.name)}::text`).join(", ");
    // In primary key order, so that two backups of the same data are the same bytes.
    const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(ident).join(", ")}` : "";
    await client.query(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${values}]::text[])::text AS line FROM ${ident(table.name)}${order}`,
    );
    for (;;) {
      const page = await client.query<{ line: string }>(`FETCH ${FETCH} FROM backup_rows`);
      for (const { line } of page.rows) await write(line + "\n");
      rows += page.rows.length;
      if (page.rows.length < FETCH) break;
    }
    await client.query("CLOSE backup_rows");
  } finally {
    stream.end();
    await once(stream, "close");
  }
  return { rows, bytes, sha256: hash.digest("hex") };
}

/** Reads every object the snapshot's rows name, verified against its recorded SHA-256. */
async function copyFiles(storage: StorageDriver, rows: StoredFileRow[], staging: string, log: Log): Promise<TManifest["files"]> {
  const files: TManifest["files"] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const partPath = filePartPath(row.key);
    try {
      const bytes = await storage.get(row.key, { sha256: row.sha256 });
      if (bytes.byteLength !== Number(row.bytes)) throw new ObjectIntegrityError(row.key, `${bytes.byteLength} bytes, the row says ${row.bytes}`);
      const target = path.join(staging, ...partPath.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      files.push({ key: row.key, mimeType: row.mimeType, path: partPath, sha256: row.sha256, bytes: bytes.byteLength });
    } catch (error) {
      if (error instanceof ObjectNotFoundError) problems.push(`${row.key}: missing from the storage`);
      else if (error instanceof ObjectIntegrityError) problems.push(`${row.key}: ${error.message}`);
      else throw error;
    }
  }
  if (problems.length) {
    throw new BackupError(
      [
        `${problems.length} of the ${rows.length} stored files cannot be backed up (no archive was written):`,
        ...problems.slice(0, 20).map((p) => `  ${p}`),
        ...(problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []),
        "Run `npm run files:check -- --verify` to see every damaged or lost file. A file deleted since the snapshot goes away by running the backup again.",
      ].join("\n"),
    );
  }
  log(`  ${files.length} stored files`);
  return files;
}
