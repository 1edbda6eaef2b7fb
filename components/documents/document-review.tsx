import { Card, CardTitle } from "@/components/ui/card";
import type { DocumentDetail } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format";
import { ReviewForm } from "./review-form";
import { formatBytes } from "@/lib/files/kinds";
import { ReviewStatusBadge } from "./status-badge";
import { VersionHistory } from "./version-history";

/** A document as the reviewer opens it: what is required, the current file, the decision, the history. */
export function DocumentReview({ document, queueHref }: { document: DocumentDetail; queueHref: string }) {
  const current = document.versions[0];
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <CardTitle>Текущая версия</CardTitle>
            <ReviewStatusBadge status={document.status} />
          </div>
          {current ? (
            <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-500">Файл</dt>
              <dd>
                <a href={`/api/files/${current.file.id}`} className="font-medium text-brand-700 hover:underline" download>
                  {current.file.originalName}
                </a>{" "}
                <span className="text-slate-500">({formatBytes(current.file.sizeBytes)}, версия {current.versionNo})</span>
              </dd>
              <dt className="text-slate-500">Номер и дата</dt>
              <dd>
                {document.number ?? "без номера"}
                {document.issuedOn ? ` от ${formatDate(document.issuedOn)}` : ""}
              </dd>
              <dt className="text-slate-500">Требование</dt>
              <dd>
                {document.requirement.title}
                {document.requirement.description ? <span className="mt-0.5 block text-slate-600">{document.requirement.description}</span> : null}
              </dd>
            </dl>
          ) : null}
        </Card>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
            История версий и проверок
          </h2>
          <VersionHistory versions={document.versions} />
        </section>
      </div>
      <Card className="h-fit">
        <CardTitle>Решение</CardTitle>
        <div className="mt-4">
          {document.mayReview ? (
            <ReviewForm documentId={document.id} version={document.version} queueHref={queueHref} />
          ) : (
            <p className="text-sm text-slate-600">
              {document.status === "UPLOADED" ? "Проверять документы может муниципальный куратор или региональный координатор." : "Решение по текущей версии принято. Когда школа загрузит новую версию, документ снова появится в очереди."}
            </p>
          )}
        </div>
      </Card>
    </div>
  );
}
