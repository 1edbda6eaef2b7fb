/**
 * Migrations without a native engine.
 *
 * The Prisma CLI downloads a native schema engine from a host that offline schools, regional data
 * centres and our own machines cannot reach. Prisma also ships the same engine as WebAssembly
 * (`@prisma/schema-engine-wasm`) that talks to the database through a driver adapter; this module
 * drives it. It is used by `npm run db:migrate`, `npm run db:migration -- <name>`, the start script
 * and the test harness, never by the running web app.
 */
import { readFile, readdir, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let enginePromise: Promise<EngineModule> | undefined;

/** The package targets bundlers; in plain Node we instantiate the .wasm ourselves. */
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(bgPath)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return enginePromise;
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, "utf8");
}

/** Loads prisma/migrations in the shape the engine expects (sorted by directory name). */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const directories = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

const quietLog = () => {};

async function withEngine<T>(
  factory: Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0],
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const mod = await loadEngineModule();
  const schema = await readSchema();
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    quietLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

const noFilters = { externalTables: [], externalEnums: [] };

type ScriptAdapter = {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
};

/**
 * adapter-pg runs a migration script by splitting it on every ";" and sending the pieces one by
 * one: a function body or a string with a semicolon breaks, and a failing statement leaves the
 * ones before it applied. We send the whole script in one simple-protocol query instead, which
 * PostgreSQL runs as one implicit transaction: a migration applies entirely or not at all.
 */
class PrismaPgWholeScripts extends PrismaPg {
  private readonly opened: Array<{ dispose(): Promise<void> }> = [];

  /** The engine does not close its pools; we do, so no connection outlives a command. */
  async disposeAll() {
    await Promise.all(this.opened.splice(0).map((adapter) => adapter.dispose().catch(() => {})));
  }

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    const scripted = adapter as unknown as ScriptAdapter;
    scripted.executeScript = async (script: string) => {
      try {
        await scripted.client.query(script);
      } catch (error) {
        scripted.onError(error);
      }
    };
    return adapter;
  }
}

/** Applies every migration not yet applied to the database at `databaseUrl`; returns their names. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const factory = new PrismaPgWholeScripts({ connectionString: databaseUrl, max: 2 });
  try {
    return await withEngine(factory, async (engine) => {
      const migrationsList = await readMigrations();
      const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return out.appliedMigrationNames;
    });
  } finally {
    await factory.disposeAll();
  }
}

/**
 * The SQL that takes a database built from the migrations to the current schema.prisma. The
 * migrations are replayed on an in-memory PGlite shadow database (see STACK.md: adapter-pg's
 * shadow handling is unreliable). Empty string when the migrations already yield the schema.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const pglite = new PGlite();
  const factory = new PrismaPGlite(pglite);
  try {
    return await withEngine(factory, async (engine) => {
    const migrationsList = await readMigrations();
    const schema = await readSchema();
    const result = await engine.diff({
      from:
        migrationsList.migrationDirectories.length === 0
          ? { tag: "empty" }
          : { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
        filters: noFilters,
      });
      return normaliseScript(result.stdout ?? "");
    });
  } finally {
    await pglite.close();
  }
}

function normaliseScript(sql: string): string {
  const trimmed = sql.trim();
  return trimmed === "-- This is an empty migration." || trimmed === "" ? "" : trimmed + "\n";
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its path, or null if nothing changed. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${slug}`);
  await mkdir(dir, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    await writeFile(lockPath, '# Please do not edit this file manually\nprovider = "postgresql"\n');
  }
  const file = path.join(dir, "migration.sql");
  await writeFile(file, sql);
  return file;
}
