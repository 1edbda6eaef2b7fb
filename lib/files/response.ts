/**
 * The one way a stored file leaves the platform: as an attachment (never rendered inline), with an
 * RFC 6266 / RFC 5987 `filename*` that keeps Cyrillic names, an ASCII fallback, and nosniff.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_") || "file";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function fileDownloadResponse(file: { name: string; mimeType: string; bytes: Uint8Array }, cache = "private, no-store"): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "Cache-Control": cache,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const fileNotFoundResponse = () =>
  new Response("Файл не найден", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
