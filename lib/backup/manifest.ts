/**
 * The archive of `npm run backup`: a gzipped tar of
 *   manifest.json          what is in it, with the SHA-256 and size of every other part;
 *   manifest.sha256        the SHA-256 of manifest.json itself;
 *   database/NNN-<table>.jsonl   the rows of one table, one JSON array of column texts per line;
 *   files/<storage key>    the stored objects, byte for byte.
 * A column's text is PostgreSQL's own output of the value (what COPY writes) or null, so every
 * type comes back exactly through its input function.
 */
import { z } from "zod";

export const ARCHIVE_FORMAT = "nastavnik-backup";
export const ARCHIVE_VERSION = 1;
export const MANIFEST = "manifest.json";
export const MANIFEST_DIGEST = "manifest.sha256";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const part = z.object({ path: z.string().min(1), sha256, bytes: z.number().int().nonnegative() });

export const ZManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
  source: z.object({ server: z.string(), storage: z.enum(["local", "s3"]) }),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(
    part.extend({
      name: z.string().min(1),
      columns: z.array(z.object({ name: z.string().min(1), type: z.string().min(1) })).min(1),
      rows: z.number().int().nonnegative(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string().nullable() })),
  files: z.array(
    part.extend({
      key: z.string().min(1),
      mimeType: z.string(),
    }),
  ),
});

export type TManifest = z.infer<typeof ZManifest>;

export function tablePartPath(index: number, table: string): string {
  return `database/${String(index + 1).padStart(3, "0")}-${table.replace(/[^A-Za-z0-9_]/g, "_")}.jsonl`;
}

export function filePartPath(key: string): string {
  return `files/${key}`;
}
