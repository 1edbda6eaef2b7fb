/**
 * What an uploaded file really is. The type is decided by the content (magic bytes), never by the
 * name or the browser's word; the extension must agree with it. Rejections carry the Russian
 * message the user sees next to the file field.
 */
import { config } from "@/lib/config";

export type FileKind = "pdf" | "docx" | "odt" | "doc" | "jpeg" | "png";

export const FILE_KINDS: Record<FileKind, { mimeType: string; extensions: string[]; label: string }> = {
  pdf: { mimeType: "application/pdf", extensions: ["pdf"], label: "PDF" },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "Word (DOCX)",
  },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], label: "OpenDocument (ODT)" },
  doc: { mimeType: "application/msword", extensions: ["doc"], label: "Word 97–2003 (DOC)" },
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPEG" },
  png: { mimeType: "image/png", extensions: ["png"], label: "PNG" },
};

export const ALL_FILE_KINDS = Object.keys(FILE_KINDS) as FileKind[];

export type Inspected =
  | { ok: true; kind: FileKind; mimeType: string; extension: string; safeName: string }
  | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** The kind the bytes say, or null. ZIP containers are told apart by their mimetype/[Content_Types].xml. */
export function sniffKind(bytes: Uint8Array): FileKind | "zip" | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc"; // OLE2
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  return null;
}

/** The user's file name made safe to show and to send back in Content-Disposition. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    .normalize("NFC")
    .replace(/^.*[\\/]/, "") // no directories
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, "") // control chars, bidi overrides
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^\.+/, "")
    .trim();
  const stem = base.replace(/\.[^.]*$/, "").slice(0, 150) || "файл";
  return `${stem}.${extension}`;
}

export function extensionOf(name: string): string {
  const match = /\.([^.\\/]+)$/.exec(name.trim());
  return match ? match[1].toLowerCase() : "";
}

export function allowedLabel(kinds: readonly FileKind[]): string {
  return kinds.map((k) => FILE_KINDS[k].label).join(", ");
}

/**
 * Checks an upload before anything is stored. `allowed` narrows the kinds (an evidence photo may
 * be JPEG or PNG only, for instance). ZIP-based formats are checked as archives by
 * ./archive.ts (entries, unpacked size).
 */
export async function inspectUpload(
  name: string,
  bytes: Uint8Array,
  allowed: readonly FileKind[] = ALL_FILE_KINDS,
): Promise<Inspected> {
  const maxBytes = config.maxUploadBytes;
  if (bytes.byteLength === 0) return { ok: false, message: "Файл пустой. Выберите файл с содержимым." };
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      message: `Файл больше ${Math.round(maxBytes / 1024 / 1024)} МБ. Уменьшите его (например, сохраните скан в меньшем разрешении) и загрузите снова.`,
    };
  }
  const extension = extensionOf(name);
  let kind: FileKind | null;
  const sniffed = sniffKind(bytes);
  if (sniffed === "zip") {
    const { inspectOfficeArchive } = await import("./archive");
    const archive = await inspectOfficeArchive(bytes);
    if (!archive.ok) return archive;
    kind = archive.kind;
  } else {
    kind = sniffed;
  }
  if (!kind || !allowed.includes(kind)) {
    return { ok: false, message: `Этот тип файла не принимается. Загрузите файл в одном из форматов: ${allowedLabel(allowed)}.` };
  }
  if (!FILE_KINDS[kind].extensions.includes(extension)) {
    return {
      ok: false,
      message: `Расширение «.${extension || "нет"}» не совпадает с содержимым файла (${FILE_KINDS[kind].label}). Переименуйте файл в «.${FILE_KINDS[kind].extensions[0]}» или загрузите другой.`,
    };
  }
  return { ok: true, kind, mimeType: FILE_KINDS[kind].mimeType, extension, safeName: safeFileName(name, extension) };
}
