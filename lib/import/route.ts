/**
 * The preview endpoint of every import: the uploaded file (multipart, field "file", at most 5 MB)
 * read and checked by the domain's preview. Writes nothing, so it is a route handler rather than a
 * server action; the answer is JSON the import wizard shows.
 */
import "server-only";
import type { Principal } from "@/lib/access";
import { routeForPrincipal } from "@/lib/auth/route";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/unavailable";
import { AppError, ERROR_MESSAGES } from "@/lib/errors";
import type { ImportPreview } from "./preview";
import { IMPORT_MESSAGES, MAX_IMPORT_BYTES } from "./sheet";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function answerImportPreview(
  request: Request,
  preview: (principal: Principal, file: { fileName: string; bytes: Uint8Array }) => Promise<ImportPreview>,
  chooseMessage: string,
): Promise<Response> {
  return routeForPrincipal(
    () => json({ ok: false, message: ERROR_MESSAGES.UNAUTHENTICATED }, 401),
    (principal) => previewFor(principal, request, preview, chooseMessage),
    () => Response.json({ ok: false, message: UNAVAILABLE_MESSAGE }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } }),
  );
}

async function previewFor(
  principal: Principal,
  request: Request,
  preview: (principal: Principal, file: { fileName: string; bytes: Uint8Array }) => Promise<ImportPreview>,
  chooseMessage: string,
): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return json({ ok: false, message: IMPORT_MESSAGES.tooLarge }, 413);
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return json({ ok: false, message: chooseMessage }, 400);
    if (file.size > MAX_IMPORT_BYTES) return json({ ok: false, message: IMPORT_MESSAGES.tooLarge }, 413);
    return json({ ok: true, preview: await preview(principal, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) });
  } catch (error) {
    if (error instanceof AppError) return json({ ok: false, message: error.message }, error.code === "NOT_FOUND" ? 404 : 400);
    if (isDatabaseUnavailable(error)) throw error; // the 503 of routeForPrincipal, not "unreadable file"
    console.error("[import preview]", error);
    return json({ ok: false, message: IMPORT_MESSAGES.unreadable }, 400);
  }
}

/** The template of an import as a download. */
export function templateResponse(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
