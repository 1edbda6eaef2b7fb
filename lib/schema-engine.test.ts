import { describe, expect, it } from "vitest";
import pg from "pg";
import { applyMigrations, diffMigrationsToSchema, readMigrations } from "./schema-engine";

describe("migrations through the WebAssembly schema engine", () => {
  it("applying every migration to an empty database yields exactly schema.prisma", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 120_000); // replays every migration on an in-memory PGlite: slow on a loaded machine

  it("records every migration once, and a second run applies nothing", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await applyMigrations(url)).toEqual([]);
    const { migrationDirectories } = await readMigrations();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
    } finally {
      await client.end();
    }
  });
});
