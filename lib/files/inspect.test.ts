import { describe, expect, it } from "vitest";
import { docx, HOSTILE, jpeg, MB, odt, ole2, pdf, png } from "@/tests/files/corpus";
import { deflatedZeros, zip } from "@/tests/files/zip";
import { ARCHIVE_MESSAGES, inspectOfficeArchive } from "./archive";
import { extensionOf, inspectUpload, INSPECT_MESSAGES, safeFileName } from "./inspect";
import { acceptAttribute, DOCUMENT_KINDS, IMAGE_KINDS, tooLargeMessage, uploadHint, ALL_FILE_KINDS } from "./kinds";

describe("inspecting an upload by its content", () => {
  it("accepts every kind the platform takes, by content and agreeing extension", async () => {
    const good: Array<[string, Uint8Array, string, string]> = [
      ["Положение.pdf", pdf(), "pdf", "application/pdf"],
      ["Положение.docx", await docx(), "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["Программа.odt", odt(), "odt", "application/vnd.oasis.opendocument.text"],
      ["Приказ.doc", ole2("WordDocument", "1Table"), "doc", "application/msword"],
      ["скан.jpg", jpeg(), "jpeg", "image/jpeg"],
      ["скан.JPEG", jpeg(), "jpeg", "image/jpeg"],
      ["фото.png", png(), "png", "image/png"],
    ];
    for (const [name, bytes, kind, mimeType] of good) {
      const result = await inspectUpload(name, bytes);
      expect(result, name).toMatchObject({ ok: true, kind, mimeType });
    }
  });

  it("accepts a file of exactly the limit and refuses one byte more", async () => {
    const exact = new Uint8Array(20 * MB);
    exact.set(pdf());
    expect(await inspectUpload("скан.pdf", exact)).toMatchObject({ ok: true, kind: "pdf" });
    const over = new Uint8Array(20 * MB + 1);
    over.set(pdf());
    expect(await inspectUpload("скан.pdf", over)).toEqual({ ok: false, message: tooLargeMessage(20 * MB + 1, 20 * MB) });
    expect(tooLargeMessage(20 * MB + 1, 20 * MB)).toMatch(/^Файл больше 20 МБ\. Уменьшите/);
    expect(tooLargeMessage(21 * MB, 20 * MB)).toMatch(/^Файл весит 21 МБ, а можно не больше 20 МБ\./);
  });

  for (const hostile of HOSTILE) {
    it(`${"rejected" in hostile ? "rejects" : "stores safely"}: ${hostile.label}`, async () => {
      const result = await inspectUpload(hostile.name, await hostile.bytes());
      if ("rejected" in hostile) expect(result).toEqual({ ok: false, message: hostile.rejected });
      else expect(result).toMatchObject({ ok: true, ...hostile.stored });
    });
  }

  it("refuses a kind the field does not take, saying which it takes", async () => {
    expect(await inspectUpload("Приказ.pdf", pdf(), IMAGE_KINDS)).toEqual({
      ok: false,
      message: "Здесь принимаются только JPEG, PNG, а это PDF.",
    });
    expect(await inspectUpload("Приказ.doc", ole2("Workbook"), IMAGE_KINDS)).toEqual({
      ok: false,
      message: "Здесь принимаются только JPEG, PNG, а это Word 97–2003 (DOC).",
    });
    expect(await inspectUpload("фото.png", png(), DOCUMENT_KINDS)).toMatchObject({ ok: false, message: "Здесь принимаются только PDF, Word (DOCX), OpenDocument (ODT), Word 97–2003 (DOC), а это PNG." });
  });

  it("says what to do about a missing or wrong extension", async () => {
    expect(await inspectUpload("Приказ", pdf())).toEqual({ ok: false, message: INSPECT_MESSAGES.noExtension("pdf") });
    expect(INSPECT_MESSAGES.noExtension("pdf")).toContain("«.pdf»");
    expect(await inspectUpload("Положение.pdf", await docx())).toEqual({
      ok: false,
      message: "Расширение «.pdf» не совпадает с содержимым файла (Word (DOCX)). Переименуйте файл в «.docx» или загрузите другой.",
    });
    expect(await inspectUpload("скан.png", jpeg())).toEqual({ ok: false, message: INSPECT_MESSAGES.mismatch("png", "jpeg") });
  });

  it("names unknown content plainly", async () => {
    expect(await inspectUpload("Приказ.pdf", new Uint8Array(Buffer.from("просто текст")))).toEqual({
      ok: false,
      message: "Этот тип файла не принимается. Загрузите файл в одном из форматов: PDF, DOCX, ODT, DOC, JPEG или PNG.",
    });
    expect((await inspectUpload("a.pdf", new Uint8Array(Buffer.from("GIF89a....")))).ok).toBe(false);
    expect(await inspectUpload("a.doc", ole2("EncryptedPackage", "WordDocument"))).toEqual({ ok: false, message: INSPECT_MESSAGES.encryptedDoc });
  });
});

describe("archives", () => {
  it("limits unpacked size in total, not only per entry", async () => {
    const part = deflatedZeros(1024 * 1024); // 1 MB each, ratio far below a bomb's per entry limit check
    const archive = zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w/>" },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `word/media/${i}.bin`, data: "", deflated: part })),
    ]);
    expect(await inspectOfficeArchive(archive, { maxEntries: 100, maxUnpackedBytes: 10 * 1024 * 1024, maxRatio: 200 })).toEqual({
      ok: false,
      message: ARCHIVE_MESSAGES.bomb(10 * 1024 * 1024),
    });
  });

  it("finds a damaged entry by its checksum", async () => {
    const good = zip([{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: "<w:document>текст</w:document>", store: true }]);
    const damaged = Buffer.from(good);
    const at = damaged.indexOf(Buffer.from("текст"));
    damaged[at] ^= 0xff;
    expect(await inspectOfficeArchive(good)).toEqual({ ok: true, kind: "docx" });
    expect(await inspectOfficeArchive(damaged)).toEqual({ ok: false, message: ARCHIVE_MESSAGES.broken });
  });
});

describe("file names", () => {
  it("keeps Cyrillic and drops everything that could mislead", () => {
    expect(safeFileName("Положение о наставничестве.docx", "docx")).toBe("Положение о наставничестве.docx");
    expect(safeFileName("..\\..\\Отчёт.pdf", "pdf")).toBe("Отчёт.pdf");
    expect(safeFileName("...", "pdf")).toBe("файл.pdf");
    expect(safeFileName("   .pdf", "pdf")).toBe("файл.pdf");
    expect(safeFileName("a\u200b\ufeffb\u2066c.pdf", "pdf")).toBe("abc.pdf");
    // NFC: "й" typed as и + combining breve is one letter.
    expect(safeFileName("Чаи\u0306ковская.pdf", "pdf")).toBe("Чайковская.pdf");
    // Astral characters are not cut in half at the length limit.
    expect(Array.from(safeFileName(`${"😀".repeat(200)}.png`, "png"))).toHaveLength(154);
    expect(extensionOf("Приказ.PDF ")).toBe("pdf");
    expect(extensionOf("Приказ")).toBe("");
    expect(extensionOf(".pdf")).toBe("pdf");
    expect(safeFileName(".pdf", "pdf")).toBe("файл.pdf");
  });
});

describe("what the upload field tells the user", () => {
  it("names the formats and the limit as the server checks them", () => {
    expect(uploadHint(ALL_FILE_KINDS, 20 * MB)).toBe("PDF, DOCX, ODT, DOC, JPEG или PNG, до 20 МБ");
    expect(uploadHint(IMAGE_KINDS, 5 * MB)).toBe("JPEG или PNG, до 5 МБ");
    expect(acceptAttribute(IMAGE_KINDS)).toBe(".jpg,.jpeg,image/jpeg,.png,image/png");
  });
});
