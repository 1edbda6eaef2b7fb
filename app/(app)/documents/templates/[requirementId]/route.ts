import { routeForPrincipal } from "@/lib/auth/route";
import { findRequirementTemplate } from "@/lib/documents/requirements";
import { storedFileResponse } from "@/lib/files/download";
import { fileNotFoundResponse } from "@/lib/files/response";

/** The template file of a requirement, for everyone who sees the requirement (lib/access). */
export async function GET(_request: Request, { params }: { params: Promise<{ requirementId: string }> }) {
  const { requirementId } = await params;
  return routeForPrincipal(fileNotFoundResponse, async (principal) => storedFileResponse(await findRequirementTemplate(principal, requirementId)));
}
