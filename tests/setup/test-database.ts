// Runs before every test file: gives the file its own fresh, migrated database in DATABASE_URL.
// lib/db.ts creates its client on first use, so the file's code talks to this database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { closeOwnerDb } from "../owner-db";
import { createTestDatabase } from "./databases";

// Files, the mail outbox and the like go to a temporary folder, never the repository's .data/.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "nastavnik-test-data-"));
process.env.NASTAVNIK_DATA_DIR = dataDir;

const database = await createTestDatabase(inject("testDatabase"));
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const holder = globalThis as unknown as { nastavnikPrisma?: { $disconnect(): Promise<void> } };
  await holder.nastavnikPrisma?.$disconnect();
  delete holder.nastavnikPrisma;
  await closeOwnerDb();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});
