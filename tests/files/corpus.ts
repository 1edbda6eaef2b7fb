/**
 * Files for the upload tests: good ones of every accepted kind, and a corpus of hostile ones —
 * each with what must happen to it (the exact Russian message, or stored safely).
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { tinyPdf } from "@/prisma/seed/files";
import { ARCHIVE_LIMITS, ARCHIVE_MESSAGES } from "@/lib/files/archive";
import { INSPECT_MESSAGES } from "@/lib/files/inspect";
import { tooLargeMessage } from "@/lib/files/kinds";
import { deflatedZeros, zip } from "./zip";

export const MB = 1024 * 1024;
const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

export const pdf = () => tinyPdf(["Nastavnik: test document"]);
export const png = () =>
  new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"));
export const jpeg = () =>
  new Uint8Array(
    Buffer.from(
      "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
      "base64",
    ),
  );

/** A real Word document, made by the same library as the platform's orders. */
export async function docx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("Положение о наставничестве")] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const ODT_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
const ODT_CONTENT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
 <office:body><office:text><text:p>Программа наставничества</text:p></office:text></office:body>
</office:document-content>`;

/** An OpenDocument text laid out as LibreOffice writes it (mimetype first, stored). */
export function odt(mimetype = "application/vnd.oasis.opendocument.text", withContent = true): Uint8Array {
  return zip([
    { name: "mimetype", data: mimetype, store: true },
    ...(withContent ? [{ name: "content.xml", data: ODT_CONTENT }] : []),
    { name: "META-INF/manifest.xml", data: ODT_MANIFEST },
  ]);
}

/** An OLE2 compound file header with the streams named (enough for the signature checks). */
export function ole2(...streams: string[]): Uint8Array {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  let at = 1024;
  for (const name of ["Root Entry", ...streams]) {
    Buffer.from(name, "utf16le").copy(header, at);
    at += 128;
  }
  return new Uint8Array(header);
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;
const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export type HostileCase = {
  label: string;
  name: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
} & ({ rejected: string } | { stored: { kind: string; mimeType: string; safeName: string } });

const bomb = deflatedZeros(50 * MB); // ~50 KB that unpack to 50 MB

export const HOSTILE: HostileCase[] = [
  {
    label: "an HTML page renamed .pdf",
    name: "Приказ.pdf",
    bytes: () => text("<!DOCTYPE html><html><body><script>fetch('/api/files')</script></body></html>"),
    rejected:
      "Это веб-страница (HTML), а не документ. Такие файлы не принимаются: сохраните страницу как PDF (Печать → Сохранить как PDF). Принимаются PDF, DOCX, ODT, DOC, JPEG или PNG.",
  },
  {
    label: "an SVG with a script renamed .png",
    name: "подпись.png",
    bytes: () => text(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>`),
    rejected:
      "Это рисунок SVG — он может содержать программный код, поэтому не принимается. Сохраните рисунок как PNG или JPEG. Принимаются PDF, DOCX, ODT, DOC, JPEG или PNG.",
  },
  {
    label: "a Windows executable (MZ) renamed .pdf",
    name: "Положение.pdf",
    bytes: () => concat(text("MZ"), new Uint8Array(510)),
    rejected: "Это программа (исполняемый файл), а не документ. Такие файлы не принимаются. Принимаются PDF, DOCX, ODT, DOC, JPEG или PNG.",
  },
  {
    label: "a Linux executable (ELF) renamed .docx",
    name: "план.docx",
    bytes: () => concat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), new Uint8Array(200)),
    rejected: "Это программа (исполняемый файл), а не документ. Такие файлы не принимаются. Принимаются PDF, DOCX, ODT, DOC, JPEG или PNG.",
  },
  {
    label: "a polyglot: a PDF that is also an HTML page, named .html",
    name: "отчёт.html",
    bytes: () => concat(pdf(), text("<html><script>alert(1)</script></html>")),
    rejected: INSPECT_MESSAGES.mismatch("html", "pdf"),
  },
  {
    label: "a polyglot: a JPEG with an HTML page appended, named .jpg (a real JPEG: stored, served as an attachment)",
    name: "фото.jpg",
    bytes: () => concat(jpeg(), text("<html><script>alert(1)</script></html>")),
    stored: { kind: "jpeg", mimeType: "image/jpeg", safeName: "фото.jpg" },
  },
  {
    label: "a polyglot: a PDF with a script inside (a real PDF: stored, served as an attachment)",
    name: "приказ.pdf",
    bytes: () => concat(pdf(), text("<script>alert(1)</script>")),
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "приказ.pdf" },
  },
  {
    label: "a DOCX that is not a valid archive",
    name: "Положение.docx",
    bytes: () => concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), text("this is not a zip archive at all")),
    rejected: ARCHIVE_MESSAGES.broken,
  },
  {
    label: "a DOCX cut in half",
    name: "Положение.docx",
    bytes: async () => (await docx()).subarray(0, 2000),
    rejected: ARCHIVE_MESSAGES.broken,
  },
  {
    label: "a DOCX whose entry leads out of the archive (../)",
    name: "Положение.docx",
    bytes: () => zip([{ name: "[Content_Types].xml", data: CONTENT_TYPES(WORD_MAIN) }, { name: "word/document.xml", data: "<w/>" }, { name: "../../evil.sh", data: "rm -rf /" }]),
    rejected: ARCHIVE_MESSAGES.broken,
  },
  {
    label: "an archive bomb (50 MB of zeros in 50 KB) named .docx",
    name: "Положение.docx",
    bytes: () => zip([{ name: "[Content_Types].xml", data: CONTENT_TYPES(WORD_MAIN) }, { name: "word/document.xml", data: "", deflated: bomb }]),
    rejected: ARCHIVE_MESSAGES.bomb(ARCHIVE_LIMITS.maxUnpackedBytes),
  },
  {
    label: "an archive bomb that lies about its size",
    name: "Положение.docx",
    bytes: () =>
      zip([{ name: "[Content_Types].xml", data: CONTENT_TYPES(WORD_MAIN) }, { name: "word/document.xml", data: "", deflated: { ...bomb, size: 1000 } }]),
    rejected: ARCHIVE_MESSAGES.bomb(ARCHIVE_LIMITS.maxUnpackedBytes),
  },
  {
    label: "an archive of more entries than any document has",
    name: "Положение.docx",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: CONTENT_TYPES(WORD_MAIN) },
        { name: "word/document.xml", data: "<w/>" },
        ...Array.from({ length: ARCHIVE_LIMITS.maxEntries }, (_, i) => ({ name: `word/media/${i}.bin`, data: "x" })),
      ]),
    rejected: ARCHIVE_MESSAGES.tooManyEntries(ARCHIVE_LIMITS.maxEntries),
  },
  {
    label: "a macro-enabled Word document (DOCM) renamed .docx",
    name: "Положение.docx",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: CONTENT_TYPES("application/vnd.ms-word.document.macroEnabled.main+xml") },
        { name: "word/document.xml", data: "<w/>" },
        { name: "word/vbaProject.bin", data: "Attribute VB_Name" },
      ]),
    rejected: ARCHIVE_MESSAGES.macros,
  },
  {
    label: "a password-protected archive",
    name: "Положение.docx",
    bytes: () => zip([{ name: "[Content_Types].xml", data: CONTENT_TYPES(WORD_MAIN) }, { name: "word/document.xml", data: "<w/>", encrypted: true }]),
    rejected: ARCHIVE_MESSAGES.encrypted,
  },
  {
    label: "an Excel workbook renamed .docx",
    name: "Положение.docx",
    bytes: () => zip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.xml", data: "<workbook/>" }]),
    rejected: ARCHIVE_MESSAGES.spreadsheet,
  },
  {
    label: "a spreadsheet (ODS) renamed .odt",
    name: "Программа.odt",
    bytes: () => odt("application/vnd.oasis.opendocument.spreadsheet"),
    rejected: ARCHIVE_MESSAGES.otherOpenDocument("application/vnd.oasis.opendocument.spreadsheet"),
  },
  {
    label: "an ODT without content",
    name: "Программа.odt",
    bytes: () => odt(undefined, false),
    rejected: ARCHIVE_MESSAGES.notOdt,
  },
  {
    label: "a plain ZIP archive renamed .docx",
    name: "документы.docx",
    bytes: () => zip([{ name: "Приказ.pdf", data: "%PDF-1.4" }]),
    rejected: ARCHIVE_MESSAGES.plainZip,
  },
  {
    label: "an Excel 97 workbook (OLE2 without a Word stream) renamed .doc",
    name: "Положение.doc",
    bytes: () => ole2("Workbook"),
    rejected: INSPECT_MESSAGES.notWordDocument,
  },
  {
    label: "an oversized file (20 MB and one byte)",
    name: "скан.pdf",
    bytes: () => concat(pdf(), new Uint8Array(20 * MB + 1 - pdf().byteLength)),
    rejected: tooLargeMessage(20 * MB + 1, 20 * MB),
  },
  {
    label: "an empty file",
    name: "Приказ.pdf",
    bytes: () => new Uint8Array(0),
    rejected: INSPECT_MESSAGES.empty,
  },
  {
    label: "a name that climbs out of its folder (../)",
    name: "../../../etc/Приказ №5.pdf",
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "Приказ №5.pdf" },
  },
  {
    label: "a Windows path as the name",
    name: "C:\\Users\\Куратор\\Desktop\\..\\Положение.docx",
    bytes: docx,
    stored: {
      kind: "docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      safeName: "Положение.docx",
    },
  },
  {
    label: "a NUL inside the name that hides .html",
    name: "Приказ.pdf\u0000.html",
    bytes: pdf,
    rejected: INSPECT_MESSAGES.mismatch("html", "pdf"),
  },
  {
    label: "a NUL and control characters inside a name",
    name: "При\u0000каз\u0007\u001b[31m.pdf",
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "Приказ[31m.pdf" },
  },
  {
    label: "a right-to-left override that makes .exe look like .pdf",
    name: "Приказ_\u202Efdp.exe",
    bytes: pdf,
    rejected: INSPECT_MESSAGES.mismatch("exe", "pdf"),
  },
  {
    label: "a right-to-left override in an honest name",
    name: "Отчёт\u202Eкатсин\u202C.pdf",
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "Отчёткатсин.pdf" },
  },
  {
    label: "a name of 500 characters",
    name: `${"Очень длинное название приказа ".repeat(17).slice(0, 496)}.pdf`,
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: `${"Очень длинное название приказа ".repeat(17).slice(0, 150).trim()}.pdf` },
  },
  {
    label: "a Cyrillic name with quotes and symbols",
    name: "Приказ «О назначении куратора» №12 от 01.09.2026.PDF",
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "Приказ «О назначении куратора» №12 от 01.09.2026.pdf" },
  },
  {
    label: "a name with characters Windows forbids",
    name: 'план: "итоги"?*<>|.odt',
    bytes: () => odt(),
    stored: { kind: "odt", mimeType: "application/vnd.oasis.opendocument.text", safeName: "план_ _итоги______.odt" },
  },
  {
    label: "a reserved device name",
    name: "CON.pdf",
    bytes: pdf,
    stored: { kind: "pdf", mimeType: "application/pdf", safeName: "_CON.pdf" },
  },
];
