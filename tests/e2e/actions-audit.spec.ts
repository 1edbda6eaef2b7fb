/**
 * Walks every server action of the production build (from Next's server-reference manifest) and
 * calls it over HTTP as the browser would, as a signed-in user where it needs one. Whatever an
 * action changes in the database, it must record an audit event in the same request. An action
 * without a fixture here fails the test, so a new action cannot slip past the audit.
 */
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { FIXTURES } from "./action-fixtures";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

function actionsOfBuild(): Array<{ id: string; key: string; path: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // Post from a page that holds the action: the first one without dynamic segments.
    const page = Object.keys(entry.workers).find((worker) => !worker.includes("[")) ?? "app/page";
    const path = page.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
    return { id, key: `${entry.filename}#${entry.exportedName}`, path };
  });
}

let fingerprintSql: string | null = null;

/** A fingerprint of every table, to see what a request changed (one query for all tables). */
async function fingerprint(): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const tables = await queryE2eDatabase<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    fingerprintSql = tables
      .map(({ name }) => `SELECT '${name}' AS name, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS h FROM "${name}" t`)
      .join(" UNION ALL ");
  }
  const rows = await queryE2eDatabase<{ name: string; h: string }>(fingerprintSql);
  return Object.fromEntries(rows.map((row) => [row.name, row.h]));
}

/** Fixtures that build on others (invite → resend → disable) run after them. */
function inDependencyOrder<T extends { key: string }>(actions: T[]): T[] {
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
 * root under "0" (React 19.3's ReactFlightReplyClient).
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

async function callAction(request: APIRequestContext, baseURL: string, action: { id: string; path: string }, args: unknown[]) {
  const body = encodeArgs(args);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL };
  if ("data" in body) headers["Content-Type"] = "text/plain;charset=UTF-8";
  return request.post(action.path, { headers, ...body, maxRedirects: 0 });
}

test("every server action that writes records an audit event", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const actions = actionsOfBuild().sort((a, b) => a.key.localeCompare(b.key));
  const missing = actions.filter((action) => !FIXTURES[action.key]).map((action) => action.key);
  expect(missing, "server actions without a fixture in tests/e2e/actions-audit.spec.ts").toEqual([]);

  const report: string[] = [];
  for (const action of inDependencyOrder(actions)) {
    const fixture = FIXTURES[action.key];
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    if (fixture.actor) await signIn(page, fixture.actor);
    const args = await fixture.args();
    const before = await fingerprint();
    const response = await callAction(context.request, baseURL!, action, args);
    expect(response.status(), `${action.key}: ${await response.text()}`).toBeLessThan(500);
    const after = await fingerprint();
    const changed = Object.keys(after).filter((table) => after[table] !== before[table] && table !== "AuditEvent");
    const audited = after.AuditEvent !== before.AuditEvent;
    report.push(`${action.key}: changed [${changed.join(", ")}], audit ${audited ? "recorded" : "none"}`);
    if (fixture.readOnly) {
      expect(changed, `${action.key} is read-only but changed ${changed.join(", ")}`).toEqual([]);
    } else {
      // A fixture that changes nothing proves nothing: each must make its action write.
      expect(changed.length, `${action.key}: the fixture made it change nothing`).toBeGreaterThan(0);
      expect(audited, `${action.key} changed ${changed.join(", ")} without an audit event`).toBe(true);
    }
    await context.close();
  }
  console.log(report.join("\n"));
});
