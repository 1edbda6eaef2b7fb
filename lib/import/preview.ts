/**
 * The preview of an import, the same for every import: each row of the file with its problems in
 * Russian and what confirming would do with it (create or update), and the totals.
 */
export type CheckedRowBase = { line: number; name: string; problems: string[]; key: string | null };
export type PreviewRow = { line: number; name: string; problems: string[]; action: "create" | "update" | null };
export type ImportPreview = { fileName: string; total: number; valid: number; invalid: number; creates: number; updates: number; rows: PreviewRow[] };

export function previewOf(fileName: string, checked: CheckedRowBase[], exists: (key: string) => boolean): ImportPreview {
  const rows: PreviewRow[] = checked.map((row) => ({
    line: row.line,
    name: row.name,
    problems: row.problems,
    action: row.key ? (exists(row.key) ? "update" : "create") : null,
  }));
  const valid = rows.filter((row) => row.action).length;
  const updates = rows.filter((row) => row.action === "update").length;
  return { fileName, total: rows.length, valid, invalid: rows.length - valid, creates: valid - updates, updates, rows };
}

/** Marks the second and later rows with the same key as duplicates within the file. */
export function markDuplicates<T extends CheckedRowBase>(rows: T[], message: (firstLine: number) => string, clear: (row: T) => void): T[] {
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    if (!row.key) continue;
    const first = firstLineOf.get(row.key);
    if (first !== undefined) {
      row.problems.push(message(first));
      row.key = null;
      clear(row);
    } else firstLineOf.set(row.key, row.line);
  }
  return rows;
}

/** The message of a confirmed import refused because the file still has problems. */
export function invalidFileMessage(invalid: Array<{ line: number }>): string {
  return `В файле есть ошибки в ${invalid.length} строк(ах), первая — строка ${invalid[0].line}. Исправьте файл и загрузите его ещё раз: пока ничего не записано.`;
}
