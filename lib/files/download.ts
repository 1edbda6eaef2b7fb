import "server-only";
import type { Principal } from "@/lib/access";
import type { StorageDriver } from "@/lib/storage";
import { FileIntegrityError, FileMissingError, openFileForDownload, readStoredFile } from "./queries";
import { fileDownloadResponse, fileNotFoundResponse, fileUnavailableResponse } from "./response";

/** The answer of /api/files/[fileId]: the file as an attachment, "not found", or "unavailable". */
export async function downloadFileResponse(principal: Principal | null, fileId: string, options: { storage?: StorageDriver } = {}): Promise<Response> {
  if (!principal) return fileNotFoundResponse();
  return answer(async () => {
    const file = await openFileForDownload(principal, fileId, options);
    return file ? fileDownloadResponse(file) : fileNotFoundResponse();
  });
}

/**
 * A stored file whose access the caller has decided (a requirement's template, a public document):
 * the same attachment answer, and "unavailable" rather than a bare error when the object is gone or damaged.
 */
export async function storedFileResponse(
  file: Parameters<typeof readStoredFile>[0] | null,
  cache?: string,
): Promise<Response> {
  if (!file) return fileNotFoundResponse();
  return answer(async () => fileDownloadResponse(await readStoredFile(file), cache));
}

async function answer(respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    if (error instanceof FileIntegrityError || error instanceof FileMissingError) {
      console.error("[files]", error.message);
      return fileUnavailableResponse();
    }
    throw error;
  }
}
