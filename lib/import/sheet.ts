/**
 * Reading an import file (Excel .xlsx or CSV) into rows under a header row: the one reader of
 * every import of the platform (participants, the hierarchy). The domain checks the rows; nothing
 * here touches the database.
 */
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export type Cell = string | number | boolean | Date | null;
export type SheetColumn<K extends string> = { key: K; header: string; width: number };
export type RawRow<K extends string> = { line: number; cells: Partial<Record<K, Cell>> };

export const IMPORT_MESSAGES = {
  tooLarge: "Файл больше 5 МБ. Разделите его на несколько файлов.",
  wrongType: "Загрузите файл Excel (.xlsx) или CSV (.csv). Файл .xls сохраните в Excel как «Книга Excel (.xlsx)».",
  unreadable: "Не удалось прочитать файл. Проверьте, что это таблица Excel (.xlsx) или CSV, и загрузите его ещё раз.",
  noHeader: "В файле не найдена строка заголовков. Скачайте шаблон и скопируйте данные в него.",
  tooManyRows: `В файле больше ${MAX_IMPORT_ROWS} строк. Разделите его на несколько файлов.`,
  empty: "В файле нет ни одной строки с данными.",
} as const;

/** Lower case, «ё» as «е», dashes as «-», spaces collapsed: how headers and words of a file are compared. */
export function normaliseText(value: string): string {
  return value.toLowerCase().replace(/ё/g, "е").replace(/[–—]/g, "-").replace(/\s*-\s*/g, "-").replace(/\s+/g, " ").trim();
}

export const asText = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();

/** дд.мм.гггг, гггг-мм-дд or an Excel date cell → гггг-мм-дд; "" when empty; null when it is no date. */
export function dateText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  const ru = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [year, month, day] = ru ? [+ru[3], +ru[2], +ru[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
  }
  return null;
}

/** Splits CSV text (separator «;» or «,», quotes as Excel writes them). */
function parseCsv(text: string): Cell[][] {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) endField();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * Characters a CSV file may carry but a database text or an Excel/Word file (XML 1.0) cannot: the
 * control characters other than tab and line breaks, and the non-characters U+FFFE and U+FFFF.
 * An .xlsx file cannot hold them, so only a CSV brings them; they are dropped on reading.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function decodeCsv(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  // Excel in Russian saves CSV in Windows-1251 unless told otherwise.
  return (utf8.includes("\uFFFD") ? new TextDecoder("windows-1251").decode(bytes) : utf8).replace(NOT_IN_XML, "");
}

async function readGrid(bytes: Uint8Array, fileName: string): Promise<Cell[][]> {
  const extension = fileName.toLowerCase().split(".").pop();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === "csv" && !isZip) return parseCsv(decodeCsv(bytes));
  if (extension !== "xlsx" || !isZip) throw new ValidationError({}, IMPORT_MESSAGES.wrongType);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError({}, IMPORT_MESSAGES.unreadable);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ValidationError({}, IMPORT_MESSAGES.empty);
  const grid: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

export type SheetSpec<K extends string> = {
  columns: ReadonlyArray<SheetColumn<K>>;
  /** Columns a file must have; the header row is the first of the top ten rows that names `anchor`. */
  required: K[];
  anchor: K;
  /** Said when the file has a header and no rows. */
  emptyMessage?: string;
};

function mapHeader<K extends string>(rows: Cell[][], spec: SheetSpec<K>): { index: number; columns: Map<number, K> } {
  const headerOf = new Map(spec.columns.map((column) => [normaliseText(column.header), column.key]));
  for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
    const columns = new Map<number, K>();
    rows[index].forEach((cell, column) => {
      const key = typeof cell === "string" ? headerOf.get(normaliseText(cell)) : undefined;
      if (key) columns.set(column, key);
    });
    if ([...columns.values()].includes(spec.anchor)) {
      const present = new Set(columns.values());
      const missing = spec.required.filter((key) => !present.has(key));
      if (missing.length > 0) {
        const names = missing.map((key) => `«${spec.columns.find((c) => c.key === key)!.header}»`).join(", ");
        throw new ValidationError({}, `В файле нет обязательных столбцов: ${names}. Скачайте шаблон и скопируйте данные в него.`);
      }
      return { index, columns };
    }
  }
  throw new ValidationError({}, IMPORT_MESSAGES.noHeader);
}

/** The file's rows under its header row, each with its line number in the file; blank rows skipped. */
export async function readSheet<K extends string>(bytes: Uint8Array, fileName: string, spec: SheetSpec<K>): Promise<RawRow<K>[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ValidationError({}, IMPORT_MESSAGES.tooLarge);
  const grid = await readGrid(bytes, fileName);
  const header = mapHeader(grid, spec);
  const rows: RawRow<K>[] = [];
  for (let index = header.index + 1; index < grid.length; index += 1) {
    const cells: RawRow<K>["cells"] = {};
    let blank = true;
    for (const [column, key] of header.columns) {
      const value = grid[index][column] ?? null;
      const text = typeof value === "string" ? value.trim() : value;
      cells[key] = text === "" ? null : text;
      if (cells[key] !== null) blank = false;
    }
    if (!blank) rows.push({ line: index + 1, cells });
  }
  if (rows.length === 0) throw new ValidationError({}, spec.emptyMessage ?? IMPORT_MESSAGES.empty);
  if (rows.length > MAX_IMPORT_ROWS) throw new ValidationError({}, IMPORT_MESSAGES.tooManyRows);
  return rows;
}

/** The sheet of a template or an export: the header row bold and frozen. */
export function addSheet<K extends string>(workbook: ExcelJS.Workbook, title: string, columns: ReadonlyArray<SheetColumn<K>>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The «Справка» sheet of a template: what each column takes, and notes. */
export function addHelpSheet(workbook: ExcelJS.Workbook, rows: Array<{ header: string; help: string }>) {
  const help = workbook.addWorksheet("Справка");
  help.columns = [
    { header: "Столбец", key: "header", width: 28 },
    { header: "Как заполнять", key: "help", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const row of rows) help.addRow(row);
  return help;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
