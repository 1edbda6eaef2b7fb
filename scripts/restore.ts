// npm run restore <archive.tar.gz>: an archive of `npm run backup` into an EMPTY database
// (DATABASE_URL, or the embedded one under NASTAVNIK_DATA_DIR) and an empty storage
// (STORAGE_DRIVER). The archive is verified first; see lib/backup/restore.ts.
import path from "node:path";
import { BackupError } from "../lib/backup/errors";
import { restoreBackup } from "../lib/backup/restore";
import { storage } from "../lib/storage";
import { withDatabaseUrl } from "./database";

const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.length !== 1 || args[0] === "--help" || args[0] === "-h") {
  console.log("Usage: npm run restore -- <file.tar.gz>   (into an empty database and an empty storage)");
  process.exit(args.length === 1 ? 0 : 2);
}
const archive = path.resolve(args[0]);

withDatabaseUrl(async (url) => {
  const started = Date.now();
  const summary = await restoreBackup({ archive, databaseUrl: url, storage: storage(), log: (line) => console.log(line) });
  console.log(
    `Restored in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.tables} tables, ${summary.rows} rows, ${summary.files} files ` +
      `as of ${summary.manifest.createdAt}.`,
  );
}).then(
  () => process.exit(0),
  (error) => {
    if (error instanceof BackupError) console.error(`Restore refused: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
