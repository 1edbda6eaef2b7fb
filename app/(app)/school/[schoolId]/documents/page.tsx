import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/app-shell";
import { Checklist } from "@/components/documents/checklist";
import { Stat } from "@/components/ui/card";
import { YearSwitcher } from "@/components/ui/year-select";
import { requirePrincipal } from "@/lib/auth/current";
import { config } from "@/lib/config";
import { getChecklist } from "@/lib/documents/queries";
import { fromDate } from "@/lib/programs/schemas";
import { listAcademicYears } from "@/lib/programs/queries";
import { calendarToday } from "@/lib/programs/stages";

export const metadata = { title: "Документы" };

export default async function SchoolDocumentsPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ year?: string }> }) {
  const [{ schoolId }, { year: yearId }] = await Promise.all([params, searchParams]);
  const principal = await requirePrincipal();
  const { years, current } = await listAcademicYears();
  const year = years.find((y) => y.id === yearId) ?? current;
  if (!year) notFound();
  const checklist = await getChecklist(principal, schoolId, year.id);
  if (!checklist) notFound();
  const { school, rows, summary, mayUpload } = checklist;
  return (
    <>
      <PageHeader
        title="Документы"
        subtitle={`${school.shortName} · ${year.title} учебный год`}
        actions={<YearSwitcher years={years} currentId={year.id} hrefFor={(id) => `/school/${schoolId}/documents?year=${id}`} />}
      />
      <dl className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Принято" value={`${summary.ACCEPTED} из ${summary.total}`} />
        <Stat label="На проверке" value={summary.UPLOADED} />
        <Stat label="Вернули на доработку" value={summary.RETURNED} />
        <Stat label="Не загружено" value={summary.MISSING + summary.OVERDUE} hint={summary.OVERDUE ? `из них просрочено: ${summary.OVERDUE}` : undefined} />
      </dl>
      <p className="mb-6 text-sm text-slate-600">
        Принятые документы публикуются на странице школы{" "}
        <Link href={`/s/${school.slug}`} className="font-medium text-brand-700 hover:underline">
          «Целевая модель наставничества»
        </Link>
        : дайте ссылку на неё в разделе официального сайта.
      </p>
      <Checklist rows={rows} schoolId={schoolId} academicYearId={year.id} mayUpload={mayUpload} maxBytes={config.maxUploadBytes} today={fromDate(calendarToday())} />
    </>
  );
}
