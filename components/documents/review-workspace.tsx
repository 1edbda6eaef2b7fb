import { PageHeader } from "@/components/app-shell/app-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { YearSwitcher } from "@/components/ui/year-select";
import type { SchoolDocumentState } from "@/lib/documents/overview";
import { PUBLIC_PAGE_FILLED_RULE } from "@/lib/documents/public-page";
import type { ReviewQueueRow } from "@/lib/documents/queries";
import { ReviewQueue } from "./review-queue";
import { SchoolsDocumentsTable } from "./schools-documents-table";

const DONE = { accepted: "Документ принят. Он опубликован на странице школы.", returned: "Документ возвращён школе с вашим комментарием." } as const;

/** The review page of a municipality or region: the queue, then each school's documents and public page. */
export function ReviewWorkspace(props: {
  unitName: string;
  basePath: string;
  years: Array<{ id: string; title: string }>;
  year: { id: string; title: string };
  queue: ReviewQueueRow[];
  schools: SchoolDocumentState[];
  showMunicipality: boolean;
  done?: string;
  now: Date;
}) {
  const { basePath, year } = props;
  const done = props.done === "accepted" || props.done === "returned" ? DONE[props.done] : null;
  return (
    <>
      <PageHeader
        title="Проверка документов"
        subtitle={props.unitName}
        actions={
          <ButtonLink href={`${basePath}/requirements`} variant="secondary">
            Требования к документам
          </ButtonLink>
        }
      />
      {done ? (
        <div className="mb-6">
          <Alert tone="success">{done}</Alert>
        </div>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Ждут проверки: {props.queue.length}</h2>
      <p className="mb-3 text-sm text-slate-600">Сначала — те, что ждут дольше всех. Откройте документ, чтобы посмотреть файл и историю, принять его или вернуть с комментарием.</p>
      <ReviewQueue rows={props.queue} hrefFor={(id) => `${basePath}/${id}`} now={props.now} />
      <div className="mb-3 mt-10 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">Документы школ за {year.title} учебный год</h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{PUBLIC_PAGE_FILLED_RULE}</p>
        </div>
        <YearSwitcher years={props.years} currentId={year.id} hrefFor={(id) => `${basePath}?year=${id}`} />
      </div>
      <SchoolsDocumentsTable rows={props.schools} showMunicipality={props.showMunicipality} academicYearId={year.id} />
    </>
  );
}
