import { getPrincipal } from "@/lib/auth/current";
import { openFileForDownload } from "@/lib/files/queries";
import { fileDownloadResponse, fileNotFoundResponse } from "@/lib/files/response";

/** Downloads go through the policy like every other read. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return fileNotFoundResponse();
  const { fileId } = await params;
  const file = await openFileForDownload(principal, fileId);
  if (!file) return fileNotFoundResponse();
  return fileDownloadResponse(file);
}
