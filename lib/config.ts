/**
 * The one place that reads the environment (with lib/db.ts for the connection). Every variable is
 * documented in the README under "Configuration".
 */
import path from "node:path";

export const config = {
  /** PostgreSQL connection string. Unset: the start script serves an embedded PGlite database. */
  databaseUrl: process.env.DATABASE_URL || undefined,
  /** Where local state lives: the embedded database, stored files, the mail outbox. */
  dataDir: path.resolve(process.env.NASTAVNIK_DATA_DIR || ".data"),
  /** Port of the embedded PostgreSQL server (127.0.0.1 only). 5432 is often taken by a real one. */
  embeddedDbPort: Number(process.env.EMBEDDED_DB_PORT || 54329),
  /** Port of the web server. */
  port: Number(process.env.PORT || 3000),
  /** Connections in the pool of each app instance. */
  dbPoolSize: Number(process.env.DB_POOL_SIZE || 10),
} as const;
