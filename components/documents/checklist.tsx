import { Alert } from "@/components/ui/alert";
import type { ChecklistRow } from "@/lib/documents/queries";
import { describeTiming } from "@/lib/documents/status";
import { formatDate, formatLocalDate } from "@/lib/format";
import { fromDate } from "@/lib/programs/schemas";
import { OrderForm } from "./order-form";
import { RowActions } from "./row-actions";
import { formatBytes } from "@/lib/files/kinds";
import { ChecklistStatusBadge } from "./status-badge";
import { UploadForm } from "./upload-form";
import { VersionHistory } from "./version-history";

const REQUIREMENT_OF = { PLATFORM: "Требование платформы", REGION: "Требование региона", MUNICIPALITY: "Требование муниципалитета", SCHOOL: "Требование школы" } as const;

type Props = {
  rows: ChecklistRow[];
  schoolId: string;
  academicYearId: string;
  mayUpload: boolean;
  maxBytes: number;
  today: string;
};

/** The school's checklist of the year: one card per requirement with its status, file, history and actions. */
export function Checklist({ rows, schoolId, academicYearId, mayUpload, maxBytes, today }: Props) {
  if (!rows.length) {
    return <Alert>На этот учебный год требований к документам нет. Их задают администратор платформы, регион и муниципалитет.</Alert>;
  }
  return (
    <ul className="space-y-4">
      {rows.map((row) => (
        <ChecklistItem key={row.requirement.id} row={row} schoolId={schoolId} academicYearId={academicYearId} mayUpload={mayUpload} maxBytes={maxBytes} today={today} />
      ))}
    </ul>
  );
}

function ChecklistItem({ row, schoolId, academicYearId, mayUpload, maxBytes, today }: Omit<Props, "rows"> & { row: ChecklistRow }) {
  const { requirement, document, status } = row;
  const headingId = `requirement-${requirement.id}`;
  const current = document?.versions[0] ?? null;
  const returnedBy = document?.status === "RETURNED" ? current : null;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={headingId} className="text-base font-semibold text-slate-900">
              {requirement.title}
            </h2>
            <p className="mt-0.5 text-xs text-slate-500">
              {REQUIREMENT_OF[requirement.level]} · {describeTiming(requirement)}
              {requirement.dueOn ? ` · срок до ${formatDate(requirement.dueOn)}` : ""}
            </p>
          </div>
          <ChecklistStatusBadge status={status} />
        </div>
        {requirement.description ? <p className="mt-2 text-sm text-slate-600">{requirement.description}</p> : null}
        {requirement.templateFile ? (
          <p className="mt-2 text-sm">
            Шаблон:{" "}
            <a href={`/documents/templates/${requirement.id}`} className="font-medium text-brand-700 hover:underline" download>
              {requirement.templateFile.originalName}
            </a>
          </p>
        ) : null}

        {current ? (
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">Текущий файл</dt>
            <dd>
              <a href={`/api/files/${current.file.id}`} className="font-medium text-brand-700 hover:underline" download>
                {current.file.originalName}
              </a>{" "}
              <span className="text-slate-500">({formatBytes(current.file.sizeBytes)}, версия {current.versionNo})</span>
            </dd>
            <dt className="text-slate-500">Номер и дата</dt>
            <dd className="text-slate-800">
              {document!.number ?? "без номера"}
              {document!.issuedOn ? ` от ${formatDate(document!.issuedOn)}` : ""}
            </dd>
            <dt className="text-slate-500">Загружен</dt>
            <dd className="text-slate-800">
              {formatLocalDate(current.createdAt)}
              {current.uploadedBy ? `, ${current.uploadedBy}` : ""}
            </dd>
          </dl>
        ) : null}

        {returnedBy?.reviewComment ? (
          <div className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950" role="note" aria-label="Комментарий проверяющего">
            <p className="font-semibold">
              Возвращён на доработку{returnedBy.reviewedBy ? ` — ${returnedBy.reviewedBy}` : ""}
              {returnedBy.reviewedAt ? `, ${formatLocalDate(returnedBy.reviewedAt)}` : ""}
            </p>
            <p className="mt-1 whitespace-pre-line">{returnedBy.reviewComment}</p>
            {mayUpload ? <p className="mt-1 text-amber-900">Исправьте документ и загрузите новую версию.</p> : null}
          </div>
        ) : null}

        <RowActions
          panels={[
            ...(mayUpload
              ? [
                  {
                    key: "upload",
                    label: document ? "Новая версия" : "Загрузить файл",
                    content: (
                      <UploadForm
                        replacing={Boolean(document)}
                        maxBytes={maxBytes}
                        defaults={{
                          schoolId,
                          requirementId: requirement.id,
                          academicYearId,
                          documentVersion: document?.version ?? 0,
                          number: document?.number ?? "",
                          issuedOn: document?.issuedOn ? fromDate(document.issuedOn) : "",
                        }}
                      />
                    ),
                  },
                ]
              : []),
            ...(mayUpload && row.generated
              ? [
                  {
                    key: "order",
                    label: "Проект приказа (.docx)",
                    content: <OrderForm action={`/school/${schoolId}/documents/orders/${row.generated}`} kind={row.generated} academicYearId={academicYearId} today={today} />,
                  },
                ]
              : []),
            ...(document ? [{ key: "history", label: `История версий (${document.versions.length})`, content: <VersionHistory versions={document.versions} /> }] : []),
          ]}
        />
      </article>
    </li>
  );
}
