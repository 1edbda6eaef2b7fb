import { dbScopeOf } from "@/lib/access";
import { getPrincipal } from "@/lib/auth/current";
import { withDbScope } from "@/lib/db";
import { downloadFileResponse } from "@/lib/files/download";
import { unavailableResponseOrThrow } from "@/lib/unavailable";

/**
 * Downloads go through the policy like every other read: by id only (there is no route by storage
 * key), and only through a record the user may open. While the database is unreachable: 503.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  try {
    const principal = await getPrincipal();
    if (!principal) return await downloadFileResponse(null, fileId);
    // The scope explicitly: what getPrincipal records does not reach a route handler's own code.
    return await withDbScope(dbScopeOf(principal), () => downloadFileResponse(principal, fileId));
  } catch (error) {
    return unavailableResponseOrThrow(error);
  }
}
