import { getPrincipal } from "@/lib/auth/current";
import { AppError, ERROR_MESSAGES } from "@/lib/errors";
import { previewImport } from "@/lib/participants/import";
import { IMPORT_MESSAGES } from "@/lib/participants/import-parse";
import { MAX_IMPORT_BYTES } from "@/lib/participants/schemas";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The import's preview: the uploaded file (multipart, field "file", at most 5 MB) read and checked
 * row by row. Writes nothing, so it is a route handler rather than a server action.
 */
export async function POST(request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const principal = await getPrincipal();
  if (!principal) return json({ ok: false, message: ERROR_MESSAGES.UNAUTHENTICATED }, 401);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return json({ ok: false, message: IMPORT_MESSAGES.tooLarge }, 413);
  const { schoolId } = await params;
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return json({ ok: false, message: "Выберите файл со списком участников." }, 400);
    if (file.size > MAX_IMPORT_BYTES) return json({ ok: false, message: IMPORT_MESSAGES.tooLarge }, 413);
    const preview = await previewImport(principal, { schoolId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json({ ok: true, preview });
  } catch (error) {
    if (error instanceof AppError) return json({ ok: false, message: error.message }, error.code === "NOT_FOUND" ? 404 : 400);
    console.error("[participants import preview]", error);
    return json({ ok: false, message: IMPORT_MESSAGES.unreadable }, 400);
  }
}
