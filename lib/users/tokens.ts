/**
 * One-time links. The link carries 32 random bytes (256 bits, base64url); the database keeps only
 * their SHA-256, so a copy of the database opens no account. A token is used at most once: it is
 * consumed by a conditional update, so two clicks at the same moment cannot both succeed.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthTokenKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { config } from "@/lib/config";
import { TOKEN_MESSAGES, ZToken, type TokenState } from "./schemas";

export const TOKEN_TTL_MS: Record<AuthTokenKind, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 2 * 60 * 60 * 1000,
};

const LINK_PATH: Record<AuthTokenKind, string> = { INVITATION: "/invite/", PASSWORD_RESET: "/password/reset/" };

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenLink(kind: AuthTokenKind, token: string): string {
  return `${config.appUrl}${LINK_PATH[kind]}${token}`;
}

/** A link that cannot be used: its state says why, its message says what to do. */
export class TokenError extends AppError {
  constructor(
    readonly kind: AuthTokenKind,
    readonly state: Exclude<TokenState, "valid">,
  ) {
    super("NOT_FOUND", TOKEN_MESSAGES[kind][state]);
  }
}

/**
 * Issues a new token of `kind` for the user. Earlier unused ones of the same kind stop working at
 * once (their expiry is set to now, which keeps them countable): only the newest link is valid.
 */
export async function issueToken(
  tx: Prisma.TransactionClient,
  input: { userId: string; kind: AuthTokenKind; createdById?: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await tx.authToken.updateMany({
    where: { userId: input.userId, kind: input.kind, usedAt: null, expiresAt: { gt: input.now } },
    data: { expiresAt: input.now },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + TOKEN_TTL_MS[input.kind]);
  await tx.authToken.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      tokenHash: hashToken(token),
      expiresAt,
      createdById: input.createdById ?? null,
      createdAt: input.now,
    },
  });
  return { token, expiresAt };
}

type TokenWithUser = Prisma.AuthTokenGetPayload<{ include: { user: true } }>;

/** The token behind a link and whether it may still be used (a disabled account's links may not). */
export async function findToken(
  kind: AuthTokenKind,
  token: string,
  now: Date,
): Promise<{ state: "valid"; row: TokenWithUser } | { state: Exclude<TokenState, "valid">; row: null }> {
  if (!ZToken.safeParse(token).success) return { state: "invalid", row: null };
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.kind !== kind || !row.user.isActive) return { state: "invalid", row: null };
  if (row.usedAt) return { state: "used", row: null };
  if (row.expiresAt <= now) return { state: "expired", row: null };
  return { state: "valid", row };
}

/** Marks the token used, if nobody did first and it has not expired meanwhile. */
export async function consumeToken(tx: Prisma.TransactionClient, tokenId: string, kind: AuthTokenKind, now: Date): Promise<void> {
  const consumed = await tx.authToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (consumed.count !== 1) throw new TokenError(kind, "used");
}
