import { routeForPrincipal } from "@/lib/auth/route";
import { downloadFileResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/response";

/**
 * Downloads go through the policy like every other read: by id only (there is no route by storage
 * key), and only through a record the user may open. While the database is unreachable: 503.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  return routeForPrincipal(fileNotFoundResponse, (principal) => downloadFileResponse(principal, fileId));
}
