/**
 * Test databases, always real ones, built from the migrations:
 * - with DATABASE_URL (PostgreSQL, as in CI): a template database migrated once per run, and a
 *   fresh clone (CREATE DATABASE … TEMPLATE) for every test file;
 * - without it: an in-memory PGlite migrated once, dumped, and loaded into a fresh PGlite served
 *   over the wire protocol for every test file.
 */
import pg from "pg";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";

export type TestDatabaseSource =
  | { mode: "postgres"; adminUrl: string; template: string }
  | { mode: "embedded"; dumpPath: string };

export type TestDatabase = { url: string; drop(): Promise<void> };

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(source: TestDatabaseSource, label = "t"): Promise<TestDatabase> {
  if (source.mode === "postgres") {
    const name = `${source.template}_${label}_${randomBytes(4).toString("hex")}`;
    await adminQuery(source.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${source.template}"`);
    return {
      url: databaseUrl(source.adminUrl, name),
      drop: () => adminQuery(source.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dump = new Blob([await readFile(source.dumpPath)]);
  const embedded = await startEmbeddedPostgres({ dataDir: null, port: 0, loadDataDir: dump });
  return { url: embedded.url, drop: () => embedded.stop() };
}
