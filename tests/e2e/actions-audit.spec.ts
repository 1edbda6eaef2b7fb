/**
 * Walks every server action of the production build (from Next's server-reference manifest) and
 * calls it over HTTP as the browser would, as a signed-in user where it needs one. Whatever an
 * action changes in the database, it must record an audit event in the same request. An action
 * without a fixture here fails the test, so a new action cannot slip past the audit.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { expect, queryE2eDatabase, test } from "./fixtures";
import { signIn } from "./helpers";

type Fixture = {
  actor: string | null; // e-mail of the demo account that calls it, or null for a visitor
  args: () => Promise<unknown[]>;
};

const NEW_PASSWORD = "Надёжный-пароль-для-проверки-2026";
const token = () => randomBytes(32).toString("base64url");
const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

async function one<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await queryE2eDatabase<T>(sql, params);
  expect(rows.length, sql).toBeGreaterThan(0);
  return rows[0];
}

async function userId(email: string) {
  return (await one<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email])).id;
}

/** A one-time link stored as the platform stores it (only the hash); returns the raw token. */
async function insertToken(email: string, kind: "INVITATION" | "PASSWORD_RESET") {
  const raw = token();
  await queryE2eDatabase(
    `INSERT INTO "AuthToken" (id, "userId", kind, "tokenHash", "expiresAt", "createdAt")
     VALUES ($1, $2, $3, $4, now() + interval '1 hour', now())`,
    [`walker-${randomBytes(6).toString("hex")}`, await userId(email), kind, sha256(raw)],
  );
  return raw;
}

const INVITED = "walker.mentor@nastavnik.example";

const FIXTURES: Record<string, Fixture> = {
  "lib/auth/actions.ts#signInAction": {
    actor: null,
    args: async () => [{ email: "gym2@nastavnik.example", password: DEMO_PASSWORD }],
  },
  "lib/auth/actions.ts#signOutAction": { actor: "ongudai@nastavnik.example", args: async () => [] },
  "lib/auth/actions.ts#switchRoleAction": {
    actor: "tenga@nastavnik.example",
    args: async () => {
      const curator = await one<{ id: string; schoolId: string; regionId: string; municipalityId: string; userId: string }>(
        `SELECT id, "schoolId", "regionId", "municipalityId", "userId" FROM "RoleAssignment"
          WHERE "userId" = (SELECT id FROM "User" WHERE email = 'tenga@nastavnik.example') LIMIT 1`,
      );
      const id = `walker-ra-${randomBytes(4).toString("hex")}`;
      await queryE2eDatabase(
        `INSERT INTO "RoleAssignment" (id, "userId", role, "regionId", "municipalityId", "schoolId", "createdAt")
         VALUES ($1, $2, 'MENTOR', $3, $4, $5, now())`,
        [id, curator.userId, curator.regionId, curator.municipalityId, curator.schoolId],
      );
      return [{ assignmentId: id }];
    },
  },
  "lib/users/actions.ts#invitableParticipantsAction": {
    actor: "curator@nastavnik.example",
    args: async () => [{ schoolId: (await one<{ id: string }>(`SELECT id FROM "School" WHERE name LIKE '%СОШ №51%'`)).id }],
  },
  "lib/users/actions.ts#inviteUserAction": {
    actor: "curator@nastavnik.example",
    args: async () => {
      const participant = await one<{ id: string }>(
        `SELECT p.id FROM "Participant" p JOIN "School" s ON s.id = p."schoolId"
          WHERE s.name LIKE '%СОШ №51%' AND p.kind = 'TEACHER' AND p."userId" IS NULL AND p."archivedAt" IS NULL
          ORDER BY p.id LIMIT 1`,
      );
      return [{ email: INVITED, fullName: "Проверкин Пётр Петрович", role: "MENTOR", targetId: participant.id }];
    },
  },
  "lib/users/actions.ts#resendInvitationAction": {
    actor: "curator@nastavnik.example",
    args: async () => [{ userId: await userId(INVITED) }],
  },
  "lib/users/actions.ts#setUserActiveAction": {
    actor: "curator@nastavnik.example",
    args: async () => [{ userId: await userId(INVITED), active: false }],
  },
  "lib/users/actions.ts#acceptInvitationAction": {
    actor: null,
    args: async () => {
      const id = `walker-user-${randomBytes(4).toString("hex")}`;
      const email = `${id}@nastavnik.example`;
      await queryE2eDatabase(
        `INSERT INTO "User" (id, email, "fullName", "isActive", "sessionVersion", "createdAt", "updatedAt")
         VALUES ($1, $2, 'Новикова Анна Сергеевна', true, 0, now(), now())`,
        [id, email],
      );
      return [{ token: await insertToken(email, "INVITATION"), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }];
    },
  },
  "lib/users/actions.ts#resetPasswordAction": {
    actor: null,
    args: async () => [{ token: await insertToken("pavlovsky@nastavnik.example", "PASSWORD_RESET"), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }],
  },
  "lib/users/actions.ts#requestPasswordResetAction": {
    actor: null,
    args: async () => [{ email: "region.altai@nastavnik.example" }],
  },
};

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

/** A fingerprint of every table, to see what a request changed. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await queryE2eDatabase<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await queryE2eDatabase<{ h: string }>(`SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS h FROM "${name}" t`);
    out[name] = row.h;
  }
  return out;
}

async function callAction(request: APIRequestContext, baseURL: string, action: { id: string; path: string }, args: unknown[]) {
  return request.post(action.path, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

test("every server action that writes records an audit event", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const actions = actionsOfBuild().sort((a, b) => a.key.localeCompare(b.key));
  const missing = actions.filter((action) => !FIXTURES[action.key]).map((action) => action.key);
  expect(missing, "server actions without a fixture in tests/e2e/actions-audit.spec.ts").toEqual([]);

  const report: string[] = [];
  // Order matters for the fixtures that build on each other (invite → resend → disable).
  const order = ["inviteUserAction", "resendInvitationAction", "setUserActiveAction"];
  actions.sort((a, b) => order.indexOf(a.key.split("#")[1]) - order.indexOf(b.key.split("#")[1]));
  for (const action of actions) {
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
    if (changed.length > 0) expect(audited, `${action.key} changed ${changed.join(", ")} without an audit event`).toBe(true);
    await context.close();
  }
  console.log(report.join("\n"));
  // The walk must have exercised writes, not only reads.
  expect(report.filter((line) => line.includes("audit recorded")).length).toBeGreaterThanOrEqual(actions.length - 1);
});
