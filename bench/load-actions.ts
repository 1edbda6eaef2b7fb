/**
 * Server actions over plain HTTP for the load benchmark (bench/load.ts): the action ids of the
 * production build, request bodies encoded as React encodes a call, and what an action answered.
 * The same wire format as the audit walker's (tests/e2e/actions-audit.spec.ts); here the bodies
 * must be Buffers built synchronously, because autocannon builds each request in a sync callback.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestEntry = { filename: string; exportedName: string };

/** "file#export" → action id, from Next's server-reference manifest of the build in `root`. */
export function actionIds(root: string): Map<string, string> {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

export function actionId(ids: Map<string, string>, key: string): string {
  // Next names files from the root it infers, which is a parent folder when one holds a lockfile.
  const id = ids.get(key) ?? [...ids.entries()].find(([name]) => name.endsWith(`/${key}`))?.[1];
  if (!id) throw new Error(`The build has no server action ${key}`);
  return id;
}

/** React escapes strings that start with "$" (they would read as references). */
const escapeDollar = (_key: string, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value);

export type EncodedCall = { headers: Record<string, string>; body: Buffer };

function callHeaders(actionIdValue: string, origin: string, cookie: string | null): Record<string, string> {
  const headers: Record<string, string> = { "Next-Action": actionIdValue, Accept: "text/x-component", Origin: origin };
  if (cookie) headers.Cookie = cookie;
  return headers;
}

/** A call with plain arguments: JSON as text/plain. */
export function jsonCall(actionIdValue: string, origin: string, cookie: string | null, args: unknown[]): EncodedCall {
  const body = Buffer.from(JSON.stringify(args, escapeDollar), "utf8");
  const headers = callHeaders(actionIdValue, origin, cookie);
  headers["Content-Type"] = "text/plain;charset=UTF-8";
  return { headers, body };
}

/**
 * A call whose one argument is FormData (string fields only): multipart with the fields under
 * "_1_<name>" and then the arguments `["$K1"]` under "0", as React 19's reply encoder sends it.
 */
export function formDataCall(actionIdValue: string, origin: string, cookie: string | null, fields: Record<string, string>): EncodedCall {
  const boundary = `----nastavnikload${randomBytes(8).toString("hex")}`;
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  // The root goes last, as the browser sends it: the server resolves "$K1" from the fields before it.
  const parts = [...Object.entries(fields).map(([name, value]) => part(`_1_${name}`, value)), part("0", JSON.stringify(["$K1"]))];
  const body = Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8");
  const headers = callHeaders(actionIdValue, origin, cookie);
  headers["Content-Type"] = `multipart/form-data; boundary=${boundary}`;
  return { headers, body };
}

/** What an action answered: its ActionResult, a redirect, or an HTTP failure. */
export type ActionOutcome =
  | { kind: "result"; ok: true; data: unknown }
  | { kind: "result"; ok: false; message: string; fieldErrors: unknown }
  | { kind: "redirect"; location: string }
  | { kind: "http"; status: number };

/** Reads a React Flight response: rows of "<hex id>:<json>"; the action's result is the row with `ok`. */
export function actionOutcome(status: number, headers: Record<string, string>, body: string): ActionOutcome {
  const redirect = headers["x-action-redirect"];
  if (redirect) return { kind: "redirect", location: redirect };
  if (status >= 300 && status < 400) return { kind: "redirect", location: headers.location ?? "" };
  if (status !== 200) return { kind: "http", status };
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{"ok":.*\})$/.exec(line);
    if (!match) continue;
    try {
      const row = JSON.parse(match[1]) as { ok: boolean; data?: unknown; message?: string; fieldErrors?: unknown };
      return row.ok ? { kind: "result", ok: true, data: row.data } : { kind: "result", ok: false, message: String(row.message), fieldErrors: row.fieldErrors };
    } catch {
      // not this row
    }
  }
  return { kind: "http", status };
}

/** Header names in lower case (autocannon keeps them as the server sent them). */
export function lowerCaseHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  return out;
}
