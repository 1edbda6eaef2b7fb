/**
 * The consistency check of rows and objects (`npm run files:check`), for either driver:
 * - a StoredFile row without its object is a lost file: reported, never "repaired" (restore it
 *   from a backup);
 * - an object without a row is what a process killed between writing the object and committing
 *   the row leaves: harmless, reported, and removed with --repair once it is older than the grace
 *   period (younger ones may be uploads in flight);
 * - a temporary file of the local driver older than the grace period is a write a crash cut
 *   short: reported, removed with --repair;
 * - with --verify, every object is read and compared with the SHA-256 recorded at upload.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ObjectIntegrityError, ObjectNotFoundError, type ObjectInfo, type StorageDriver } from "@/lib/storage";
import type { LocalStorage } from "@/lib/storage/local";

type Row = { id: string; storageKey: string; sizeBytes: number; sha256: string };

export type FilesReport = {
  driver: StorageDriver["kind"];
  rows: number;
  objects: number;
  rowsWithoutObjects: Row[];
  objectsWithoutRows: ObjectInfo[];
  /** Objects without rows younger than the grace period: probably uploads in flight. */
  recentObjectsWithoutRows: ObjectInfo[];
  sizeMismatches: Array<Row & { actualSizeBytes: number }>;
  /** Only with `verify`. */
  corrupted: Row[];
  staleTemporary: ObjectInfo[];
  removedObjects: string[];
  removedTemporary: string[];
};

export type CheckOptions = {
  db: Pick<PrismaClient, "storedFile">;
  storage: StorageDriver;
  verify?: boolean;
  repair?: boolean;
  /** How old an object without a row must be before it counts (default one hour). */
  graceMs?: number;
  now?: Date;
};

const PAGE = 5000;

async function loadRows(db: CheckOptions["db"]): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  let cursor: string | undefined;
  for (;;) {
    const page = await db.storedFile.findMany({
      select: { id: true, storageKey: true, sizeBytes: true, sha256: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const row of page) rows.set(row.storageKey, row);
    if (page.length < PAGE) return rows;
    cursor = page[page.length - 1].id;
  }
}

function isLocal(storage: StorageDriver): storage is LocalStorage {
  return storage.kind === "local" && "staleTemporary" in storage;
}

export async function checkFiles(options: CheckOptions): Promise<FilesReport> {
  const { db, storage, verify = false, repair = false } = options;
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.graceMs ?? 60 * 60 * 1000));
  // Rows first: an object is always written before its row, so every row read here has its object
  // already in the listing that follows, and a row committed meanwhile only makes a young orphan.
  const rows = await loadRows(db);
  const report: FilesReport = {
    driver: storage.kind,
    rows: rows.size,
    objects: 0,
    rowsWithoutObjects: [],
    objectsWithoutRows: [],
    recentObjectsWithoutRows: [],
    sizeMismatches: [],
    corrupted: [],
    staleTemporary: [],
    removedObjects: [],
    removedTemporary: [],
  };
  const seen = new Set<string>();
  for await (const object of storage.list()) {
    report.objects += 1;
    const row = rows.get(object.key);
    if (!row) {
      (object.modifiedAt < cutoff ? report.objectsWithoutRows : report.recentObjectsWithoutRows).push(object);
      continue;
    }
    seen.add(object.key);
    if (object.sizeBytes !== row.sizeBytes) report.sizeMismatches.push({ ...row, actualSizeBytes: object.sizeBytes });
  }
  for (const row of rows.values()) if (!seen.has(row.storageKey)) report.rowsWithoutObjects.push(row);

  if (verify) {
    for (const row of rows.values()) {
      if (!seen.has(row.storageKey)) continue;
      try {
        await storage.get(row.storageKey, { sha256: row.sha256 });
      } catch (error) {
        if (error instanceof ObjectIntegrityError) report.corrupted.push(row);
        else if (error instanceof ObjectNotFoundError) report.rowsWithoutObjects.push(row);
        else throw error;
      }
    }
  }
  if (isLocal(storage)) report.staleTemporary = await storage.staleTemporary(cutoff);

  if (repair) {
    for (const object of report.objectsWithoutRows) {
      // Asked again just before: a row may have claimed the key since the listing.
      const claimed = await db.storedFile.findUnique({ where: { storageKey: object.key }, select: { id: true } });
      if (claimed) continue;
      // A file someone put there by hand may not even have a valid key: then it stays, reported.
      const removed = await storage.delete(object.key).then(() => true, () => false);
      if (removed) report.removedObjects.push(object.key);
    }
    if (isLocal(storage)) {
      for (const file of report.staleTemporary) {
        await storage.removeTemporary(file.key);
        report.removedTemporary.push(file.key);
      }
    }
  }
  return report;
}

/** Problems still there after the run (what --repair removed no longer counts). */
export function problemsOf(report: FilesReport): number {
  return (
    report.rowsWithoutObjects.length +
    report.sizeMismatches.length +
    report.corrupted.length +
    report.objectsWithoutRows.length -
    report.removedObjects.length +
    report.staleTemporary.length -
    report.removedTemporary.length
  );
}

export function formatReport(report: FilesReport, verify: boolean): string {
  const lines = [
    `Storage: ${report.driver}; ${report.rows} rows, ${report.objects} objects.`,
    ...report.rowsWithoutObjects.map((r) => `LOST     row ${r.id} has no object ${r.storageKey} (restore it from a backup)`),
    ...report.sizeMismatches.map((r) => `SIZE     ${r.storageKey}: row says ${r.sizeBytes} bytes, object has ${r.actualSizeBytes}`),
    ...report.corrupted.map((r) => `CHANGED  ${r.storageKey} (row ${r.id}) does not match its SHA-256`),
    ...report.objectsWithoutRows.map(
      (o) => `${report.removedObjects.includes(o.key) ? "REMOVED " : "ORPHAN  "} ${o.key} (${o.sizeBytes} bytes, ${o.modifiedAt.toISOString()}) has no row`,
    ),
    ...report.staleTemporary.map((t) => `${report.removedTemporary.includes(t.key) ? "REMOVED " : "TEMP    "} ${t.key}: a write cut short`),
  ];
  if (report.recentObjectsWithoutRows.length) {
    lines.push(`(${report.recentObjectsWithoutRows.length} recent objects without rows left alone: uploads may be in flight.)`);
  }
  const problems = problemsOf(report);
  lines.push(
    problems === 0
      ? `OK: every row has its object${verify ? " with the recorded SHA-256" : ""}, every object its row.`
      : `${problems} problem(s).${report.objectsWithoutRows.length + report.staleTemporary.length > report.removedObjects.length + report.removedTemporary.length ? " Run with --repair to remove objects without rows and stale temporary files." : ""}`,
  );
  return lines.join("\n");
}

export const FILES_CHECK_USAGE = `npm run files:check [-- --verify] [-- --repair]
  Lists StoredFile rows without objects and objects without rows; exits with 1 when any is found.
  --verify  also read every object and compare it with the SHA-256 recorded at upload
  --repair  remove objects without rows and temporary files older than an hour`;

/** The command: parses its arguments, checks, prints, and returns the exit code. */
export async function runFilesCheck(
  argv: string[],
  deps: Omit<CheckOptions, "verify" | "repair">,
  log: (line: string) => void = console.log,
): Promise<number> {
  const unknown = argv.filter((arg) => !["--verify", "--repair"].includes(arg));
  if (unknown.length) {
    log(`Unknown argument(s): ${unknown.join(" ")}\n${FILES_CHECK_USAGE}`);
    return 2;
  }
  const verify = argv.includes("--verify");
  const report = await checkFiles({ ...deps, verify, repair: argv.includes("--repair") });
  log(formatReport(report, verify));
  return problemsOf(report) === 0 ? 0 : 1;
}
