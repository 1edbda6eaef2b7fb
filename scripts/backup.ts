// npm run backup [-- <archive.tar.gz>]: the database (DATABASE_URL, or the embedded one when no
// platform holds it) and the stored files (STORAGE_DRIVER) at one moment, in one archive with the
// SHA-256 of every part. See lib/backup and docs/decisions/008-backups.md.
import path from "node:path";
import { createBackup } from "../lib/backup/create";
import { BackupError } from "../lib/backup/errors";
import { storage } from "../lib/storage";
import { withDatabaseUrl } from "./database";

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.includes("--help") || args.includes("-h") || args.length > 1) {
  console.log("Usage: npm run backup [-- <file.tar.gz>]   (default: ./nastavnik-backup-<UTC time>.tar.gz)");
  process.exit(args.length > 1 ? 2 : 0);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");
const out = path.resolve(args[0] ?? `nastavnik-backup-${stamp}.tar.gz`);

withDatabaseUrl(async (url) => {
  console.log(`Backing up the database and the ${storage().kind} storage to ${out}`);
  const started = Date.now();
  const summary = await createBackup({ databaseUrl: url, storage: storage(), out, log: (line) => console.log(line) });
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.tables} tables, ${summary.rows} rows, ${summary.files} files, ` +
      `${(summary.bytes / 1024 / 1024).toFixed(1)} MB written to ${summary.out}`,
  );
}).then(
  () => process.exit(0),
  (error) => {
    if (error instanceof BackupError) console.error(`Backup failed: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
