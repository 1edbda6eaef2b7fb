/**
 * `npm run restore <archive>`: the archive back into an EMPTY database and an empty storage.
 *
 * 1. The archive is unpacked and verified whole (./archive.ts): a damaged one is refused before
 *    anything is written.
 * 2. The target must be empty: no row in any table (the migrations alone may be applied: that is
 *    what `npm start` or `db:migrate` leave in a new database) and no object in the storage other
 *    than the archive's own (left by an interrupted restore). Anything else is refused: a restore
 *    never merges into or overwrites live data.
 * 3. The archive must come from the same migrations as this version of the platform (names and
 *    checksums); they are applied to the target by the schema engine, as `npm run db:migrate` does.
 * 4. The stored files are written and read back against their SHA-256.
 * 5. The rows are loaded in one transaction, parents before children, and their counts checked
 *    before it commits. Files first, rows after, keeps the invariant of decision 006: a StoredFile
 *    row exists only for a whole object. A restore that fails at any point can simply be run again.
 */
import pg from "pg";
import { applyMigrations, readMigrations } from "@/lib/schema-engine";
import type { StorageDriver } from "@/lib/storage";
import { openArchive, type OpenedArchive } from "./archive";
import { ident, readAppliedMigrations, readTables, type Migration, type Table } from "./catalog";
import { BackupError } from "./errors";
import type { TManifest } from "./manifest";
import { sessionSettings, sha256Of, type Log } from "./shared";

/** Rows per INSERT, and the most text one INSERT carries. */
const BATCH_ROWS = 2000;
const BATCH_BYTES = 8 * 1024 * 1024;

export type RestoreOptions = {
  archive: string;
  databaseUrl: string;
  storage: StorageDriver;
  log?: Log;
  /** Where the archive is unpacked while it is restored (default: the system's temporary folder). */
  workDir?: string;
};

export type RestoreSummary = { tables: number; rows: number; files: number; manifest: TManifest };

export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  log(`Verifying ${options.archive}…`);
  const archive = await openArchive(options.archive, options.workDir);
  try {
    const { manifest } = archive;
    log(`  the archive is whole: ${manifest.tables.length} tables, ${manifest.files.length} files, taken ${manifest.createdAt}`);
    await assertSameMigrations(manifest.migrations);
    await assertEmptyTarget(options.databaseUrl, options.storage, manifest);

    const applied = await applyMigrations(options.databaseUrl);
    log(applied.length ? `  migrations applied: ${applied.length}` : "  the target was already migrated");

    await writeFiles(archive, options.storage, log);
    const rows = await loadRows(archive, options.databaseUrl, log);
    return { tables: manifest.tables.length, rows, files: manifest.files.length, manifest };
  } finally {
    await archive.close();
  }
}

/** The migrations of this version of the platform, as the schema engine records them. */
async function localMigrations(): Promise<Migration[]> {
  const list = await readMigrations();
  return list.migrationDirectories.map((dir) => ({
    name: dir.path,
    checksum: dir.migrationFile.content.tag === "ok" ? sha256Of(dir.migrationFile.content.value) : "",
  }));
}

function describe(migrations: Migration[]): string {
  return migrations.length ? migrations.map((m) => m.name).join(", ") : "none";
}

async function assertSameMigrations(archived: Migration[]): Promise<void> {
  const local = await localMigrations();
  const localByName = new Map(local.map((m) => [m.name, m.checksum]));
  const unknown = archived.filter((m) => !localByName.has(m.name));
  const changed = archived.filter((m) => localByName.has(m.name) && localByName.get(m.name) !== m.checksum);
  const newer = local.filter((m) => !archived.some((a) => a.name === m.name));
  if (unknown.length || changed.length) {
    throw new BackupError(
      `The archive was taken by another version of the platform: migrations ${describe(unknown.length ? unknown : changed)} ` +
        `${unknown.length ? "are not in" : "differ from those of"} this version. Restore it with the version it was taken with (the same prisma/migrations), then upgrade.`,
    );
  }
  if (newer.length) {
    throw new BackupError(
      `The archive was taken before the migrations ${describe(newer)} of this version. Restore it with the version it was taken with ` +
        `(its migrations end at ${archived.at(-1)?.name ?? "none"}), then upgrade: the migrations will carry the data forward.`,
    );
  }
}

/** Refuses a target database with any row, or at another version, and a storage with foreign objects. */
async function assertEmptyTarget(databaseUrl: string, storage: StorageDriver, manifest: TManifest): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query("SELECT set_config('app.role', 'system', true)");
    const applied = await readAppliedMigrations(client).catch((error: unknown) => {
      if (error instanceof BackupError) throw new BackupError(`The target database is not empty: ${error.message}`);
      throw error;
    });
    const foreign = applied.filter((m) => !manifest.migrations.some((a) => a.name === m.name && a.checksum === m.checksum));
    if (foreign.length) {
      throw new BackupError(`The target database is not empty: it has migrations the archive does not (${describe(foreign)}). Restore into a new, empty database.`);
    }
    const withRows: string[] = [];
    for (const table of await readTables(client)) {
      const found = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS any`);
      if (found.rows[0].any) withRows.push(table.name);
    }
    await client.query("COMMIT");
    if (withRows.length) {
      const shown = withRows.slice(0, 8).join(", ") + (withRows.length > 8 ? ` and ${withRows.length - 8} more` : "");
      throw new BackupError(
        `The target database is not empty: ${shown} ${withRows.length === 1 ? "has" : "have"} rows. A restore never merges into or overwrites data; ` +
          "restore into a new, empty database (e.g. `createdb nastavnik_restored`, or an empty NASTAVNIK_DATA_DIR for the embedded one).",
      );
    }
  } finally {
    await client.end();
  }

  const ours = new Set(manifest.files.map((f) => f.key));
  const foreignObjects: string[] = [];
  for await (const object of storage.list()) {
    if (!ours.has(object.key)) foreignObjects.push(object.key);
    if (foreignObjects.length >= 5) break;
  }
  if (foreignObjects.length) {
    throw new BackupError(
      `The target storage (${storage.kind}) is not empty: it holds objects that are not in the archive (${foreignObjects.join(", ")}…). ` +
        "Restore into an empty storage: a new NASTAVNIK_DATA_DIR for the local driver, a new bucket for S3.",
    );
  }
}

async function writeFiles(archive: OpenedArchive, storage: StorageDriver, log: Log): Promise<void> {
  for (const file of archive.manifest.files) {
    const bytes = await archive.read(file.path);
    await storage.put(file.key, bytes, { contentType: file.mimeType });
    // Read back: the object must be in the storage as it was backed up.
    await storage.get(file.key, { sha256: file.sha256 });
  }
  log(`  ${archive.manifest.files.length} stored files written and read back (${storage.kind})`);
}

/** Every table's rows in one transaction; the counts are checked before it commits. */
async function loadRows(archive: OpenedArchive, databaseUrl: string, log: Log): Promise<number> {
  const { manifest } = archive;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.role', 'system', true)");
    await client.query(sessionSettings);
    const targets = new Map((await readTables(client)).map((t) => [t.name, t]));
    assertSameTables(manifest, targets);

    let total = 0;
    for (const part of manifest.tables) {
      const target = targets.get(part.name)!;
      const loaded = await loadTable(client, archive, part, target);
      const counted = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(part.name)}`)).rows[0].n);
      if (loaded !== part.rows || counted !== part.rows) {
        throw new BackupError(`${part.name}: the manifest lists ${part.rows} rows, ${loaded} were read and ${counted} are in the table. Nothing was restored.`);
      }
      total += counted;
      log(`  ${part.name}: ${counted} rows`);
    }
    for (const sequence of manifest.sequences) {
      if (sequence.lastValue === null) continue;
      await client.query(`SELECT setval(format('%I.%I', current_schema(), $1::text)::regclass, $2::bigint, true)`, [sequence.name, sequence.lastValue]);
    }
    // A materialized view the migrations filled (WITH DATA) was filled from empty tables: refill it.
    // One created WITH NO DATA stays so; the platform fills it when it first needs it.
    const views = await client.query<{ name: string }>(`SELECT matviewname AS name FROM pg_matviews WHERE schemaname = current_schema() AND ispopulated`);
    for (const view of views.rows) await client.query(`REFRESH MATERIALIZED VIEW ${ident(view.name)}`);
    await client.query("COMMIT");
    return total;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function assertSameTables(manifest: TManifest, targets: Map<string, Table>): void {
  const problems: string[] = [];
  for (const part of manifest.tables) {
    const target = targets.get(part.name);
    if (!target) {
      problems.push(`${part.name}: no such table in the target`);
      continue;
    }
    const want = part.columns.map((c) => c.name).sort().join(", ");
    const have = target.columns.map((c) => c.name).sort().join(", ");
    if (want !== have) problems.push(`${part.name}: columns (${want}) in the archive, (${have}) in the target`);
  }
  for (const name of targets.keys()) if (!manifest.tables.some((t) => t.name === name)) problems.push(`${name}: not in the archive`);
  if (problems.length) {
    throw new BackupError(["The target's tables, made by the migrations, differ from the archive's:", ...problems.map((p) => `  ${p}`)].join("\n"));
  }
}

async function loadTable(client: pg.Client, archive: OpenedArchive, part: TManifest["tables"][number], target: Table): Promise<number> {
  const types = new Map(target.columns.map((c) => [c.name, c.type]));
  const names = part.columns.map((c) => ident(c.name)).join(", ");
  const values = part.columns.map((c, i) => `(r->>${i})::${types.get(c.name)}`).join(", ");
  const sql = `INSERT INTO ${ident(part.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS r`;
  // A table whose rows reference each other is loaded in one statement: its foreign key is checked
  // at the end of the statement, when every row is there.
  const maxRows = target.referencesItself ? Infinity : BATCH_ROWS;
  let batch: string[] = [];
  let bytes = 0;
  let loaded = 0;
  const flush = async () => {
    if (!batch.length) return;
    await client.query(sql, [`[${batch.join(",")}]`]);
    loaded += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const line of archive.lines(part.path)) {
    batch.push(line);
    bytes += line.length;
    if (batch.length >= maxRows || (bytes >= BATCH_BYTES && !target.referencesItself)) await flush();
  }
  await flush();
  return loaded;
}
