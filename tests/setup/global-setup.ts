import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/schema-engine";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { adminQuery, databaseUrl, type TestDatabaseSource } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const template = `nastavnik_test_${process.pid}`;
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}"`);
    await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
    await applyMigrations(databaseUrl(adminUrl, template));
    project.provide("testDatabase", { mode: "postgres", adminUrl, template });
    console.log(`Test databases: clones of ${template} on ${new URL(adminUrl).host}`);
    return async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }

  const embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
  const dir = await mkdtemp(path.join(os.tmpdir(), "nastavnik-test-"));
  const dumpPath = path.join(dir, "migrated.tar.gz");
  try {
    await applyMigrations(embedded.url);
    const dump = await embedded.pglite.dumpDataDir("gzip");
    await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await embedded.stop();
  }
  project.provide("testDatabase", { mode: "embedded", dumpPath });
  console.log("Test databases: embedded PGlite (set DATABASE_URL to test on PostgreSQL)");
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
