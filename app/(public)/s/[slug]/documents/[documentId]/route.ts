import { openPublicDocument } from "@/lib/documents/public-page";
import { storedFileResponse } from "@/lib/files/download";

/**
 * The public download of a school's document, for visitors of its page: only the current version
 * of a document of this school that the municipality accepted. Anything else is "not found".
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; documentId: string }> }) {
  const { slug, documentId } = await params;
  return storedFileResponse(await openPublicDocument(slug, documentId), "public, no-cache");
}
