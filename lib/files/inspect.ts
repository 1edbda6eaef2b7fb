/**
 * What an uploaded file really is. The type is decided by the content (magic bytes), never by the
 * name or the browser's word; the extension must agree with it; DOCX and ODT are read as archives
 * (./archive.ts). Every rejection carries the Russian message the user sees next to the file field.
 */
import { config } from "@/lib/config";
import { inspectOfficeArchive } from "./archive";
import { ALL_FILE_KINDS, allowedLabel, FILE_KINDS, kindList, tooLargeMessage, type FileKind } from "./kinds";

export { ALL_FILE_KINDS, allowedLabel, FILE_KINDS, type FileKind } from "./kinds";

export type Inspected =
  | { ok: true; kind: FileKind; mimeType: string; extension: string; safeName: string }
  | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** Does the UTF-16LE name occur in the bytes (names of streams in an OLE2 file)? */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, "utf16le"));
}

/** The kind the bytes say, or null. ZIP containers are told apart later, by their parts. */
export function sniffKind(bytes: Uint8Array): FileKind | "zip" | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc"; // OLE2 (checked further below)
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  return null;
}

/** What a file we do not accept looks like, for a message that says so plainly. */
function describeRefused(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048))
    .toString("latin1")
    .replace(/^\xef\xbb\xbf/, "")
    .trimStart()
    .toLowerCase();
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || /^(\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe|\xca\xfe\xba\xbe)/.test(head) || head.startsWith("#!")) {
    return "Это программа (исполняемый файл), а не документ. Такие файлы не принимаются.";
  }
  if (/^<svg[\s>]/.test(head) || (/^<\?xml/.test(head) && head.includes("<svg"))) {
    return "Это рисунок SVG — он может содержать программный код, поэтому не принимается. Сохраните рисунок как PNG или JPEG.";
  }
  if (/^(<!doctype html|<html|<head|<body|<script|<iframe|<meta|<!--)/.test(head)) {
    return "Это веб-страница (HTML), а не документ. Такие файлы не принимаются: сохраните страницу как PDF (Печать → Сохранить как PDF).";
  }
  if (head.startsWith("{\\rtf")) return "Это документ RTF. Сохраните его в Word как DOCX или PDF и загрузите снова.";
  if (/^(gif8|ii\*\0|mm\0\*|bm)/.test(head) || head.slice(8, 12) === "webp" || /^....ftyp(heic|heix|mif1)/.test(head)) {
    return "Изображение в этом формате не принимается. Сохраните его как JPEG или PNG.";
  }
  if (/^(rar!|7z\xbc\xaf|\x1f\x8b)/.test(head)) return "Это архив, а не документ. Загрузите сам документ, не упакованный в архив.";
  return null;
}

/** Control characters, bidirectional overrides and invisible marks: nothing a file name needs. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const MAX_STEM = 150;

function cleanName(name: string): string {
  return name
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/^.*[\\/]/, "") // no directories: "../../x.pdf" is "x.pdf"
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^\s+|[\s.]+$/g, "");
}

/**
 * The user's file name made safe to show and to send back in Content-Disposition: no directories,
 * no control characters or right-to-left overrides, at most 150 characters before the extension,
 * Cyrillic kept. The extension is the one the content was checked against.
 */
export function safeFileName(name: string, extension: string): string {
  const base = cleanName(name);
  const withoutExtension = base.replace(/\.[^.]*$/, "").replace(/^[\s.]+/, ""); // no hidden ".name"
  let stem = Array.from(withoutExtension).slice(0, MAX_STEM).join("").trim() || "файл";
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem = `_${stem}`;
  return `${stem}.${extension}`;
}

/** The extension of the name as the user will see it (after the invisible characters are gone). */
export function extensionOf(name: string): string {
  const match = /\.([^.\\/]+)$/.exec(cleanName(name));
  return match ? match[1].toLowerCase() : "";
}

export const INSPECT_MESSAGES = {
  empty: "Файл пустой. Выберите файл с содержимым.",
  unknown: (allowed: readonly FileKind[]) => `Этот тип файла не принимается. Загрузите файл в одном из форматов: ${kindList(allowed)}.`,
  notAllowedHere: (kind: FileKind, allowed: readonly FileKind[]) =>
    `Здесь принимаются только ${allowedLabel(allowed)}, а это ${FILE_KINDS[kind].label}.`,
  notWordDocument:
    "Это файл Microsoft Office старого формата, но не документ Word (возможно, таблица или презентация). Сохраните нужное как документ Word или PDF.",
  encryptedDoc: "Документ защищён паролем. Снимите пароль в Word и загрузите снова.",
  noExtension: (kind: FileKind) =>
    `У файла нет расширения. По содержимому это ${FILE_KINDS[kind].label}: переименуйте файл так, чтобы имя кончалось на «.${FILE_KINDS[kind].extensions[0]}», и загрузите снова.`,
  mismatch: (extension: string, kind: FileKind) =>
    `Расширение «.${extension}» не совпадает с содержимым файла (${FILE_KINDS[kind].label}). Переименуйте файл в «.${FILE_KINDS[kind].extensions[0]}» или загрузите другой.`,
} as const;

/**
 * Checks an upload before anything is stored. `allowed` narrows the kinds (an evidence photo may
 * be JPEG or PNG only, for instance).
 */
export async function inspectUpload(name: string, bytes: Uint8Array, allowed: readonly FileKind[] = ALL_FILE_KINDS): Promise<Inspected> {
  const maxBytes = config.maxUploadBytes;
  if (bytes.byteLength === 0) return { ok: false, message: INSPECT_MESSAGES.empty };
  if (bytes.byteLength > maxBytes) return { ok: false, message: tooLargeMessage(bytes.byteLength, maxBytes) };

  let kind: FileKind;
  const sniffed = sniffKind(bytes);
  if (sniffed === "zip") {
    const archive = await inspectOfficeArchive(bytes);
    if (!archive.ok) return archive;
    kind = archive.kind;
  } else if (sniffed === "doc") {
    // A field that takes no DOC says so first; the deeper checks are for files it would take.
    if (!allowed.includes("doc")) return { ok: false, message: INSPECT_MESSAGES.notAllowedHere("doc", allowed) };
    if (hasUtf16(bytes, "EncryptedPackage")) return { ok: false, message: INSPECT_MESSAGES.encryptedDoc };
    if (!hasUtf16(bytes, "WordDocument")) return { ok: false, message: INSPECT_MESSAGES.notWordDocument };
    kind = "doc";
  } else if (sniffed) {
    kind = sniffed;
  } else {
    const what = describeRefused(bytes);
    return { ok: false, message: what ? `${what} Принимаются ${kindList(allowed)}.` : INSPECT_MESSAGES.unknown(allowed) };
  }
  if (!allowed.includes(kind)) return { ok: false, message: INSPECT_MESSAGES.notAllowedHere(kind, allowed) };

  const extension = extensionOf(name);
  if (!extension) return { ok: false, message: INSPECT_MESSAGES.noExtension(kind) };
  if (!FILE_KINDS[kind].extensions.includes(extension)) return { ok: false, message: INSPECT_MESSAGES.mismatch(extension, kind) };
  return { ok: true, kind, mimeType: FILE_KINDS[kind].mimeType, extension, safeName: safeFileName(name, extension) };
}
