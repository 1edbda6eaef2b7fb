/**
 * DOCX and ODT are ZIP archives. Before one is accepted it is read as a real archive (yauzl: it
 * reads the central directory, refuses paths out of the archive, and stops inflating an entry that
 * grows past its declared size), with limits on the number of entries and on the unpacked size
 * (an "archive bomb" is a few kilobytes that unpack to gigabytes), every entry inflated and its
 * CRC-32 checked, and the parts that make it a text document present:
 * - DOCX: [Content_Types].xml and word/document.xml, and no macros;
 * - ODT: a `mimetype` entry saying application/vnd.oasis.opendocument.text, and content.xml.
 */
import { crc32 } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { formatBytes, type FileKind } from "./kinds";

export type ArchiveLimits = { maxEntries: number; maxUnpackedBytes: number; maxRatio: number };

export const ARCHIVE_LIMITS: ArchiveLimits = {
  /** A long report with many pictures has a few hundred parts. */
  maxEntries: 2000,
  /** All entries together, unpacked. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Unpacked : packed of one large entry; text compresses about 10:1, a bomb 1000:1. */
  maxRatio: 200,
};

export type ArchiveVerdict = { ok: true; kind: Extract<FileKind, "docx" | "odt"> } | { ok: false; message: string };

const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

export const ARCHIVE_MESSAGES = {
  broken:
    "Файл повреждён: архив внутри документа не читается. Откройте его в Word или LibreOffice, сохраните заново и загрузите ещё раз (или загрузите PDF).",
  encrypted: "Документ защищён паролем. Снимите пароль (Файл → Сведения → Защита документа) и загрузите снова.",
  tooManyEntries: (max: number) =>
    `В документе больше ${max} частей — так устроены не документы, а подозрительные архивы. Сохраните документ заново или загрузите PDF.`,
  bomb: (max: number) =>
    `После распаковки документ занял бы больше ${formatBytes(max)} — это похоже на «архивную бомбу», и мы его не принимаем. Сохраните документ заново или загрузите PDF.`,
  macros:
    "Документ содержит макросы (программный код), такие файлы не принимаются. Сохраните его как обычный документ Word (DOCX) без макросов и загрузите снова.",
  spreadsheet: "Это таблица Excel, а не текстовый документ. Сохраните нужное как документ Word (DOCX) или PDF и загрузите снова.",
  presentation: "Это презентация PowerPoint, а не текстовый документ. Сохраните её как PDF и загрузите снова.",
  notWord:
    "Файл похож на документ Office, но в нём нет основного текста документа (word/document.xml). Сохраните его в Word заново как DOCX или загрузите PDF.",
  noContentTypes:
    "Файл похож на документ Word, но в нём нет описания частей ([Content_Types].xml), и Word его не откроет. Сохраните документ в Word заново как DOCX или загрузите PDF.",
  otherOpenDocument: (mimetype: string) =>
    `Это файл OpenDocument другого вида (${mimetype.replace("application/vnd.oasis.opendocument.", "")}), а не текстовый документ ODT. Сохраните его как текстовый документ (ODT или DOCX) или как PDF.`,
  notOdt: "Файл похож на документ OpenDocument, но в нём нет содержимого (content.xml). Сохраните его в LibreOffice заново или загрузите PDF.",
  plainZip: "Это обычный ZIP-архив, а не документ. Загрузите сам документ (PDF, DOCX или ODT), не упакованный в архив.",
} as const;

class Refusal extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

/** Inflates an entry, counting bytes and checking its CRC-32; keeps the bytes if `keep`. */
async function readEntry(zip: ZipFile, entry: Entry, keep: boolean): Promise<Buffer | null> {
  const stream = await zip.openReadStreamPromise(entry);
  let crc = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    crc = crc32(chunk, crc);
    if (keep) chunks.push(chunk);
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) throw new Refusal(ARCHIVE_MESSAGES.broken);
  return keep ? Buffer.concat(chunks) : null;
}

/** Small parts whose content decides what the archive is. */
const KEEP = new Set(["[Content_Types].xml", "mimetype"]);

export async function inspectOfficeArchive(bytes: Uint8Array, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<ArchiveVerdict> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      validateEntrySizes: true,
      decodeStrings: true,
    });
  } catch {
    return { ok: false, message: ARCHIVE_MESSAGES.broken };
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw new Refusal(ARCHIVE_MESSAGES.tooManyEntries(limits.maxEntries));
    const names = new Set<string>();
    const kept = new Map<string, Buffer>();
    let unpacked = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new Refusal(ARCHIVE_MESSAGES.encrypted);
      // Declared sizes first: a bomb is refused before anything is inflated; yauzl then stops
      // any entry that inflates past what it declared.
      unpacked += entry.uncompressedSize;
      if (unpacked > limits.maxUnpackedBytes) throw new Refusal(ARCHIVE_MESSAGES.bomb(limits.maxUnpackedBytes));
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
        throw new Refusal(ARCHIVE_MESSAGES.bomb(limits.maxUnpackedBytes));
      }
      names.add(entry.fileName);
      const keep = KEEP.has(entry.fileName) && entry.uncompressedSize <= 1024 * 1024;
      const content = await readEntry(zip, entry, keep);
      if (content) kept.set(entry.fileName, content);
    }
    return classify(names, kept);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.userMessage };
    // An entry that inflates past the size it declared: a bomb that lies about itself.
    if (error instanceof Error && /too many bytes in the stream/.test(error.message)) {
      return { ok: false, message: ARCHIVE_MESSAGES.bomb(limits.maxUnpackedBytes) };
    }
    // Anything else yauzl refuses (a truncated archive, a path out of it, an entry larger than declared).
    return { ok: false, message: ARCHIVE_MESSAGES.broken };
  } finally {
    zip.close();
  }
}

function classify(names: Set<string>, kept: Map<string, Buffer>): ArchiveVerdict {
  const mimetype = kept.get("mimetype")?.toString("ascii").trim();
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.")) {
    if (mimetype !== ODT_MIMETYPE) return { ok: false, message: ARCHIVE_MESSAGES.otherOpenDocument(mimetype) };
    if (!names.has("content.xml")) return { ok: false, message: ARCHIVE_MESSAGES.notOdt };
    return { ok: true, kind: "odt" };
  }
  const contentTypes = kept.get("[Content_Types].xml")?.toString("utf8");
  if (contentTypes !== undefined) {
    if (/macroEnabled/i.test(contentTypes) || [...names].some((name) => /vbaProject\.bin$/i.test(name))) {
      return { ok: false, message: ARCHIVE_MESSAGES.macros };
    }
    if (names.has("word/document.xml")) return { ok: true, kind: "docx" };
    if (names.has("xl/workbook.xml")) return { ok: false, message: ARCHIVE_MESSAGES.spreadsheet };
    if (names.has("ppt/presentation.xml")) return { ok: false, message: ARCHIVE_MESSAGES.presentation };
    return { ok: false, message: ARCHIVE_MESSAGES.notWord };
  }
  if (names.has("word/document.xml")) return { ok: false, message: ARCHIVE_MESSAGES.noContentTypes };
  return { ok: false, message: ARCHIVE_MESSAGES.plainZip };
}
