/**
 * The one way a route handler (an export, a download, an import preview) reads the signed-in user.
 * The handler runs in the principal's database scope (row-level security, lib/db.ts) — React's
 * per-request cache that pages rely on does not exist in a route handler, so the scope is set here
 * explicitly — and a database that cannot be reached answers 503 in Russian instead of an empty 500.
 */
import "server-only";
import { dbScopeOf, type Principal } from "@/lib/access";
import { withDbScope } from "@/lib/db";
import { unavailableResponseOrThrow } from "@/lib/unavailable";
import { getPrincipal } from "./current";

export async function routeForPrincipal(
  signedOut: () => Response,
  handle: (principal: Principal) => Promise<Response>,
  /** The 503 in the route's own format (JSON for the import wizard); plain text by default. */
  unavailable?: () => Response,
): Promise<Response> {
  try {
    const principal = await getPrincipal();
    if (!principal) return signedOut();
    return await withDbScope(dbScopeOf(principal), () => handle(principal));
  } catch (error) {
    const response = unavailableResponseOrThrow(error);
    return unavailable ? unavailable() : response;
  }
}
