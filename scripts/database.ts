// Gives a script a database URL: DATABASE_URL when set, otherwise the embedded PGlite database
// under NASTAVNIK_DATA_DIR (.data/pglite), served for as long as the script runs.
import path from "node:path";
import { config } from "../lib/config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-postgres";

export async function openDatabase(): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, "pglite"),
    port: config.embeddedDbPort,
  });
  return { url: embedded.url, embedded };
}

export async function withDatabaseUrl<T>(run: (url: string) => Promise<T>): Promise<T> {
  const { url, embedded } = await openDatabase();
  try {
    return await run(url);
  } finally {
    await embedded?.stop();
  }
}
