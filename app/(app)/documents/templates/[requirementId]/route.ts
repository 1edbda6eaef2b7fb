import { getPrincipal } from "@/lib/auth/current";
import { findRequirementTemplate } from "@/lib/documents/requirements";
import { storedFileResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/response";

/** The template file of a requirement, for everyone who sees the requirement (lib/access). */
export async function GET(_request: Request, { params }: { params: Promise<{ requirementId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return fileNotFoundResponse();
  const { requirementId } = await params;
  return storedFileResponse(await findRequirementTemplate(principal, requirementId));
}
