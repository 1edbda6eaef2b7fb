/**
 * The one way a stored file leaves the platform: as an attachment (never rendered inline), with an
 * RFC 6266 / RFC 8187 `filename*` that keeps Cyrillic names, an ASCII fallback, nosniff, and no
 * caching by shared caches.
 */

/** RFC 8187 attr-char: encodeURIComponent leaves ' ( ) * as they are, the header may not. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;%]/g, "_") || "file";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

export function fileDownloadResponse(file: { name: string; mimeType: string; bytes: Uint8Array }, cache = "private, no-store"): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "Cache-Control": cache,
      "X-Content-Type-Options": "nosniff",
      // Other sites may link to a file, not embed it in their pages.
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

export const fileNotFoundResponse = () => text("Файл не найден", 404);

/** The file is theirs, but the storage lost or changed it: never send bytes that are not the upload. */
export const fileUnavailableResponse = () =>
  text(
    "Файл сейчас нельзя выдать: хранилище вернуло не то, что было загружено (или не нашло файл). Сообщите администратору платформы — команда `npm run files:check` покажет, что случилось.",
    500,
  );
