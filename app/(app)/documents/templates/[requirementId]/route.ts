import { getPrincipal } from "@/lib/auth/current";
import { findRequirementTemplate } from "@/lib/documents/requirements";
import { readStoredFile } from "@/lib/files/queries";
import { fileDownloadResponse, fileNotFoundResponse } from "@/lib/files/response";

/** The template file of a requirement, for everyone who sees the requirement (lib/access). */
export async function GET(_request: Request, { params }: { params: Promise<{ requirementId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return fileNotFoundResponse();
  const { requirementId } = await params;
  const file = await findRequirementTemplate(principal, requirementId);
  if (!file) return fileNotFoundResponse();
  return fileDownloadResponse(await readStoredFile(file));
}
