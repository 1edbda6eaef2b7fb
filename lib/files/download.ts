import "server-only";
import type { Principal } from "@/lib/access";
import type { StorageDriver } from "@/lib/storage";
import { FileIntegrityError, FileMissingError, openFileForDownload } from "./queries";
import { fileDownloadResponse, fileNotFoundResponse, fileUnavailableResponse } from "./response";

/** The answer of /api/files/[fileId]: the file as an attachment, "not found", or "unavailable". */
export async function downloadFileResponse(principal: Principal | null, fileId: string, options: { storage?: StorageDriver } = {}): Promise<Response> {
  if (!principal) return fileNotFoundResponse();
  try {
    const file = await openFileForDownload(principal, fileId, options);
    return file ? fileDownloadResponse(file) : fileNotFoundResponse();
  } catch (error) {
    if (error instanceof FileIntegrityError || error instanceof FileMissingError) {
      console.error("[files]", error.message);
      return fileUnavailableResponse();
    }
    throw error;
  }
}
