/**
 * Opening an archive of `npm run backup` for a restore: unpacked into a temporary folder and
 * verified whole before anything is written anywhere — the manifest against its digest, every part
 * against the SHA-256 and size the manifest lists, and nothing in the archive that the manifest
 * does not list. Only regular files and folders are unpacked (no links, no devices), and tar keeps
 * every path inside the folder.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import * as tar from "tar";
import { BackupError } from "./errors";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, MANIFEST, MANIFEST_DIGEST, ZManifest, type TManifest } from "./manifest";
import { sha256Of } from "./shared";

export type OpenedArchive = {
  manifest: TManifest;
  /** The bytes of a part (a stored file). */
  read(partPath: string): Promise<Buffer>;
  /** The lines of a part (a table), one at a time. */
  lines(partPath: string): AsyncIterable<string>;
  close(): Promise<void>;
};

/** Unpacks and verifies `file`; throws a BackupError that lists what is wrong. */
export async function openArchive(file: string, workDir = os.tmpdir()): Promise<OpenedArchive> {
  const dir = await mkdtemp(path.join(workDir, "nastavnik-restore-"));
  const local = (partPath: string) => path.join(dir, ...partPath.split("/"));
  try {
    const manifest = await unpackAndVerify(file, dir);
    return {
      manifest,
      read: (partPath) => readFile(local(partPath)),
      async *lines(partPath) {
        const input = createReadStream(local(partPath), "utf8");
        try {
          for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
        } finally {
          input.destroy();
        }
      },
      close: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function unpackAndVerify(file: string, dir: string): Promise<TManifest> {
  const name = path.basename(file);
  const size = await stat(file).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) throw new BackupError(`There is no archive at ${file}.`);

  const refusedEntries: string[] = [];
  try {
    await tar.x({
      file,
      cwd: dir,
      strict: true,
      preserveOwner: false,
      filter: (entryPath, entry) => {
        const type = "type" in entry ? entry.type : entry.isDirectory() ? "Directory" : "File";
        if (type === "File" || type === "OldFile" || type === "Directory") return true;
        refusedEntries.push(`${entryPath} (${type})`);
        return false;
      },
    });
  } catch (error) {
    throw new BackupError(
      `The archive ${name} is damaged and cannot be unpacked (${(error as Error).message}). Nothing was restored; use another copy of the backup.`,
    );
  }

  const manifestText = await readFile(path.join(dir, MANIFEST), "utf8").catch(() => null);
  const digestText = await readFile(path.join(dir, MANIFEST_DIGEST), "utf8").catch(() => null);
  if (manifestText === null || digestText === null) {
    throw new BackupError(`${name} is not a backup of the platform (it has no ${MANIFEST} and ${MANIFEST_DIGEST}). Nothing was restored.`);
  }
  if (digestText.trim().split(/\s+/)[0] !== sha256Of(manifestText)) {
    throw new BackupError(`The archive ${name} is damaged: ${MANIFEST} does not match its SHA-256 in ${MANIFEST_DIGEST}. Nothing was restored; use another copy of the backup.`);
  }
  let manifest: TManifest;
  try {
    const parsed = JSON.parse(manifestText) as { format?: unknown; version?: unknown };
    if (parsed.format === ARCHIVE_FORMAT && parsed.version !== ARCHIVE_VERSION) {
      throw new BackupError(`${name} is a backup of format version ${String(parsed.version)}; this version of the platform restores version ${ARCHIVE_VERSION}.`);
    }
    manifest = ZManifest.parse(parsed);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${name} is not a backup of the platform: its manifest cannot be read (${(error as Error).message.slice(0, 300)}).`);
  }

  const problems = refusedEntries.map((entry) => `${entry}: not a regular file`);
  const listed = new Set<string>([MANIFEST, MANIFEST_DIGEST]);
  for (const part of [...manifest.tables, ...manifest.files]) {
    listed.add(part.path);
    const local = path.join(dir, ...part.path.split("/"));
    const info = await stat(local).catch(() => null);
    if (!info?.isFile()) {
      problems.push(`${part.path}: missing`);
      continue;
    }
    if (info.size !== part.bytes) {
      problems.push(`${part.path}: ${info.size} bytes, the manifest says ${part.bytes}`);
      continue;
    }
    if ((await digestOf(local)) !== part.sha256) problems.push(`${part.path}: SHA-256 differs from the manifest`);
  }
  for (const extra of await regularFiles(dir)) if (!listed.has(extra)) problems.push(`${extra}: not listed in the manifest`);
  if (problems.length) {
    throw new BackupError(
      [
        `The archive ${name} is damaged: ${problems.length} of its parts do not match the manifest. Nothing was restored; use another copy of the backup.`,
        ...problems.slice(0, 20).map((p) => `  ${p}`),
        ...(problems.length > 20 ? [`  … and ${problems.length - 20} more`] : []),
      ].join("\n"),
    );
  }
  return manifest;
}

function digestOf(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

async function regularFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await regularFiles(path.join(dir, entry.name), relative)));
    else out.push(relative);
  }
  return out;
}
