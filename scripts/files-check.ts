// npm run files:check: are the StoredFile rows and the stored objects the same set? See
// lib/files/check.ts. Uses DATABASE_URL (or the embedded database, when no platform holds it) and
// the configured storage driver (STORAGE_DRIVER).
import { createPrismaClient } from "../lib/db";
import { runFilesCheck } from "../lib/files/check";
import { storage } from "../lib/storage";
import { withDatabaseUrl } from "./database";

withDatabaseUrl(async (url) => {
  const client = createPrismaClient(url, 2);
  try {
    return await runFilesCheck(process.argv.slice(2), { db: client, storage: storage() });
  } finally {
    await client.$disconnect();
  }
}).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(3);
  },
);
