import { Badge } from "@/components/ui/badge";
import { formatDate, formatLocalDate, formatTime } from "@/lib/format";
import type { DocumentStatus } from "@/lib/generated/prisma/enums";
import { formatBytes } from "@/lib/files/kinds";
import { ReviewStatusBadge } from "./status-badge";

export type VersionView = {
  id: string;
  versionNo: number;
  number: string | null;
  issuedOn: Date | null;
  createdAt: Date;
  uploadedBy: string | null;
  reviewStatus: DocumentStatus;
  reviewComment: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  file: { id: string; originalName: string; sizeBytes: number };
};

const at = (date: Date) => `${formatLocalDate(date)} в ${formatTime(date)}`;

/** Every version of a document, newest first: who uploaded it when, and the decision on it. Each is downloadable. */
export function VersionHistory({ versions }: { versions: VersionView[] }) {
  return (
    <ol className="space-y-3" aria-label="История версий">
      {versions.map((version, index) => (
        <li key={version.id} className="rounded-lg border border-slate-200 bg-slate-50/60 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium text-slate-900">Версия {version.versionNo}</span>
            {index > 0 && version.reviewStatus === "UPLOADED" ? <Badge>заменена до проверки</Badge> : <ReviewStatusBadge status={version.reviewStatus} />}
            <a href={`/api/files/${version.file.id}`} className="font-medium text-brand-700 hover:underline" download>
              {version.file.originalName}
            </a>
            <span className="text-slate-500">{formatBytes(version.file.sizeBytes)}</span>
          </div>
          <p className="mt-1 text-slate-700">
            {version.number || version.issuedOn
              ? `${version.number ?? "без номера"}${version.issuedOn ? ` от ${formatDate(version.issuedOn)}` : ""} · `
              : ""}
            загружена {at(version.createdAt)}
            {version.uploadedBy ? `, ${version.uploadedBy}` : ""}
          </p>
          {version.reviewedAt ? (
            <p className="mt-1 text-slate-700">
              {version.reviewStatus === "ACCEPTED" ? "Принята" : "Возвращена на доработку"} {at(version.reviewedAt)}
              {version.reviewedBy ? `, ${version.reviewedBy}` : ""}
              {version.reviewComment ? <span className="mt-1 block whitespace-pre-line text-slate-800">«{version.reviewComment}»</span> : null}
            </p>
          ) : index === 0 ? (
            <p className="mt-1 text-slate-500">Ждёт проверки.</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
