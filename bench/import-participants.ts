/**
 * Import of 5,000 participants from an .xlsx file: the preview (read + check every row) and the
 * confirmed import, then the same file again (every row an update). Target: under 10 s per step.
 */
import { createSchoolWithCurator, teacherRow, xlsxOf } from "@/tests/factories-participants";
import { importParticipants, previewImport } from "@/lib/participants/import";
import { withFreshDatabase } from "./database";

export const ROWS = 5000;
const TARGET_MS = 10_000;

async function timed<T>(body: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await body();
  return [result, Math.round(performance.now() - started)];
}

export async function benchImportParticipants(): Promise<string[]> {
  return withFreshDatabase(async (kind) => {
    const { school, curator } = await createSchoolWithCurator();
    const [bytes, buildMs] = await timed(() => xlsxOf(Array.from({ length: ROWS }, (_, i) => teacherRow(i))));
    const input = { schoolId: school.id, fileName: "bench.xlsx", bytes };
    const [preview, previewMs] = await timed(() => previewImport(curator, input));
    const [first, importMs] = await timed(() => importParticipants(curator, input));
    const [second, reimportMs] = await timed(() => importParticipants(curator, input));
    const verdict = (ms: number) => (ms < TARGET_MS ? "в норме" : "МЕДЛЕННО");
    if (preview.valid !== ROWS || first.created !== ROWS || second.updated !== ROWS) throw new Error("the import did not take every row");
    return [
      `Импорт участников: ${ROWS} строк, ${(bytes.byteLength / 1024).toFixed(0)} КБ .xlsx (собран за ${buildMs} мс), база: ${kind}`,
      `  чтение и проверка (предпросмотр): ${previewMs} мс — ${verdict(previewMs)}`,
      `  подтверждённый импорт (${first.created} новых): ${importMs} мс — ${verdict(importMs)}`,
      `  повторный импорт (${second.updated} обновлений): ${reimportMs} мс — ${verdict(reimportMs)}`,
      `  предпросмотр + импорт: ${previewMs + importMs} мс (цель — меньше ${TARGET_MS} мс)`,
    ];
  });
}
