/**
 * Calling server actions over HTTP as the browser does, and seeing what a request wrote: shared by
 * the browser tests that post to actions directly (tests/e2e/csrf.spec.ts). The action list comes
 * from the production build's server-reference manifest, so a new action is covered without a
 * change here.
 */
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { queryE2eDatabase } from "./fixtures";

export type BuiltAction = { id: string; key: string; path: string };

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** Every server action of the build, keyed `file#export`, with a page that holds it. */
export function serverActionsOfBuild(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      // Post from a page that holds the action: the first one without dynamic segments.
      const page = Object.keys(entry.workers).find((worker) => !worker.includes("[")) ?? "app/page";
      const path = page.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
      return { id, key: `${entry.filename}#${entry.exportedName}`, path };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The arguments as React encodes a server action call: JSON, or — when an argument is FormData —
 * multipart with the FormData's fields under "_<id>_" and "$K<id>" in the JSON, the root under "0".
 */
function encodeArgs(args: unknown[]): { data: string } | { multipart: FormData } {
  let form: FormData | null = null;
  let nextId = 1;
  const json = JSON.stringify(args, (_key, value) => {
    if (!(value instanceof FormData)) return value;
    const parts = (form ??= new FormData());
    const id = nextId++;
    value.forEach((entry, name) => parts.append(`_${id}_${name}`, entry));
    return `$K${id.toString(16)}`;
  });
  if (!form) return { data: json };
  (form as FormData).set("0", json);
  return { multipart: form };
}

/**
 * Posts to an action with the request context's cookies. `origin`: the Origin header to send, or
 * null to send none (Playwright's request context adds none by itself).
 */
export function postServerAction(request: APIRequestContext, action: Pick<BuiltAction, "id" | "path">, args: unknown[], origin: string | null): Promise<APIResponse> {
  const body = encodeArgs(args);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component" };
  if (origin !== null) headers.Origin = origin;
  if ("data" in body) headers["Content-Type"] = "text/plain;charset=UTF-8";
  return request.post(action.path, { headers, ...body, maxRedirects: 0 });
}

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
