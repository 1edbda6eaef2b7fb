/**
 * Fixtures of the audit walker (tests/e2e/actions-audit.spec.ts): for every server action, who
 * calls it and with what. One file per domain; index.ts merges them.
 */
import { createHash, randomBytes } from "node:crypto";
import { expect, queryE2eDatabase } from "../fixtures";

export type Fixture = {
  actor: string | null; // e-mail of the demo account that calls it, or null for a visitor
  args: () => Promise<unknown[]>;
  /** Actions that must run after others of the walk (e.g. resend after invite). */
  after?: string[];
  /** A read-only action: it must change nothing. Every other fixture must change something and audit it. */
  readOnly?: boolean;
};

export const NEW_PASSWORD = "Надёжный-пароль-для-проверки-2026";
export const token = () => randomBytes(32).toString("base64url");
export const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export async function one<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const rows = await queryE2eDatabase<T>(sql, params);
  expect(rows.length, sql).toBeGreaterThan(0);
  return rows[0];
}

export async function userId(email: string) {
  return (await one<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email])).id;
}

/** A one-time link stored as the platform stores it (only the hash); returns the raw token. */
export async function insertToken(email: string, kind: "INVITATION" | "PASSWORD_RESET") {
  const raw = token();
  await queryE2eDatabase(
    `INSERT INTO "AuthToken" (id, "userId", kind, "tokenHash", "expiresAt", "createdAt")
     VALUES ($1, $2, $3, $4, now() + interval '1 hour', now())`,
    [`walker-${randomBytes(6).toString("hex")}`, await userId(email), kind, sha256(raw)],
  );
  return raw;
}

export { queryE2eDatabase, randomBytes };
