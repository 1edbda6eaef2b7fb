/**
 * What a backup reads from the database's own catalog, so that it follows the schema the
 * migrations made without a list of tables to keep up to date: the ordinary tables of the current
 * schema with their stored columns, the order their foreign keys allow them to be loaded in, the
 * sequences, and the migrations applied.
 */
import type pg from "pg";
import { BackupError } from "./errors";

/** Prisma's bookkeeping of applied migrations: never dumped, the restore applies the migrations itself. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export type Column = { name: string; type: string };
export type Table = { name: string; columns: Column[]; primaryKey: string[]; referencesItself: boolean };
export type Migration = { name: string; checksum: string };

type Queryable = Pick<pg.ClientBase, "query">;

/** Quotes an identifier for SQL ("Region", "storageKey"). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The ordinary tables of the current schema (not partitions, not the migrations table), parents
 * before the tables whose foreign keys point at them. Generated columns are left out: the database
 * computes them again.
 */
export async function readTables(client: Queryable): Promise<Table[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const columns = await client.query<{ table: string; name: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, NULL) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const references = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
        AND parent.relnamespace = current_schema()::regnamespace`,
  );
  const keys = await client.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname, k.position`,
  );
  const byTable = new Map<string, Table>();
  for (const { name } of tables.rows) byTable.set(name, { name, columns: [], primaryKey: [], referencesItself: false });
  for (const column of columns.rows) byTable.get(column.table)?.columns.push({ name: column.name, type: column.type });
  for (const key of keys.rows) byTable.get(key.table)?.primaryKey.push(key.name);
  const parents = new Map<string, Set<string>>([...byTable.keys()].map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references.rows) {
    if (!byTable.has(child) || !byTable.has(parent)) continue;
    if (child === parent) byTable.get(child)!.referencesItself = true;
    else parents.get(child)!.add(parent);
  }
  return orderByReferences(parents).map((name) => byTable.get(name)!);
}

/**
 * Table names, each after every table it references (Kahn's algorithm, alphabetical among
 * equals so that two backups of one schema list the tables alike). Tables that reference each
 * other in a cycle cannot be loaded one after the other with immediate foreign keys: refused.
 */
export function orderByReferences(parents: Map<string, Set<string>>): string[] {
  const waiting = new Map([...parents].map(([name, set]) => [name, new Set(set)]));
  const ordered: string[] = [];
  while (waiting.size) {
    const ready = [...waiting].filter(([, set]) => set.size === 0).map(([name]) => name).sort();
    if (!ready.length) {
      throw new BackupError(
        `These tables reference each other in a cycle, which a backup cannot order: ${[...waiting.keys()].sort().join(", ")}.`,
      );
    }
    for (const name of ready) {
      waiting.delete(name);
      ordered.push(name);
    }
    for (const set of waiting.values()) for (const name of ready) set.delete(name);
  }
  return ordered;
}

/** Sequences of the current schema with their position (null: never used). */
export async function readSequences(client: Queryable): Promise<Array<{ name: string; lastValue: string | null }>> {
  const result = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences
      WHERE schemaname = current_schema() ORDER BY sequencename`,
  );
  return result.rows;
}

/** The migrations applied to the database (none when it has never been migrated). */
export async function readAppliedMigrations(client: Queryable): Promise<Migration[]> {
  const exists = await client.query<{ found: boolean }>(
    `SELECT to_regclass(format('%I.%I', current_schema(), $1::text)) IS NOT NULL AS found`,
    [MIGRATIONS_TABLE],
  );
  if (!exists.rows[0].found) return [];
  const unfinished = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)} WHERE finished_at IS NULL AND rolled_back_at IS NULL`,
  );
  if (unfinished.rows.length) {
    throw new BackupError(
      `The database has a failed or unfinished migration (${unfinished.rows.map((r) => r.name).join(", ")}); fix it with \`npm run db:migrate\` first.`,
    );
  }
  const applied = await client.query<Migration>(
    `SELECT migration_name AS name, checksum FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return applied.rows;
}
