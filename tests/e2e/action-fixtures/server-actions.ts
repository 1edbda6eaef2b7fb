/**
 * Calling the server actions of the production build over HTTP, as the browser does, and
 * watching what a call changed in the database. Shared by the audit walker
 * (tests/e2e/actions-audit.spec.ts), the hostile-input test (tests/e2e/hostile-actions.spec.ts)
 * and, through tests/e2e/server-actions.ts, the CSRF test.
 */
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import pg from "pg";
import { FIXTURES } from "./index";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
export type BuiltAction = { id: string; key: string; path: string };

/** Every server action of the build (Next's server-reference manifest), by "file#export". */
export function actionsOfBuild(): BuiltAction[] {
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

/** Fixtures that build on others (invite → resend → disable) run after them. */
export function inDependencyOrder<T extends { key: string }>(actions: T[]): T[] {
  const done = new Set<string>();
  const ordered: T[] = [];
  const visit = (action: T, depth = 0) => {
    if (done.has(action.key) || depth > actions.length) return;
    for (const before of FIXTURES[action.key]?.after ?? []) {
      const dependency = actions.find((a) => a.key === before);
      if (dependency) visit(dependency, depth + 1);
    }
    done.add(action.key);
    ordered.push(action);
  };
  actions.forEach((action) => visit(action));
  return ordered;
}

/**
 * Arguments as React encodes a server action call: JSON, or — when an argument is FormData (file
 * uploads) — multipart with the FormData's fields under "_<id>_" and "$K<id>" in the JSON, the
 * root under "0" (React 19.3's ReactFlightReplyClient). A string that starts with "$" is escaped
 * as "$$…", as React does, so that it arrives as the same string and not as a reference.
 */
export function encodeArgs(args: unknown[]): { data: string } | { multipart: FormData } {
  let form: FormData | null = null;
  let nextId = 1;
  const json = JSON.stringify(args, (_key, value: unknown) => {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
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
 * null to send none (Playwright's request context adds none by itself; tests/e2e/csrf.spec.ts).
 */
export function postServerAction(request: APIRequestContext, action: { id: string; path: string }, args: unknown[], origin: string | null): Promise<APIResponse> {
  const body = encodeArgs(args);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component" };
  if (origin !== null) headers.Origin = origin;
  if ("data" in body) headers["Content-Type"] = "text/plain;charset=UTF-8";
  return request.post(action.path, { headers, ...body, maxRedirects: 0 });
}

/** A call from the platform's own pages (Origin: the platform). */
export function callAction(request: APIRequestContext, baseURL: string, action: { id: string; path: string }, args: unknown[]) {
  return postServerAction(request, action, args, baseURL);
}

/** What an action answered, read from its React Flight response. */
export type ActionOutcome =
  | { kind: "result"; ok: true; data: unknown }
  | { kind: "result"; ok: false; message: unknown; fieldErrors: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "http"; status: number; body: string };

export async function readOutcome(response: APIResponse): Promise<ActionOutcome> {
  const status = response.status();
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { kind: "redirect", location: redirect };
  if (status >= 300 && status < 400) return { kind: "redirect", location: response.headers().location ?? "" };
  const body = await response.text();
  if (status !== 200) return { kind: "http", status, body };
  // Rows of "<hex id>:<json>"; the action's return value is the row with `ok`.
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const row = JSON.parse(match[1]) as Record<string, unknown>;
      if (row.ok === true) return { kind: "result", ok: true, data: row.data };
      if (row.ok === false) return { kind: "result", ok: false, message: row.message, fieldErrors: row.fieldErrors };
    } catch {
      // another row (Next's own metadata), or a string that is not JSON
    }
  }
  return { kind: "http", status, body };
}

/** Tables whose rows change on a refused request by design: sign-in attempts, sessions, the audit log. */
export const BOOKKEEPING_TABLES = ["AuditEvent", "LoginAttempt", "Session"];

/**
 * Fingerprints of the database, one prepared query for all tables over one connection: per table
 * its row count and the newest row version (max xmin: every insert and update writes a row version
 * of the writing transaction, a delete lowers the count), and the same for one region's rows, to
 * see a write into another tenant. Cheap enough to take after every request.
 */
let watches = 0;

export class DatabaseWatch {
  private client: pg.Client | null = null;
  private sql: string | null = null;
  // Its own name: on the embedded database every connection shares one backend, and with it the
  // prepared statements of a watch that an earlier test left open.
  private readonly statement = `fingerprint_${process.pid}_${(watches += 1)}`;

  constructor(private readonly url = process.env.E2E_DATABASE_URL) {}

  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!this.client) {
      this.client = new pg.Client({ connectionString: this.url });
      await this.client.connect();
    }
    return (await this.client.query<T>(sql, params)).rows;
  }

  /** Table → "count:newest version:region's count/newest version" (the region's part empty without `regionId`). */
  async fingerprint(regionId: string | null = null): Promise<Record<string, string>> {
    if (!this.sql) {
      const tables = await this.query<{ name: string; regional: boolean }>(
        `SELECT t.table_name AS name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'regionId') AS regional
           FROM information_schema.tables t
          WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations' ORDER BY 1`,
      );
      const version = "coalesce(max(t.xmin::text::bigint)";
      this.sql = tables
        .map(({ name, regional }) => {
          const region = regional ? `count(*) FILTER (WHERE t."regionId" = $1::text) || '/' || ${version} FILTER (WHERE t."regionId" = $1::text), 0)` : "''";
          return `SELECT '${name}' AS name, count(*) || ':' || ${version}, 0) || ':' || ${region} AS h FROM "${name}" t`;
        })
        .join(" UNION ALL ");
    }
    if (!this.client) await this.query("SELECT 1");
    const { rows } = await this.client!.query<{ name: string; h: string }>({ name: this.statement, text: this.sql, values: [regionId ?? ""] });
    return Object.fromEntries(rows.map((row) => [row.name, row.h]));
  }

  async close() {
    await this.client?.end();
    this.client = null;
  }
}

/** Tables whose fingerprint differs, `ignore` left out. */
export function changedTables(before: Record<string, string>, after: Record<string, string>, ignore: string[] = []): string[] {
  return Object.keys(after).filter((table) => after[table] !== before[table] && !ignore.includes(table));
}

/** Tables whose rows of the region (the fingerprint's third part) differ. */
export function changedInRegion(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => after[table].split(":")[2] !== before[table]?.split(":")[2]);
}
