import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { dbScopeOf, type Principal } from "@/lib/access";
import { asSystem, setRequestDbScope, setRequestScopeResolver } from "@/lib/db";
import { auth } from "./config";
import { loadPrincipal } from "./sessions";

/**
 * The signed-in principal of this request, read once per request from the database (as the
 * platform: nobody is known yet). From here on, this request's queries run in the principal's
 * database scope (row-level security, lib/db.ts).
 */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const sid = session.sid;
  const principal = await asSystem(() => loadPrincipal(sid));
  if (principal) setRequestDbScope(dbScopeOf(principal));
  return principal;
});

// A query of this request that runs before anything asked for the principal finds it here.
setRequestScopeResolver(async () => {
  const principal = await getPrincipal();
  return principal ? dbScopeOf(principal) : null;
});

/** The session id of this request (for role switching and sign-out). */
export const getSessionId = cache(async (): Promise<string | null> => (await auth())?.sid ?? null);

/** For pages: the principal, or a redirect to the sign-in page. */
export async function requirePrincipal(): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) redirect("/login");
  return principal;
}
