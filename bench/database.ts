/**
 * A fresh, migrated database for a benchmark: a new database on the PostgreSQL of DATABASE_URL
 * (dropped afterwards), or else an embedded in-memory PGlite served on a free port.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { applyMigrations } from "@/lib/schema-engine";

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type BenchDatabase = { url: string; kind: string; drop(): Promise<void> };

export async function freshDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `nastavnik_bench_${randomBytes(4).toString("hex")}`;
    await admin(adminUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    return { url: url.toString(), kind: `PostgreSQL (${url.host})`, drop: () => admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: null, port: 0 });
  await applyMigrations(embedded.url);
  return { url: embedded.url, kind: "встроенная PGlite", drop: () => embedded.stop() };
}

/** Runs `body` with the one Prisma client pointed at a fresh database, then drops it. */
export async function withFreshDatabase<T>(body: (kind: string) => Promise<T>): Promise<T> {
  const database = await freshDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "nastavnik-bench-"));
  const previous = { url: process.env.DATABASE_URL, dataDir: process.env.NASTAVNIK_DATA_DIR };
  process.env.DATABASE_URL = database.url;
  process.env.NASTAVNIK_DATA_DIR = dataDir;
  try {
    return await body(database.kind);
  } finally {
    const holder = globalThis as unknown as { nastavnikPrisma?: { $disconnect(): Promise<void> } };
    await holder.nastavnikPrisma?.$disconnect();
    delete holder.nastavnikPrisma;
    process.env.DATABASE_URL = previous.url;
    process.env.NASTAVNIK_DATA_DIR = previous.dataDir;
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
