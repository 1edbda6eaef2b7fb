// Runs before every test file: gives the file its own fresh, migrated database in DATABASE_URL.
// lib/db.ts creates its client on first use, so the file's code talks to this database.
import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./databases";

const database = await createTestDatabase(inject("testDatabase"));
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const holder = globalThis as unknown as { nastavnikPrisma?: { $disconnect(): Promise<void> } };
  await holder.nastavnikPrisma?.$disconnect();
  delete holder.nastavnikPrisma;
  await database.drop();
});
