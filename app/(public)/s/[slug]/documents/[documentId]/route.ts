import { openPublicDocument } from "@/lib/documents/public-page";
import { readStoredFile } from "@/lib/files/queries";
import { fileDownloadResponse, fileNotFoundResponse } from "@/lib/files/response";

/**
 * The public download of a school's document, for visitors of its page: only the current version
 * of a document of this school that the municipality accepted. Anything else is "not found".
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; documentId: string }> }) {
  const { slug, documentId } = await params;
  const file = await openPublicDocument(slug, documentId);
  if (!file) return fileNotFoundResponse();
  return fileDownloadResponse(await readStoredFile(file), "public, no-cache");
}
