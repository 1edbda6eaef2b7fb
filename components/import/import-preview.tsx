import { Table, Td } from "@/components/ui/table";
import { countRu } from "@/lib/format";

/** The words of one import: the column of names, what confirming does with a row. */
export type ImportLabels = { item: string; creates: string; updates: string };
import type { ImportPreview } from "@/lib/import/preview";

const SHOWN_OK = 20;

/** What the file holds: the rows with problems (all of them) and the first good rows. */
export function ImportPreviewTable({ preview, labels }: { preview: ImportPreview; labels: ImportLabels }) {
  const bad = preview.rows.filter((row) => row.problems.length > 0);
  const good = preview.rows.filter((row) => row.problems.length === 0).slice(0, SHOWN_OK);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        В файле «{preview.fileName}» {countRu(preview.total, ["строка", "строки", "строк"])}: без ошибок {preview.valid}, с ошибками {preview.invalid}. Будет
        добавлено {preview.creates}, обновлено {preview.updates}.
      </p>
      {bad.length > 0 ? (
        <Table caption="Строки с ошибками" head={["Строка", labels.item, "Что исправить"]}>
          {bad.map((row) => (
            <tr key={row.line} className="bg-red-50/50">
              <Td>{row.line}</Td>
              <Td>{row.name || "—"}</Td>
              <Td>
                <ul className="list-disc pl-4 text-red-800">
                  {row.problems.map((problem) => <li key={problem}>{problem}</li>)}
                </ul>
              </Td>
            </tr>
          ))}
        </Table>
      ) : null}
      {good.length > 0 ? (
        <Table caption="Строки без ошибок" head={["Строка", labels.item, "Что будет"]}>
          {good.map((row) => (
            <tr key={row.line}>
              <Td>{row.line}</Td>
              <Td>{row.name}</Td>
              <Td>{row.action === "update" ? labels.updates : labels.creates}</Td>
            </tr>
          ))}
        </Table>
      ) : null}
      {preview.valid > SHOWN_OK ? <p className="text-sm text-slate-600">Показаны первые {SHOWN_OK} строк без ошибок.</p> : null}
    </div>
  );
}
