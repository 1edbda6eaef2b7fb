import { getPrincipal } from "@/lib/auth/current";
import { downloadFileResponse } from "@/lib/files/download";

/**
 * Downloads go through the policy like every other read: by id only (there is no route by storage
 * key), and only through a record the user may open.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  return downloadFileResponse(await getPrincipal(), fileId);
}
