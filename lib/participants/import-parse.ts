/**
 * Reading an import file (Excel .xlsx or CSV) into rows, and checking every row with the same
 * schema as the participant form. Nothing here touches the database: the preview and the
 * confirmed import (./import.ts) both start from this.
 */
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/errors";
import { BASE_LABELS, COLUMNS, type ColumnKey } from "./columns";
import { normaliseName, naturalKey } from "./keys";
import { AGE_BAND_LABELS, AGE_BANDS, KIND_LABELS, KINDS, MAX_IMPORT_BYTES, ZParticipantForm, type TParticipantForm, type TParticipantFormInput } from "./schemas";

export const MAX_IMPORT_ROWS = 20_000;
type Cell = string | number | boolean | Date | null;
export type RawRow = { line: number; cells: Partial<Record<ColumnKey, Cell>> };

export const IMPORT_MESSAGES = {
  tooLarge: "Файл больше 5 МБ. Разделите его на несколько файлов.",
  wrongType: "Загрузите файл Excel (.xlsx) или CSV (.csv). Файл .xls сохраните в Excel как «Книга Excel (.xlsx)».",
  unreadable: "Не удалось прочитать файл. Проверьте, что это таблица Excel (.xlsx) или CSV, и загрузите его ещё раз.",
  noHeader: "В файле не найдена строка заголовков. Скачайте шаблон и скопируйте данные в него.",
  tooManyRows: `В файле больше ${MAX_IMPORT_ROWS} строк. Разделите его на несколько файлов.`,
  empty: "В файле нет ни одной строки с участниками.",
} as const;

const REQUIRED: ColumnKey[] = ["lastName", "firstName", "kind", "base"];
const norm = (value: string) => normaliseName(value).replace(/[–—]/g, "-").replace(/\s*-\s*/g, "-");
const HEADER_OF = new Map<string, ColumnKey>(COLUMNS.map((column) => [norm(column.header), column.key]));
const KIND_OF = new Map<string, (typeof KINDS)[number]>([
  ...KINDS.map((kind) => [norm(KIND_LABELS[kind]), kind] as const),
  ["учитель", "TEACHER"],
  ["ученик", "STUDENT"],
  ["работодатель", "EMPLOYER_REPRESENTATIVE"],
]);
const BAND_OF = new Map<string, (typeof AGE_BANDS)[number]>(AGE_BANDS.map((band) => [norm(AGE_BAND_LABELS[band]), band]));
const BASE_OF = new Map<string, [boolean, boolean]>([
  [BASE_LABELS.mentor, [true, false]],
  ["наставников", [true, false]],
  [BASE_LABELS.mentee, [false, true]],
  ["наставляемых", [false, true]],
  [BASE_LABELS.both, [true, true]],
  ["наставник и наставляемый", [true, true]],
]);
const YES = new Set(["да", "есть", "+", "1", "true"]);
const NO = new Set(["нет", "", "-", "0", "false"]);

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

/** Finds the header row among the first rows and maps the known headers to their columns. */
function mapHeader(rows: Cell[][]): { index: number; columns: Map<number, ColumnKey> } {
  for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
    const columns = new Map<number, ColumnKey>();
    rows[index].forEach((cell, column) => {
      const key = typeof cell === "string" ? HEADER_OF.get(norm(cell)) : undefined;
      if (key) columns.set(column, key);
    });
    if (columns.size > 0 && [...columns.values()].includes("lastName")) {
      const present = new Set(columns.values());
      const missing = REQUIRED.filter((key) => !present.has(key));
      if (missing.length > 0) {
        const names = missing.map((key) => `«${COLUMNS.find((c) => c.key === key)!.header}»`).join(", ");
        throw new ValidationError({}, `В файле нет обязательных столбцов: ${names}. Скачайте шаблон и скопируйте данные в него.`);
      }
      return { index, columns };
    }
  }
  throw new ValidationError({}, IMPORT_MESSAGES.noHeader);
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

function decodeCsv(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  // Excel in Russian saves CSV in Windows-1251 unless told otherwise.
  return utf8.includes("\uFFFD") ? new TextDecoder("windows-1251").decode(bytes) : utf8;
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

/** The file's rows under its header row, each with its line number in the file; blank rows skipped. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<RawRow[]> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ValidationError({}, IMPORT_MESSAGES.tooLarge);
  const grid = await readGrid(bytes, fileName);
  const header = mapHeader(grid);
  const rows: RawRow[] = [];
  for (let index = header.index + 1; index < grid.length; index += 1) {
    const cells: RawRow["cells"] = {};
    let blank = true;
    for (const [column, key] of header.columns) {
      const value = grid[index][column] ?? null;
      const text = typeof value === "string" ? value.trim() : value;
      cells[key] = text === "" ? null : text;
      if (cells[key] !== null) blank = false;
    }
    if (!blank) rows.push({ line: index + 1, cells });
  }
  if (rows.length === 0) throw new ValidationError({}, IMPORT_MESSAGES.empty);
  if (rows.length > MAX_IMPORT_ROWS) throw new ValidationError({}, IMPORT_MESSAGES.tooManyRows);
  return rows;
}

export type CheckedRow = {
  line: number;
  name: string;
  problems: string[];
  values: TParticipantForm | null;
  key: string | null;
};

const headerOf = (key: string) => COLUMNS.find((column) => column.key === key)?.header ?? key;
const asText = (cell: Cell | undefined) => (cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim());

/** дд.мм.гггг, гггг-мм-дд or an Excel date cell → гггг-мм-дд; null when it is no date. */
function dateText(cell: Cell | undefined): string | null {
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

/** Checks one row with the participant form's schema; problems are in Russian, named by column. */
export function checkRow(row: RawRow): CheckedRow {
  const c = row.cells;
  const problems: string[] = [];
  const name = [c.lastName, c.firstName, c.middleName].map(asText).filter(Boolean).join(" ");
  const kindText = norm(asText(c.kind));
  const kind = KIND_OF.get(kindText);
  if (!kind) problems.push(kindText ? `«Категория»: неизвестная категория «${asText(c.kind)}»; допустимо: педагог, обучающийся, студент, представитель работодателя` : "«Категория»: не указана");
  const base = BASE_OF.get(norm(asText(c.base)));
  if (!base) problems.push(asText(c.base) ? `«База»: неизвестное значение «${asText(c.base)}»; допустимо: наставник, наставляемый, обе` : "«База»: не указана");
  const bandText = asText(c.ageBand);
  const ageBand = bandText ? BAND_OF.get(norm(bandText)) : "";
  if (ageBand === undefined) problems.push(`«Возраст»: неизвестное значение «${bandText}»; допустимо: до 25, 25–34, 35–49, 50 и старше`);
  const consentText = norm(asText(c.consentGiven));
  if (!YES.has(consentText) && !NO.has(consentText)) problems.push(`«Согласие на обработку ПД»: напишите «да» или «нет»`);
  const dates: Record<string, string> = {};
  for (const key of ["birthDate", "hiredOn", "consentDate"] as const) {
    const text = dateText(c[key]);
    if (text === null) problems.push(`«${headerOf(key)}»: не дата «${asText(c[key])}», нужна дата в виде дд.мм.гггг`);
    dates[key] = text ?? "";
  }
  const experience = c.experienceYears;
  const experienceText = typeof experience === "number" && Number.isInteger(experience) && experience >= 0 ? String(experience) : asText(experience);
  const input: TParticipantFormInput = {
    kind: kind ?? "TEACHER",
    lastName: asText(c.lastName),
    firstName: asText(c.firstName),
    middleName: asText(c.middleName),
    birthDate: dates.birthDate,
    // A pupil without a birth date is taken for a minor: the stricter rules apply.
    isMinor: kind === "STUDENT" && !dates.birthDate,
    email: asText(c.email),
    phone: asText(c.phone),
    position: asText(c.position),
    subjects: asText(c.subjects),
    className: asText(c.className),
    experienceYears: experienceText,
    ageBand: ageBand ?? "",
    hiredOn: dates.hiredOn,
    inMentorBase: base?.[0] ?? true,
    inMenteeBase: base?.[1] ?? true,
    consentGiven: YES.has(consentText),
    consentDate: dates.consentDate,
    consentGivenBy: asText(c.consentGivenBy),
  };
  const parsed = ZParticipantForm.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const message = `«${headerOf(field === "inMentorBase" ? "base" : field)}»: ${issue.message}`;
      if (!problems.some((p) => p.startsWith(`«${headerOf(field)}»`))) problems.push(message);
    }
  }
  const values = problems.length === 0 && parsed.success ? parsed.data : null;
  return { line: row.line, name, problems, values, key: values ? naturalKey(values) : null };
}

/** Checks every row and marks the second and later occurrences of one person in the file. */
export function checkRows(rows: RawRow[]): CheckedRow[] {
  const firstLineOf = new Map<string, number>();
  return rows.map((row) => {
    const checked = checkRow(row);
    if (checked.key) {
      const first = firstLineOf.get(checked.key);
      if (first !== undefined) {
        checked.problems.push(`Этот участник уже есть в строке ${first} файла: оставьте одну строку`);
        checked.values = null;
        checked.key = null;
      } else firstLineOf.set(checked.key, checked.line);
    }
    return checked;
  });
}
