import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "./sheet";

describe("reading a CSV file", () => {
  it("drops what no database text or Excel/Word file can hold, keeping tabs, line breaks and the text around", async () => {
    const csv = "Фамилия;Имя\r\nИва\u0000нова;Ма\uFFFEрия\u0001\r\nПетро\uFFFFв;\"Олег\tИгоревич\nмл.\"\u000B\r\n";
    const text = decodeCsv(new TextEncoder().encode(csv));
    expect(text).toBe("Фамилия;Имя\r\nИванова;Мария\r\nПетров;\"Олег\tИгоревич\nмл.\"\r\n");
    // What is left makes a valid Excel file (U+FFFE would have made it unreadable).
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Участники").addRow(text.split(/\r\n/)[1].split(";"));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(again.worksheets[0].getRow(1).values).toEqual([undefined, "Иванова", "Мария"]);
  });

  it("still reads a Windows-1251 file, as Russian Excel saves CSV", () => {
    // «Иванова» in Windows-1251.
    const bytes = new Uint8Array([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2, 0xe0]);
    expect(decodeCsv(bytes)).toBe("Иванова");
  });
});
