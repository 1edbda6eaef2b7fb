import { Table, Td } from "@/components/ui/table";
import { YearSwitcher } from "@/components/ui/year-select";
import { formatDate, formatTime } from "@/lib/format";
import type { Report } from "@/lib/dashboards/reports";

/**
 * A report as a printable page: the screen shows the year switch and the downloads; the printout
 * shows only the report (the workspace's header and navigation are hidden by the print rule).
 */
export function ReportView({ report, years, hrefFor, exportPath }: { report: Report; years: Array<{ id: string; title: string }>; hrefFor: (yearId: string) => string; exportPath: string }) {
  const download = (format: "xlsx" | "docx") => `${exportPath}?year=${encodeURIComponent(report.year.id)}&format=${format}`;
  return (
    <article className="report">
      <style>{`@media print { body * { visibility: hidden; } .report, .report * { visibility: visible; } .report { position: absolute; inset: 0; padding: 0 12mm; } .report .no-print { display: none; } .report table { font-size: 10pt; } .report section { break-inside: avoid-page; } }`}</style>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <YearSwitcher years={years} currentId={report.year.id} hrefFor={hrefFor} />
        <p className="flex flex-wrap gap-4 text-sm">
          <a href={download("xlsx")} className="font-medium text-brand-700 hover:underline">
            Скачать в Excel
          </a>
          <a href={download("docx")} className="font-medium text-brand-700 hover:underline">
            Скачать в Word
          </a>
          <span className="text-slate-600">Напечатать: Ctrl+P</span>
        </p>
      </div>
      <header className="mb-6">
        <h1 className="text-2xl font-semibold text-slate-900">{report.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {report.subtitle} · данные на {formatTime(report.asOf)} {formatDate(report.asOf)}
        </p>
      </header>
      {report.sections.map((section) => (
        <section key={section.heading} className="mb-8" aria-label={section.heading}>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mb-2 max-w-4xl text-slate-800">
              {paragraph}
            </p>
          ))}
          {section.table && section.table.rows.length ? (
            <div className="mt-3">
              <Table caption={section.table.caption} head={section.table.head}>
                {section.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <Td key={j} className={j > 0 ? "tabular-nums" : undefined}>
                        {cell}
                      </Td>
                    ))}
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
        </section>
      ))}
    </article>
  );
}
