/**
 * For the CSRF test (tests/e2e/csrf.spec.ts): the build's actions and how to post to them (from
 * tests/e2e/action-fixtures/server-actions.ts, shared with the audit walker and the hostile-input
 * test), and a snapshot of every table by content — stricter than the walker's row-version
 * fingerprint, since here nothing at all may change.
 */
import { queryE2eDatabase } from "./fixtures";

export { actionsOfBuild as serverActionsOfBuild, postServerAction, type BuiltAction } from "./action-fixtures/server-actions";

let snapshotSql: string | null = null;

/**
 * Every table of the database as «rows, digest of all rows» (one query): two snapshots differ in a
 * table exactly when a row was added, removed or changed there.
 */
export async function snapshotDatabase(): Promise<Record<string, string>> {
  if (!snapshotSql) {
    const tables = await queryE2eDatabase<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    snapshotSql = tables
      .map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS h FROM "${name}" t`)
      .join(" UNION ALL ");
  }
  const rows = await queryE2eDatabase<{ name: string; n: number; h: string }>(snapshotSql);
  return Object.fromEntries(rows.map((row) => [row.name, `${row.n} rows, ${row.h}`]));
}

/** The tables whose rows differ between two snapshots, with both states. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table] ?? "absent"} → ${after[table] ?? "absent"}`);
}
