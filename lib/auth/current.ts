import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Principal } from "@/lib/access";
import { auth } from "./config";
import { loadPrincipal } from "./sessions";

/** The signed-in principal of this request, read once per request from the database. */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  return loadPrincipal(session.sid);
});

/** The session id of this request (for role switching and sign-out). */
export const getSessionId = cache(async (): Promise<string | null> => (await auth())?.sid ?? null);

/** For pages: the principal, or a redirect to the sign-in page. */
export async function requirePrincipal(): Promise<Principal> {
  const principal = await getPrincipal();
  if (!principal) redirect("/login");
  return principal;
}
