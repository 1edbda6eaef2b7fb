/** Signed-in principals of the matrix world's actors, loaded the way a request loads them. */
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Principal } from "@/lib/access";
import { createSession, loadPrincipal } from "@/lib/auth/sessions";
import type { Actor } from "./world";

export async function principalsOf(actors: Record<string, Actor>): Promise<Array<{ actor: Actor; principal: Principal }>> {
  const out: Array<{ actor: Actor; principal: Principal }> = [];
  for (const actor of Object.values(actors)) {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    const sessionId = await db.$transaction((tx) => createSession(tx, user, { ip: "127.0.0.1", userAgent: "matrix" }));
    const principal = await loadPrincipal(sessionId);
    expect(principal?.active.role).toBe(actor.role);
    out.push({ actor, principal: principal! });
  }
  return out;
}
