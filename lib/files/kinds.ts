/**
 * The kinds of files the platform accepts, with what the user is told about them. Free of server
 * code, so the upload field in the browser names the same formats and limit as the server.
 */
export type FileKind = "pdf" | "docx" | "odt" | "doc" | "jpeg" | "png";

export const FILE_KINDS: Record<FileKind, { mimeType: string; extensions: string[]; label: string; short: string }> = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"], label: "PDF", short: "PDF" },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "Word (DOCX)",
    short: "DOCX",
  },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], label: "OpenDocument (ODT)", short: "ODT" },
  doc: { mimeType: "application/msword", extensions: ["doc"], label: "Word 97–2003 (DOC)", short: "DOC" },
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPEG", short: "JPEG" },
  png: { mimeType: "image/png", extensions: ["png"], label: "PNG", short: "PNG" },
};

export const ALL_FILE_KINDS = Object.keys(FILE_KINDS) as FileKind[];

/** Documents only (a scan may still be a PDF or a photo: use ALL_FILE_KINDS for those). */
export const DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "docx", "odt", "doc"];
/** Photos and scans as pictures. */
export const IMAGE_KINDS: readonly FileKind[] = ["jpeg", "png"];

export function allowedLabel(kinds: readonly FileKind[]): string {
  return kinds.map((k) => FILE_KINDS[k].label).join(", ");
}

/** "PDF, DOCX или ODT". */
export function kindList(kinds: readonly FileKind[]): string {
  const names = kinds.map((k) => FILE_KINDS[k].short);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} или ${names[names.length - 1]}` : (names[0] ?? "");
}

/** "20 МБ", "1,5 МБ", "300 КБ". */
export function formatBytes(bytes: number, digits = 1): string {
  const format = (n: number) => n.toLocaleString("ru-RU", { maximumFractionDigits: digits });
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} МБ`;
  if (bytes >= 1024) return `${format(bytes / 1024)} КБ`;
  return `${bytes} Б`;
}

/** The hint under an upload field: "PDF, DOCX, ODT, DOC, JPEG или PNG, до 20 МБ". */
export function uploadHint(kinds: readonly FileKind[], maxBytes: number): string {
  return `${kindList(kinds)}, до ${formatBytes(maxBytes)}`;
}

/** The `accept` attribute of a file input: extensions and MIME types of the kinds. */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  return kinds.flatMap((k) => [...FILE_KINDS[k].extensions.map((e) => `.${e}`), FILE_KINDS[k].mimeType]).join(",");
}

/** The message for a file over the limit (the browser and the server say the same). */
export function tooLargeMessage(sizeBytes: number, maxBytes: number): string {
  const limit = formatBytes(maxBytes);
  const size = formatBytes(sizeBytes);
  const what = size === limit ? `Файл больше ${limit}` : `Файл весит ${size}, а можно не больше ${limit}`;
  return `${what}. Уменьшите его (например, сохраните скан в меньшем разрешении или как PDF) и загрузите снова.`;
}
